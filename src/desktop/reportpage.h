// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportsettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;

namespace ws {

class Workbook;

/** The report composer: title, author, scenarios, year, the sections and their order, page size
    and orientation, with a live print preview; export as PDF or print. The last settings are
    remembered. */
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);
    ~ReportPage() override;

    void setWorkbook(Workbook *workbook);
    ReportSettings settings() const;

    /** Asks where to export the report, as a PDF or an OpenDocument text, and writes it. */
    void exportPdf();
    /** Writes the report to @p path, a .pdf or an .odt file. Returns why it was not written,
        or an empty string. */
    QString exportTo(const QString &path);
    void print();
    /** Shows the report as it will print, in a window of its own, with print from there. */
    void printPreview();
    QPrintPreviewWidget *preview() const { return mPreview; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refillScenarios();
    void refreshPreview();
    void paint(QPrinter *printer);
    void save() const;
    void load();
    /** The settings group of the scenario choice for the open workbook: it is remembered per
        workbook file, since scenario ids mean nothing in another one. */
    static QString scenarioGroup(const Workbook *workbook);
    void saveScenarioChoice() const;

    Workbook *mWorkbook = nullptr;
    bool mPreviewStale = false;
    QPrinter *mPrinter = nullptr;
    QPrintPreviewWidget *mPreview = nullptr;
    QLineEdit *mTitle = nullptr;
    QLineEdit *mAuthor = nullptr;
    QComboBox *mMainScenario = nullptr;
    QComboBox *mReference = nullptr;
    QListWidget *mScenarios = nullptr; // the scenarios compared with the reference
    QComboBox *mYear = nullptr;
    QListWidget *mSections = nullptr;
    QComboBox *mPageSize = nullptr;
    QCheckBox *mLandscape = nullptr;
    int mSavedYear = 2026;
    QString mScenarioGroup;
};

} // namespace ws
