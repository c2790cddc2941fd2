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

    void exportPdf();
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

    Workbook *mWorkbook = nullptr;
    bool mPreviewStale = false;
    QPrinter *mPrinter = nullptr;
    QPrintPreviewWidget *mPreview = nullptr;
    QLineEdit *mTitle = nullptr;
    QLineEdit *mAuthor = nullptr;
    QListWidget *mScenarios = nullptr;
    QComboBox *mYear = nullptr;
    QListWidget *mSections = nullptr;
    QComboBox *mPageSize = nullptr;
    QCheckBox *mLandscape = nullptr;
    QList<int> mSavedScenarios;
    int mSavedYear = 2026;
};

} // namespace ws
