// SPDX-License-Identifier: MIT
#include "desktop/celldetailspanel.h"
#include "desktop/forecastpage.h"
#include "desktop/historypage.h"
#include "desktop/importwizard.h"
#include "desktop/mainwindow.h"
#include "desktop/sourcespage.h"
#include "models/editlogmodel.h"
#include "models/forecastmodel.h"
#include "models/sourcemodel.h"
#include "models/unsourcedmodel.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/files.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace ws;
using test::writeFile;

namespace {

// data/program.csv: Trainium3 is program 9; data/assumption.csv: Base stores its 2026 units as
// 1250000, citing source 1 (the article), and its die area as 620, citing source 37 (the
// analyst's assumptions).
constexpr int trainium3 = 9;
const QString defaultUnits = QStringLiteral("1250000");
// data/source.csv: source 1, a title, published in November 2025 (month precision).
const QString articleLabel =
    QStringLiteral("Source: 亞馬遜AI晶片逆襲輝達!世芯股價飆、緯穎吃大單,台廠還有誰受惠? — "
                   "CommonWealth Magazine (天下雜誌), November 2025");
// data/source.csv: source 37, a title with no date.
const QString assumptionsLabel =
    QStringLiteral("Source: WaferShare analyst assumptions — WaferShare default data set");

} // namespace

/** The Sources and History pages, File ▸ Save As and New, the read-only banner and the import
    wizard, on a new default workbook shown offscreen. */
class TestProvenancePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sourcesPageAddsEditsAndUndoes();
    void typedDateTakesItsPrecisionAndDescriptionsShowInBrackets();
    void citingSourceClearsUnsourcedAndShowsInTooltip();
    void historyFiltersAndRevertsAPastChange();
    void readOnlyWorkbookShowsBannerAndRefusesEdits();
    void saveAsContinuesInTheCopyAndRemembersIt();
    void newWorkbookRefusesTheOpenFile();
    void importWizardDetectsFormatAndMapsColumns();
    void importWizardListsProblemsAndImportsNothing();
    void cellDetailsSayWhereANumberComesFrom();

private:
    Workbook *workbook() const { return mWindow->workbook(); }
    QString unitsOfTrainium3() const;
    QModelIndex unitsCell() const;
    QString detailsOf(int column) const;

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> mTesters;
};

void TestProvenancePages::init()
{
    QSettings().clear();
    const QString path =
        mDir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWindow = std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    // Every test also checks the three models keep Qt's model contract through its edits.
    using Tester = QAbstractItemModelTester;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             mWindow->sourcesPage()->model(), mWindow->sourcesPage()->unsourcedModel(),
             mWindow->historyPage()->model() })
        mTesters.push_back(std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest));
}

void TestProvenancePages::cleanup()
{
    mTesters.clear();
    mWindow.reset();
}

QString TestProvenancePages::unitsOfTrainium3() const
{
    const ForecastInput &input = workbook()->input();
    return workbook()->cellText(input.programIndex(trainium3), input.yearIndex(2026),
                                AssumptionField::Units);
}

QModelIndex TestProvenancePages::unitsCell() const
{
    ForecastModel *model = mWindow->forecastPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ForecastModel::UnitsColumn);
        if (index.data(ForecastModel::ProgramIdRole).toInt() == trainium3 &&
            index.data(ForecastModel::YearRole).toInt() == 2026)
            return index;
    }
    return {};
}

// What the Cell Details dock says once Trainium3's 2026 cell of @p column is the grid's current.
QString TestProvenancePages::detailsOf(int column) const
{
    ForecastPage *forecast = mWindow->forecastPage();
    const QModelIndex cell = unitsCell().siblingAtColumn(column);
    forecast->table()->setCurrentIndex(forecast->proxy()->mapFromSource(cell));
    return mWindow->cellDetails()->text();
}

void TestProvenancePages::sourcesPageAddsEditsAndUndoes()
{
    SourcesPage *page = mWindow->sourcesPage();
    SourceModel *model = page->model();
    QCOMPARE(model->rowCount(), 38); // data/source.csv
    page->addSource();
    QCOMPARE(model->rowCount(), 39);
    const QModelIndex title = model->index(38, SourceModel::TitleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("New source"));
    QCOMPARE(model->index(38, SourceModel::IdColumn).data().toInt(), 39);
    QVERIFY(model->setData(title, QStringLiteral("Analyst call <Q3> & notes")));
    QCOMPARE(workbook()->source(39)->title, QStringLiteral("Analyst call <Q3> & notes"));
    // A title with markup is shown as typed, not interpreted.
    QCOMPARE(model->data(title, Qt::ToolTipRole).toString(),
             QStringLiteral("<qt>Analyst call &lt;Q3&gt; &amp; notes</qt>"));
    QVERIFY(!model->setData(title, QStringLiteral("  ")));
    QCOMPARE(workbook()->source(39)->title, QStringLiteral("Analyst call <Q3> & notes"));

    // Source 37 is cited by the default assumptions: removing it is refused, nothing changes.
    page->sourceTable()->setCurrentIndex(model->index(36, SourceModel::TitleColumn));
    page->removeSelectedSource();
    QCOMPARE(model->rowCount(), 39);
    QVERIFY(workbook()->source(37));

    QCOMPARE(workbook()->undoStack()->count(), 2); // closing the editor added no step
    workbook()->undoStack()->undo();
    QCOMPARE(workbook()->source(39)->title, QStringLiteral("New source"));
    workbook()->undoStack()->undo();
    QCOMPARE(model->rowCount(), 38);
    QVERIFY(!workbook()->source(39));
}

void TestProvenancePages::typedDateTakesItsPrecisionAndDescriptionsShowInBrackets()
{
    SourceModel *model = mWindow->sourcesPage()->model();
    const int row = model->rowOfSource(26); // data/source.csv: a title, no date
    const QModelIndex date = model->index(row, SourceModel::PublishedColumn);
    QCOMPARE(date.data().toString(), QStringLiteral("date unknown"));

    QVERIFY(model->setData(date, QStringLiteral("2025-11")));
    QCOMPARE(workbook()->source(26)->datePrecision, DatePrecision::Month);
    QCOMPARE(date.data().toString(), QStringLiteral("November 2025"));
    QCOMPARE(date.data(Qt::EditRole).toString(), QStringLiteral("2025-11"));

    // Text that is no date is refused with the forms to use; the month stays.
    QSignalSpy refused(model, &SourceModel::editRefused);
    QVERIFY(!model->setData(date, QStringLiteral("late 2025")));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("YYYY-MM-DD, YYYY-MM")));
    QCOMPARE(workbook()->source(26)->publishedOn, QStringLiteral("2025-11"));

    const QModelIndex description = model->index(row, SourceModel::DescriptionColumn);
    QCOMPARE(description.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model->setData(description, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->index(row, SourceModel::TitleColumn).data().toString(),
             QStringLiteral("[The Economics of Chiplets]"));
    QCOMPARE(model->index(row, SourceModel::TitleColumn).data(Qt::EditRole).toString(),
             QStringLiteral("The Economics of Chiplets"));

    // Each was one step.
    workbook()->undoStack()->undo();
    QCOMPARE(workbook()->source(26)->titleKind, TitleKind::Title);
    workbook()->undoStack()->undo();
    QCOMPARE(workbook()->source(26)->datePrecision, DatePrecision::Unknown);
    QCOMPARE(workbook()->source(26)->publishedOn, QString());
}

void TestProvenancePages::citingSourceClearsUnsourcedAndShowsInTooltip()
{
    UnsourcedModel *unsourced = mWindow->sourcesPage()->unsourcedModel();
    QVERIFY(mWindow->showPage(QStringLiteral("Sources"))); // its list follows edits while shown
    QCOMPARE(unsourced->rowCount(), 0); // every default number cites a source
    const QModelIndex cell = unitsCell();
    QVERIFY(cell.isValid());
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(articleLabel),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    const QModelIndex dieArea = cell.siblingAtColumn(ForecastModel::DieAreaColumn);
    QVERIFY2(dieArea.data(Qt::ToolTipRole).toString().contains(assumptionsLabel),
             qPrintable(dieArea.data(Qt::ToolTipRole).toString()));

    // An edited value is the analyst's own number until it cites a source.
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1200000")),
        QString());
    QCOMPARE(unsourced->rowCount(), 1);
    QCOMPARE(unsourced->index(0, UnsourcedModel::WhatColumn).data().toString(),
             QStringLiteral("Base · Trainium3 · 2026 · Units")); // the grid's column name
    QCOMPARE(unsourced->index(0, UnsourcedModel::ValueColumn).data().toString(),
             QStringLiteral("1200000"));
    QVERIFY(
        unitsCell().data(Qt::ToolTipRole).toString().contains(QStringLiteral("No source cited")));

    ForecastPage *forecast = mWindow->forecastPage();
    const QModelIndex viewCell = forecast->proxy()->mapFromSource(unitsCell());
    forecast->table()->selectionModel()->select(viewCell, QItemSelectionModel::ClearAndSelect);
    QCOMPARE(forecast->selectedAssumptionCells().size(), 1);
    QCOMPARE(forecast->citeSourceForSelection(2), QString());
    QCOMPARE(unsourced->rowCount(), 0);
    QCOMPARE(workbook()->cellProvenance(trainium3, 2026, AssumptionField::Units).sourceId, 2);
    QVERIFY(unitsCell()
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral(
                    "Source: [Morgan Stanley AI compute wafer shares 2024-2025 (Tom's Hardware "
                    "article, reprinted)] — Simmtester (reprint of Tom's Hardware), "
                    "21 February 2025")));
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1200000")); // the value itself is untouched

    workbook()->undoStack()->undo();
    QCOMPARE(unsourced->rowCount(), 1);
    workbook()->undoStack()->redo();
    QCOMPARE(unsourced->rowCount(), 0);

    // The citation is its own line in the audit trail, and History can revert it.
    const QList<EditLogEntry> log = workbook()->editLog({});
    QCOMPARE(log.first().field, QStringLiteral("units:source_id"));
    QVERIFY(log.first().oldValue.isNull());
    QCOMPARE(log.first().newValue.toInt(), 2);
    QCOMPARE(workbook()->revertLogEntry(log.first()), QString());
    QCOMPARE(workbook()->cellProvenance(trainium3, 2026, AssumptionField::Units).sourceId, 0);
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1200000"));
    QCOMPARE(unsourced->rowCount(), 1);
}

void TestProvenancePages::historyFiltersAndRevertsAPastChange()
{
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1300000")),
        QString());
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::DieAreaMm2, QStringLiteral("500")),
        QString());
    QCOMPARE(workbook()->renameScenario(2, QStringLiteral("AWS bull")), QString());

    HistoryPage *history = mWindow->historyPage();
    EditLogModel *log = history->model();
    // Hidden, the page has not read the trail at any of those edits; shown, it catches up.
    QCOMPARE(log->rowCount(), 0);
    QVERIFY(mWindow->showPage(QStringLiteral("History")));
    QCOMPARE(log->rowCount(), 3);
    QCOMPARE(log->index(0, EditLogModel::TableColumn).data().toString(),
             QStringLiteral("Scenario")); // newest first, by its name, not the table's
    QCOMPARE(log->index(2, EditLogModel::RowColumn).data().toString(),
             QStringLiteral("Base · Trainium3 · 2026"));

    history->tableFilter()->setCurrentIndex(
        history->tableFilter()->findData(QStringLiteral("assumption")));
    QCOMPARE(log->rowCount(), 2);
    history->fieldFilter()->setCurrentIndex(
        history->fieldFilter()->findData(QStringLiteral("units")));
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, EditLogModel::OldColumn).data().toString(), defaultUnits);
    QCOMPARE(log->index(0, EditLogModel::NewColumn).data().toString(), QStringLiteral("1300000"));
    EditLogFilter future = log->filter();
    future.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    log->setFilter(future);
    QCOMPARE(log->rowCount(), 0);
    future.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    log->setFilter(future);
    QCOMPARE(log->rowCount(), 1);

    history->table()->setCurrentIndex(log->index(0, 0));
    QCOMPARE(history->revertSelected(), QString());
    QCOMPARE(unitsOfTrainium3(), defaultUnits);
    // The die area edited later is untouched: a revert puts back one change, not the past.
    const ForecastInput &input = workbook()->input();
    QCOMPARE(workbook()->cellText(input.programIndex(trainium3), input.yearIndex(2026),
                                  AssumptionField::DieAreaMm2),
             QStringLiteral("500"));
    QVERIFY(workbook()->undoStack()->undoText().startsWith(QStringLiteral("Revert Units")));
    QCOMPARE(log->rowCount(), 2); // the revert is itself in the trail
    workbook()->undoStack()->undo();
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1300000"));

    // A rename is reverted too; an import is not, and says why.
    history->tableFilter()->setCurrentIndex(0);
    QCOMPARE(log->index(0, EditLogModel::TableColumn).data().toString(),
             QStringLiteral("Assumption"));
    EditLogEntry rename;
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->entry(row).table == QLatin1String("scenario"))
            rename = log->entry(row);
    }
    QCOMPARE(workbook()->revertLogEntry(rename), QString());
    QCOMPARE(workbook()->scenario(2)->name, QStringLiteral("AWS upside"));
    EditLogEntry import;
    import.table = QStringLiteral("assumption");
    import.field = QStringLiteral("import");
    QVERIFY(workbook()->revertProblem(import).startsWith(QStringLiteral("An import cannot")));
}

void TestProvenancePages::readOnlyWorkbookShowsBannerAndRefusesEdits()
{
    QVERIFY(!mWindow->readOnlyBanner()->isVisible());
    const QString path = workbook()->path();
    mWindow->setWorkbook(nullptr);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    QVERIFY(mWindow->openWorkbookFile(path));
    QVERIFY(mWindow->readOnlyBanner()->isVisible());
    QVERIFY(mWindow->readOnlyBanner()->text().startsWith(QStringLiteral("Read-only: ")));
    QVERIFY2(mWindow->readOnlyBanner()->text().contains(
                 QStringLiteral(", because the file is read-only. Edits are refused")),
             qPrintable(mWindow->readOnlyBanner()->text()));
    QVERIFY(!(mWindow->forecastPage()->model()->flags(unitsCell()) & Qt::ItemIsEditable));
    for (auto *button : mWindow->forecastPage()->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Add program…") ||
            button->text() == QStringLiteral("New…"))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    }
    QVERIFY(!workbook()
                 ->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1"))
                 .isEmpty());
    QCOMPARE(unitsOfTrainium3(), defaultUnits);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestProvenancePages::saveAsContinuesInTheCopyAndRemembersIt()
{
    const QString original = workbook()->path();
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1400000")),
        QString());
    const QString copy = mDir.filePath(QStringLiteral("copy.sqlite"));
    QCOMPARE(mWindow->saveWorkbookAs(copy), QString());
    QCOMPARE(workbook()->path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1400000"));
    QCOMPARE(MainWindow::recentWorkbooks().first(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(MainWindow::recentWorkbooks().value(1), original);

    // Editing the copy leaves the original as it was saved.
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1500000")),
        QString());
    QVERIFY(mWindow->openWorkbookFile(original));
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1400000"));
    QVERIFY(!mWindow->saveWorkbookAs(original).isEmpty()); // not onto itself
}

void TestProvenancePages::newWorkbookRefusesTheOpenFile()
{
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1600000")),
        QString());
    QVERIFY(!mWindow->newWorkbookAt(workbook()->path()).isEmpty());
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1600000"));
    // An existing file (the user agreed to replace it in the dialog) becomes a new workbook.
    const QString other = mDir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(writeFile(other, "not a workbook"));
    QCOMPARE(mWindow->newWorkbookAt(other), QString());
    QCOMPARE(workbook()->path(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(unitsOfTrainium3(), defaultUnits);
}

void TestProvenancePages::importWizardDetectsFormatAndMapsColumns()
{
    // A spreadsheet's "Unicode text": UTF-16 LE with BOM, semicolons, columns in its own order.
    const QString text = QStringLiteral("Note;Value;Field;Year;Program_ID\r\n"
                                        "from the wizard;1700000;units;2026;9\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString path = mDir.filePath(QStringLiteral("wizard.csv"));
    QVERIFY(writeFile(path, encoder.encode(text)));

    ImportWizard wizard(workbook());
    wizard.setTable(QStringLiteral("assumption"));
    QCOMPARE(wizard.loadFile(path), QString());
    QCOMPARE(int(wizard.format().encoding), int(TextEncoding::Utf16LE));
    QCOMPARE(wizard.format().delimiter, QLatin1Char(';'));
    QVERIFY(wizard.format().hasHeader);
    QCOMPARE(wizard.preview()->rowCount(), 1);
    QCOMPARE(wizard.preview()->item(0, 1)->text(), QStringLiteral("1700000"));
    // csvColumns(assumption): scenario_id, program_id, year, field, value, source_id, note.
    QCOMPARE(wizard.mapping(), ColumnMapping({ -1, 4, 3, 2, 1, -1, 0 }));

    // Without a scenario the file lacks a required column: the check says so.
    ImportResult checked = wizard.check();
    QCOMPARE(checked.problems.size(), 1);
    QCOMPARE(checked.problems.first().column, QStringLiteral("scenario_id"));
    ColumnMapping mapping = wizard.mapping();
    mapping[0] = 3; // scenario_id from the Year field: a mapping mistake the check catches
    wizard.setMapping(mapping);
    checked = wizard.check();
    QCOMPARE(checked.problems.size(), 1);
    QCOMPARE(checked.problems.first().text(),
             QStringLiteral("column year: field 4 of the file is mapped to both scenario_id "
                            "and year"));
    mapping[0] = -1;
    wizard.setMapping(mapping);
    wizard.setRowsScenario(1); // Base
    checked = wizard.check();
    QVERIFY2(checked.ok(), qPrintable(checked.problems.value(0).text()));
    QCOMPARE(unitsOfTrainium3(), defaultUnits); // a check writes nothing
    QVERIFY(mWindow->showPage(QStringLiteral("History")));
    const int logged = mWindow->historyPage()->model()->rowCount();
    QVERIFY(wizard.import().ok());
    QCOMPARE(unitsOfTrainium3(), QStringLiteral("1700000"));
    // The import is one line of the audit trail, shown at once.
    QCOMPARE(mWindow->historyPage()->model()->rowCount(), logged + 1);
    QCOMPARE(mWindow->historyPage()->model()->entry(0).field, QStringLiteral("import"));
}

void TestProvenancePages::importWizardListsProblemsAndImportsNothing()
{
    QByteArray csv = "id,title,publisher\n";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray title = i == 1234 ? QByteArray() : "Note " + QByteArray::number(i);
        csv += QByteArray::number(100 + i) + ',' + title + ",Desk\n";
    }
    csv += "not-a-number,Last,Desk\n";
    const QString path = mDir.filePath(QStringLiteral("sources.csv"));
    QVERIFY(writeFile(path, csv));
    ImportWizard wizard(workbook());
    wizard.setTable(QStringLiteral("source"));
    QCOMPARE(wizard.loadFile(path), QString());
    const ImportResult checked = wizard.check();
    QCOMPARE(checked.problems.size(), 2);
    QCOMPARE(checked.problems[0].text(),
             QStringLiteral("line 1236, column title: a value is required"));
    QCOMPARE(checked.problems[1].text(),
             QStringLiteral("line 3002, column id: 'not-a-number' is not a whole number"));
    QVERIFY(!wizard.import().ok());
    QCOMPARE(mWindow->sourcesPage()->model()->rowCount(), 38); // data/source.csv

    // WS_SHOT_DIR=FOLDER saves the wizard's pages as PNG, to look at them.
    const QString shots = qEnvironmentVariable("WS_SHOT_DIR");
    if (!shots.isEmpty()) {
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 0; page < 3; ++page) {
            QTest::qWait(100);
            wizard.grab().save(QStringLiteral("%1/wizard-%2.png").arg(shots).arg(page + 1));
            wizard.next();
        }
    }
}

void TestProvenancePages::cellDetailsSayWhereANumberComesFrom()
{
    mWindow->showPage(QStringLiteral("Forecast"));
    mWindow->findChild<QDockWidget *>(QStringLiteral("cellDetailsDock"))->show();

    // data/assumption.csv: Base stores 1250000 citing source 1 with a note on the article.
    QString text = detailsOf(ForecastModel::UnitsColumn);
    QVERIFY2(text.contains(QStringLiteral("Trainium3 (AWS), 2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Stored by scenario Base.")), qPrintable(text));
    QVERIFY2(text.contains(articleLabel), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Note: The article (MS, October 2025): 1.5 M Trainium")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("None since the workbook was made.")), qPrintable(text));

    // An edit shows at once: the old and new value, and the citation it dropped.
    QCOMPARE(
        workbook()->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1200000")),
        QString());
    text = mWindow->cellDetails()->text();
    QVERIFY2(text.contains(QStringLiteral("value (Base): 1250000 → 1200000")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Source: none cited")), qPrintable(text));

    // AWS upside stores its own 2026 units (2250000, source 20) and inherits the die area.
    workbook()->setScenario(2);
    text = detailsOf(ForecastModel::UnitsColumn);
    QVERIFY2(text.contains(QStringLiteral("Stored by scenario AWS upside.")), qPrintable(text));
    // A description in brackets, an approximate date to the month only (data/source.csv 20).
    QVERIFY2(text.contains(QStringLiteral("Source: [ASIC volumes 2026: TPU, Trainium and MTIA]"
                                          " — United Daily News (聯合新聞網), December 2025")),
             qPrintable(text));
    text = detailsOf(ForecastModel::DieAreaColumn);
    QVERIFY2(text.contains(QStringLiteral(
                 "Inherited: scenario Base stores it; AWS upside does not override it.")),
             qPrintable(text));
    // Base's die area cites source 37 with an "Assumption:" note (data/assumption.csv).
    QVERIFY2(text.contains(assumptionsLabel), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Note: Assumption: not published. Trainium3 is")),
             qPrintable(text));
    // WS_SHOT_DIR=FOLDER saves the window with the dock, to look at it.
    if (const QString shots = qEnvironmentVariable("WS_SHOT_DIR"); !shots.isEmpty()) {
        detailsOf(ForecastModel::UnitsColumn);
        QTest::qWait(100);
        mWindow->grab().save(shots + QStringLiteral("/cell-details.png"));
    }

    // A computed column explains its formula instead.
    text = detailsOf(ForecastModel::LogicWafersColumn);
    QVERIFY2(text.contains(QStringLiteral("units × dies per package ÷ (gross dies × yield)")),
             qPrintable(text));
}

QTEST_MAIN(TestProvenancePages)
#include "tst_provenancepages.moc"
