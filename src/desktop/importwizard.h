// SPDX-License-Identifier: MIT
#pragma once

#include "files/csvformat.h"
#include "files/csvtable.h"
#include "models/workbook.h" // ImportResult, ImportProgress: the document's import API

#include <QWizard>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableWidget;

namespace ws {

class Workbook;

/** File ▸ Import CSV: a file and the table it goes into; its encoding, delimiter and header row
    (detected, and changeable) with a preview and the mapping of the table's columns to the
    file's fields; then every problem by line, column and reason, before anything is written.
    Import writes all rows or none. */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, CheckPage };

    explicit ImportWizard(Workbook *workbook, QWidget *parent = nullptr);

    /** Reads @p path and detects its format for the chosen table; returns the reason it cannot
        be read, or an empty string. */
    QString loadFile(const QString &path);
    void setTable(const QString &table);
    QString table() const;
    /** For assumptions: the scenario every row goes into (0: the file's scenario_id column). */
    void setRowsScenario(int scenarioId);
    CsvFormat format() const { return mFormat; }
    void setFormat(const CsvFormat &format);
    ColumnMapping mapping() const { return mMapping; }
    void setMapping(const ColumnMapping &mapping);
    /** The rows of the preview and the parse error, if any. */
    QStandardItemModel *preview() const { return mPreview; }
    QString parseError() const { return mParseError; }

    /** Checks everything and writes nothing; the result is what the last page shows. */
    ImportResult check();
    /** Imports for real; @p progress may cancel it (ImportProgress). */
    ImportResult import(const ImportProgress &progress = {});

    void accept() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createFormatPage();
    QWizardPage *createCheckPage();
    void reparse();
    void rebuildMappingEditors();
    void showCheck(const ImportResult &result);
    QHash<QString, QVariant> fixedValues() const;

    Workbook *mWorkbook = nullptr;
    QString mPath;
    QByteArray mBytes;
    CsvFormat mFormat;
    CsvFormat mDetected;
    CsvTable mCsv;
    QString mParseError;
    ColumnMapping mMapping;
    ImportResult mChecked;
    bool mCheckedOk = false;

    QLineEdit *mPathEdit = nullptr;
    QComboBox *mTableCombo = nullptr;
    QComboBox *mScenarioCombo = nullptr;
    QLabel *mFileMessage = nullptr;
    QComboBox *mEncodingCombo = nullptr;
    QComboBox *mDelimiterCombo = nullptr;
    QCheckBox *mHeaderCheck = nullptr;
    QLabel *mDetectedLabel = nullptr;
    QLabel *mParseLabel = nullptr;
    QFormLayout *mMappingForm = nullptr;
    QList<QComboBox *> mMappingCombos;
    QStandardItemModel *mPreview = nullptr;
    QLabel *mCheckSummary = nullptr;
    QTableWidget *mProblems = nullptr;
};

} // namespace ws
