// SPDX-License-Identifier: MIT
#include "importwizard.h"
#include "models/plaintooltip.h"
#include "noticestyle.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include "files/csvfile.h"
#include "files/tablecolumns.h"
#include "models/workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace ws {

namespace {

constexpr int previewRows = 50;

// A wizard page whose Next or Finish button waits for @p complete.
class GatedPage : public QWizardPage
{
public:
    explicit GatedPage(std::function<bool()> complete)
        : mComplete(std::move(complete))
    {
    }
    bool isComplete() const override { return mComplete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> mComplete;
};

QString tableTitle(const QString &table)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Sources") },
        { QStringLiteral("vendor"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Vendors") },
        { QStringLiteral("program"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Programs") },
        { QStringLiteral("scenario"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Scenarios") },
        { QStringLiteral("assumption"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Assumptions") },
        { QStringLiteral("reported_value"),
          QT_TRANSLATE_NOOP("ws::ImportWizard", "Reported values") },
        { QStringLiteral("capacity"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Capacity") },
        { QStringLiteral("company"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Companies") },
        { QStringLiteral("relation"), QT_TRANSLATE_NOOP("ws::ImportWizard", "Relations") },
    };
    return QCoreApplication::translate("ws::ImportWizard", titles.value(table, ""));
}

} // namespace

ImportWizard::ImportWizard(Workbook *workbook, QWidget *parent)
    : QWizard(parent)
    , mWorkbook(workbook)
    , mPreview(new QStandardItemModel(this))
{
    setWindowTitle(tr("Import CSV"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(FormatPage, createFormatPage());
    setPage(CheckPage, createCheckPage());
    resize(900, 640);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new GatedPage([this] { return !mBytes.isEmpty(); });
    page->setTitle(tr("File and table"));
    page->setSubTitle(tr("Choose a CSV file and the table its rows go into. Rows whose key is "
                         "already in the workbook are updated; the others are added."));
    mPathEdit = new QLineEdit(page);
    mPathEdit->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    mTableCombo = new QComboBox(page);
    for (const QString &table : csvTableOrder())
        mTableCombo->addItem(tr("%1 (%2)").arg(tableTitle(table), table), table);
    mTableCombo->setCurrentIndex(mTableCombo->findData(QStringLiteral("assumption")));
    mScenarioCombo = new QComboBox(page);
    mScenarioCombo->addItem(tr("As the file says (scenario_id column)"), 0);
    if (mWorkbook) {
        for (const Scenario &scenario : mWorkbook->scenarios())
            mScenarioCombo->addItem(scenario.name, scenario.id);
    }
    mFileMessage = new QLabel(page);
    mFileMessage->setWordWrap(true);
    mFileMessage->setTextFormat(Qt::PlainText);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mPathEdit, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Table:"), mTableCombo);
    form->addRow(tr("&Scenario of the rows:"), mScenarioCombo);
    form->addRow(mFileMessage);

    connect(browse, &QPushButton::clicked, this, [this, page] {
        QSettings settings;
        const QString start =
            settings.value(QStringLiteral("import/folder"), SaveFolder::start()).toString();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import CSV"), start, tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
        loadFile(path);
        page->recheck();
    });
    connect(mTableCombo, &QComboBox::currentIndexChanged, this, [this] {
        mScenarioCombo->setEnabled(table() == QLatin1String("assumption"));
        if (!mBytes.isEmpty()) {
            mDetected = detectCsvFormat(mBytes, csvColumns(table()));
            setFormat(mDetected);
        }
    });
    return page;
}

QWizardPage *ImportWizard::createFormatPage()
{
    auto *page = new GatedPage([this] { return mParseError.isEmpty(); });
    page->setTitle(tr("Format and columns"));
    page->setSubTitle(tr("Check how the file is read and which field fills each column."));
    mEncodingCombo = new QComboBox(page);
    for (const TextEncoding encoding : { TextEncoding::Utf8, TextEncoding::Utf8WithBom,
                                         TextEncoding::Utf16LE, TextEncoding::Utf16BE })
        mEncodingCombo->addItem(encodingName(encoding), static_cast<int>(encoding));
    mDelimiterCombo = new QComboBox(page);
    for (const char delimiter : { ',', ';', '\t' })
        mDelimiterCombo->addItem(delimiterName(QLatin1Char(delimiter)),
                                 QChar(QLatin1Char(delimiter)));
    mHeaderCheck = new QCheckBox(tr("First line names the &columns"), page);
    mDetectedLabel = new QLabel(page);
    mParseLabel = new QLabel(page);
    mParseLabel->setWordWrap(true);
    mParseLabel->setTextFormat(Qt::PlainText);
    mParseLabel->setStyleSheet(noticeStyleSheet(Notice::Error));

    auto *options = new QHBoxLayout;
    auto *encodingLabel = new QLabel(tr("&Encoding:"), page);
    encodingLabel->setBuddy(mEncodingCombo);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), page);
    delimiterLabel->setBuddy(mDelimiterCombo);
    options->addWidget(encodingLabel);
    options->addWidget(mEncodingCombo);
    options->addWidget(delimiterLabel);
    options->addWidget(mDelimiterCombo);
    options->addWidget(mHeaderCheck);
    options->addStretch(1);

    auto *mappingBox = new QWidget(page);
    mMappingForm = new QFormLayout(mappingBox);
    mMappingForm->setContentsMargins(0, 0, 0, 0);

    auto *preview = new QTableView(page);
    preview->setModel(mPreview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->setWordWrap(false);
    preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    preview->horizontalHeader()->setDefaultSectionSize(110);

    auto *columns = new QHBoxLayout;
    columns->addWidget(mappingBox);
    columns->addWidget(preview, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(options);
    layout->addWidget(mDetectedLabel);
    layout->addWidget(mParseLabel);
    layout->addLayout(columns, 1);

    const auto optionsChanged = [this, page] {
        mFormat.encoding = static_cast<TextEncoding>(mEncodingCombo->currentData().toInt());
        mFormat.delimiter = mDelimiterCombo->currentData().toChar();
        mFormat.hasHeader = mHeaderCheck->isChecked();
        reparse();
        page->recheck();
    };
    connect(mEncodingCombo, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(mDelimiterCombo, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(mHeaderCheck, &QCheckBox::toggled, this, optionsChanged);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new GatedPage([this] { return mCheckedOk; });
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row is checked against the workbook before anything is written. "
                         "One problem means nothing is imported."));
    mCheckSummary = new QLabel(page);
    mCheckSummary->setWordWrap(true);
    mCheckSummary->setTextFormat(Qt::PlainText);
    mProblems = new QTableWidget(0, 3, page);
    mProblems->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    mProblems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mProblems->verticalHeader()->setVisible(false);
    mProblems->horizontalHeader()->setStretchLastSection(true);
    mProblems->setWordWrap(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mCheckSummary);
    layout->addWidget(mProblems, 1);
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (id == CheckPage) {
            showCheck(check());
            page->recheck();
        }
    });
    return page;
}

QString ImportWizard::table() const
{
    return mTableCombo->currentData().toString();
}

void ImportWizard::setTable(const QString &table)
{
    mTableCombo->setCurrentIndex(mTableCombo->findData(table));
}

void ImportWizard::setRowsScenario(int scenarioId)
{
    mScenarioCombo->setCurrentIndex(std::max(0, mScenarioCombo->findData(scenarioId)));
}

QString ImportWizard::loadFile(const QString &path)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
    else if (file.size() == 0)
        problem = tr("%1 is empty.").arg(path);
    if (!problem.isEmpty()) {
        mBytes.clear();
        mFileMessage->setText(problem);
        return problem;
    }
    mPath = path;
    mBytes = file.readAll();
    mPathEdit->setText(QDir::toNativeSeparators(path));
    mDetected = detectCsvFormat(mBytes, csvColumns(table()));
    setFormat(mDetected);
    mFileMessage->setText(tr("%1: %2 bytes.").arg(QFileInfo(path).fileName()).arg(mBytes.size()));
    return {};
}

void ImportWizard::setFormat(const CsvFormat &format)
{
    mFormat = format;
    {
        const QSignalBlocker a(mEncodingCombo);
        const QSignalBlocker b(mDelimiterCombo);
        const QSignalBlocker c(mHeaderCheck);
        mEncodingCombo->setCurrentIndex(
            mEncodingCombo->findData(static_cast<int>(format.encoding)));
        mDelimiterCombo->setCurrentIndex(mDelimiterCombo->findData(format.delimiter));
        mHeaderCheck->setChecked(format.hasHeader);
    }
    mDetectedLabel->setText(tr("Detected: %1, %2 delimiter, %3.")
                                .arg(encodingName(mDetected.encoding),
                                     delimiterName(mDetected.delimiter),
                                     mDetected.hasHeader ? tr("header row") : tr("no header row")));
    reparse();
}

void ImportWizard::reparse()
{
    mCsv = CsvTable();
    mParseError.clear();
    if (!mBytes.isEmpty() && !parseCsvBytes(mBytes, mFormat, &mCsv, &mParseError))
        mCsv = CsvTable();
    mParseLabel->setText(mParseError);
    mParseLabel->setVisible(!mParseError.isEmpty());

    int fields = static_cast<int>(mCsv.header.size());
    for (int r = 0; r < std::min<qsizetype>(previewRows, mCsv.records.size()); ++r)
        fields = std::max(fields, static_cast<int>(mCsv.records[r].fields.size()));
    mPreview->clear();
    mPreview->setColumnCount(fields);
    QStringList headers;
    for (int f = 0; f < fields; ++f)
        headers << (mCsv.header.isEmpty() ? tr("Field %1").arg(f + 1)
                                          : tr("%1: %2").arg(f + 1).arg(mCsv.header.value(f)));
    mPreview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < std::min<qsizetype>(previewRows, mCsv.records.size()); ++r) {
        QList<QStandardItem *> row;
        for (const QString &field : mCsv.records[r].fields) {
            auto *item = new QStandardItem(field);
            item->setToolTip(plainToolTip(field));
            row << item;
        }
        mPreview->appendRow(row);
        mPreview->setVerticalHeaderItem(r,
                                        new QStandardItem(QString::number(mCsv.records[r].line)));
    }
    mMapping = mapColumns(csvColumns(table()), mCsv.header);
    rebuildMappingEditors();
}

void ImportWizard::rebuildMappingEditors()
{
    while (mMappingForm->rowCount() > 0)
        mMappingForm->removeRow(0);
    mMappingCombos.clear();
    const QList<ColumnSpec> columns = csvColumns(table());
    const int fields = mPreview->columnCount();
    for (int c = 0; c < columns.size(); ++c) {
        auto *combo = new QComboBox;
        combo->addItem(tr("(not in the file)"), -1);
        for (int f = 0; f < fields; ++f)
            combo->addItem(mPreview->horizontalHeaderItem(f)->text(), f);
        combo->setCurrentIndex(std::max(0, combo->findData(mMapping.value(c, -1))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            if (c < mMapping.size())
                mMapping[c] = combo->currentData().toInt();
        });
        const QString label =
            columns[c].required ? tr("%1 *").arg(columns[c].name) : columns[c].name;
        mMappingForm->addRow(label, combo);
        mMappingCombos << combo;
    }
}

void ImportWizard::setMapping(const ColumnMapping &mapping)
{
    mMapping = mapping;
    for (int c = 0; c < mMappingCombos.size(); ++c) {
        const QSignalBlocker blocker(mMappingCombos[c]);
        mMappingCombos[c]->setCurrentIndex(
            std::max(0, mMappingCombos[c]->findData(mMapping.value(c, -1))));
    }
}

QHash<QString, QVariant> ImportWizard::fixedValues() const
{
    QHash<QString, QVariant> fixed;
    const int scenarioId = mScenarioCombo->currentData().toInt();
    if (table() == QLatin1String("assumption") && scenarioId != 0)
        fixed.insert(QStringLiteral("scenario_id"), scenarioId);
    return fixed;
}

ImportResult ImportWizard::check()
{
    if (!mParseError.isEmpty())
        return { 0, { ImportProblem { 0, {}, mParseError } } };
    mChecked = mWorkbook->importTable(table(), mCsv, mMapping, fixedValues(),
                                      QFileInfo(mPath).fileName(), true);
    mCheckedOk = mChecked.ok();
    return mChecked;
}

ImportResult ImportWizard::import(const ImportProgress &progress)
{
    return mWorkbook->importTable(table(), mCsv, mMapping, fixedValues(),
                                  QFileInfo(mPath).fileName(), false, progress);
}

void ImportWizard::showCheck(const ImportResult &result)
{
    mProblems->setRowCount(0);
    if (result.ok()) {
        mCheckSummary->setText(tr("%n row(s) are ready to import into %1. Nothing has been "
                                  "written yet.",
                                  nullptr, result.rows)
                                   .arg(table()));
        mProblems->setVisible(false);
        return;
    }
    mCheckSummary->setText(tr("%n problem(s) in %1; nothing will be imported until the file is "
                              "fixed:",
                              nullptr, static_cast<int>(result.problems.size()))
                               .arg(QFileInfo(mPath).fileName()));
    mProblems->setVisible(true);
    mProblems->setRowCount(static_cast<int>(result.problems.size()));
    for (int r = 0; r < result.problems.size(); ++r) {
        const ImportProblem &problem = result.problems[r];
        mProblems->setItem(
            r, 0, new QTableWidgetItem(problem.line ? QString::number(problem.line) : QString()));
        mProblems->setItem(r, 1, new QTableWidgetItem(problem.column));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(plainToolTip(problem.reason));
        mProblems->setItem(r, 2, reason);
    }
    mProblems->resizeColumnToContents(0);
    mProblems->resizeColumnToContents(1);
}

void ImportWizard::accept()
{
    // A large file takes a moment: the dialog shows after 300 ms, and Cancel leaves the
    // workbook as it was, since the import is one transaction.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(mPath).fileName()), tr("Cancel"), 0,
                             100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const ImportResult result = import([&progress](qsizetype done, qsizetype total) {
        progress.setMaximum(static_cast<int>(total));
        progress.setValue(static_cast<int>(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!result.ok()) {
        showCheck(result);
        showPlainMessage(this, QMessageBox::Warning, tr("Nothing Imported"),
                         result.problems.first().text());
        return;
    }
    QWizard::accept();
}

} // namespace ws
