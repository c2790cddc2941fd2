// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "models/computedforecast.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/fileconnection.h"
#include "support/foreignsql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

// Every row of every table but the audit trail, in a fixed order: "the database row for row".
QStringList dump(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
                               "'edit_log' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery query(db);
        // Every row, whatever the number of columns (a link table has two); sorted below.
        query.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (query.next()) {
            QStringList fields { table };
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << fields.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

qlonglong count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

/** Editing the forecast: validation, overrides, and undo that restores the file row for row. */
class TestWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesImpossibleValues_data();
    void refusesImpossibleValues();
    void warnsAboveReticleButAccepts();
    void editIsOnDiskAtOnceAndLogged();
    void undoRedoRestoreEveryCommandType_data();
    void undoRedoRestoreEveryCommandType();
    void childStoresOnlyOverridesAndRevertsOneByOne();
    void baseCannotBeDeletedNorAParentOfOthers();
    void newProgramIsCompleteInEveryScenario();
    void fitPreviewChangesNothingAndApplyIsOneUndoStep();
    void fitRefusesAStalePreview();
    void flagsCowosDemandAboveCapacity();
    void rootForecastFollowsEditsToTheRoot();
    void editsKeptInMemoryMatchTheStore();
    void scenarioSwitchesAfterEditsMatchTheStore();
    void otherScenariosComputedFromMemoryMatchTheStore();
    void structuralChangesKeptInMemoryMatchTheStore();
    void structuralChangesDoNotReadTheCellsAgain();

private:
    /** Fails the calling test where the open workbook's resolved input or result differs from
        a second workbook that reads the same file afresh. */
    void compareWithAFreshRead(const QString &when);

    int programId(const QString &name) const;
    int scenarioId(const QString &name) const;
    double share(const QString &vendor, int year) const;
    CalibrationFit proposingFit() const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
};

void TestWorkbook::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("w%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
}

void TestWorkbook::cleanup()
{
    mWorkbook.reset();
}

int TestWorkbook::programId(const QString &name) const
{
    for (const Program &program : mWorkbook->input().programs) {
        if (program.name == name)
            return program.id;
    }
    return -1;
}

int TestWorkbook::scenarioId(const QString &name) const
{
    for (const Scenario &scenario : mWorkbook->scenarios()) {
        if (scenario.name == name)
            return scenario.id;
    }
    return -1;
}

double TestWorkbook::share(const QString &vendor, int year) const
{
    return mWorkbook->result().sharePercent(Metric::ComputeWafers,
                                            mWorkbook->input().vendorIndex(vendor),
                                            mWorkbook->input().yearIndex(year));
}

// The first vintage of the workbook's published figures that the fit would change units for;
// which one that is depends on the default data, not on what the tests check.
CalibrationFit TestWorkbook::proposingFit() const
{
    for (const QString &vintage : fitVintages(mWorkbook->reportedValues())) {
        CalibrationFit fit = mWorkbook->previewFit(vintage);
        if (!fit.cells.isEmpty())
            return fit;
    }
    return {};
}

void TestWorkbook::refusesImpossibleValues_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, AssumptionField field, const char *value,
                        const char *message) {
        QTest::newRow(name) << static_cast<int>(field) << QString::fromUtf8(value)
                            << QString::fromUtf8(message);
    };
    row("negative units", AssumptionField::Units, "-5",
        "units must be from 0 to 10,000,000,000 (got -5).");
    row("text in units", AssumptionField::Units, "lots", "'lots' is not a number.");
    row("zero die", AssumptionField::DieAreaMm2, "0",
        "die area must be from 1 to 3,432 mm² (got 0).");
    row("negative die", AssumptionField::DieAreaMm2, "-100",
        "die area must be from 1 to 3,432 mm² (got -100).");
    row("die beyond four reticles", AssumptionField::DieAreaMm2, "3433",
        "die area must be from 1 to 3,432 mm² (got 3433).");
    row("defects above 5", AssumptionField::DefectDensity, "5.5",
        "defect density must be from 0 to 5 /cm² (got 5.5).");
    row("negative defects", AssumptionField::DefectDensity, "-0.1",
        "defect density must be from 0 to 5 /cm² (got -0.1).");
    row("packaging yield above 1", AssumptionField::PackagingYield, "1.01",
        "packaging yield must be above 0 and at most 1 (got 1.01).");
    row("packaging yield zero", AssumptionField::PackagingYield, "0",
        "packaging yield must be above 0 and at most 1 (got 0).");
    row("half a die", AssumptionField::DiesPerPackage, "1.5",
        "dies per package must be a whole number (got 1.5).");
    row("65 dies", AssumptionField::DiesPerPackage, "65",
        "dies per package must be from 1 to 64 (got 65).");
    row("2^31 dies", AssumptionField::DiesPerPackage, "2147483648",
        "dies per package must be from 1 to 64 (got 2147483648).");
    row("units beyond ten billion", AssumptionField::Units, "1e30",
        "units must be from 0 to 10,000,000,000 (got 1e+30).");
    row("fractional units", AssumptionField::Units, "2.5",
        "units must be a whole number (got 2.5).");
    row("nan units", AssumptionField::Units, "nan", "units must be a finite number (got nan).");
    row("alpha beyond 100", AssumptionField::YieldAlpha, "101",
        "the negative-binomial alpha must be from 0.01 to 100 (got 101).");
    row("interposer beyond 8000", AssumptionField::InterposerAreaMm2, "8001",
        "interposer area must be from 1 to 8,000 mm² (got 8001).");
    row("unknown yield model", AssumptionField::YieldModel, "banana",
        "'banana' is not a yield model; use poisson, murphy, seeds or negative_binomial.");
}

void TestWorkbook::refusesImpossibleValues()
{
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const test::FileConnection file(mWorkbook->path());
    const QStringList before = dump(file.connection());
    const QString error = mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                              static_cast<AssumptionField>(field), value);
    QCOMPARE(error, message);
    QCOMPARE(dump(file.connection()), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
    QCOMPARE(count(file.connection(), QStringLiteral("SELECT count(*) FROM edit_log")), 0);
}

void TestWorkbook::warnsAboveReticleButAccepts()
{
    QVERIFY(assumptionValueWarning(AssumptionField::DieAreaMm2, QStringLiteral("858")).isEmpty());
    QVERIFY(!assumptionValueWarning(AssumptionField::DieAreaMm2, QStringLiteral("900")).isEmpty());
    // Maia 200: one die on a 2,250 mm² interposer, which a 900 mm² die still fits.
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Maia 200")), 2026,
                                 AssumptionField::DieAreaMm2, QStringLiteral("900")),
             QString());
    // DPW(900) = floor(π·147²/900 − π·294/√1800) = floor(75.43 − 21.77) = 53.
    const int p = mWorkbook->input().programIndex(programId(QStringLiteral("Maia 200")));
    QCOMPARE(mWorkbook->result().program(p, mWorkbook->input().yearIndex(2026)).grossDies, 53);
}

void TestWorkbook::editIsOnDiskAtOnceAndLogged()
{
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1500000")),
        QString());
    // A second connection sees the committed row: no "unsaved changes".
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(mWorkbook->path());
        QVERIFY(other.open());
        QSqlQuery query(other);
        query.prepare(QStringLiteral("SELECT value FROM assumption WHERE scenario_id = 1 AND "
                                     "program_id = ? AND year = 2026 AND field = 'units'"));
        query.addBindValue(trainium3);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("1500000"));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const test::FileConnection file(mWorkbook->path());
    QSqlQuery log(file.connection());
    QVERIFY(log.exec(
        QStringLiteral("SELECT table_name, field, old_value, new_value, at FROM edit_log")));
    QVERIFY(log.next());
    QCOMPARE(log.value(0).toString(), QStringLiteral("assumption"));
    QCOMPARE(log.value(1).toString(), QStringLiteral("units"));
    QCOMPARE(log.value(2).toString(),
             QStringLiteral("1250000")); // data/assumption.csv: Base, Trainium3 2026 units
    QCOMPARE(log.value(3).toString(), QStringLiteral("1500000"));
    QVERIFY(QDateTime::fromString(log.value(4).toString(), Qt::ISODateWithMs).isValid());
}

void TestWorkbook::undoRedoRestoreEveryCommandType_data()
{
    QTest::addColumn<QString>("command");
    for (const char *name :
         { "edit cell", "edit in child", "revert", "create scenario", "duplicate scenario",
           "rename scenario", "delete scenario", "add program", "remove program", "fit units" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWorkbook::undoRedoRestoreEveryCommandType()
{
    QFETCH(QString, command);
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int upside = scenarioId(QStringLiteral("AWS upside"));
    if (command == QLatin1String("revert") || command == QLatin1String("edit in child") ||
        command == QLatin1String("duplicate scenario") ||
        command == QLatin1String("delete scenario"))
        mWorkbook->setScenario(upside);
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = dump(db);

    QString error;
    if (command == QLatin1String("edit cell"))
        error = mWorkbook->editCell(trainium3, 2026, AssumptionField::DefectDensity,
                                    QStringLiteral("0.2"));
    else if (command == QLatin1String("edit in child"))
        error = mWorkbook->editCell(trainium3, 2025, AssumptionField::Units, QStringLiteral("123"));
    else if (command == QLatin1String("revert"))
        error = mWorkbook->revertCell(trainium3, 2026, AssumptionField::Units);
    else if (command == QLatin1String("create scenario"))
        error = mWorkbook->createScenario(QStringLiteral("AWS bull"));
    else if (command == QLatin1String("duplicate scenario"))
        error = mWorkbook->duplicateScenario(QStringLiteral("AWS upside 2"));
    else if (command == QLatin1String("rename scenario"))
        error = mWorkbook->renameScenario(upside, QStringLiteral("Trainium ramp"));
    else if (command == QLatin1String("delete scenario"))
        error = mWorkbook->deleteScenario(upside);
    else if (command == QLatin1String("add program"))
        error = mWorkbook->addProgram(3, QStringLiteral("Trainium4"), QStringLiteral("TSMC N2"));
    else if (command == QLatin1String("remove program"))
        error = mWorkbook->removeProgram(trainium3);
    else if (command == QLatin1String("fit units"))
        error = mWorkbook->applyFit(proposingFit());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(mWorkbook->undoStack()->count(), 1);
    const QStringList after = dump(db);
    QVERIFY(after != before);

    mWorkbook->undoStack()->undo();
    QCOMPARE(dump(db), before);
    mWorkbook->undoStack()->redo();
    QCOMPARE(dump(db), after);
    mWorkbook->undoStack()->undo();
    QCOMPARE(dump(db), before);
    // Each step, undo and redo included, left a line in the audit trail.
    QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM edit_log")) >= 3);
}

void TestWorkbook::childStoresOnlyOverridesAndRevertsOneByOne()
{
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("AWS bull")), QString());
    const int bull = scenarioId(QStringLiteral("AWS bull"));
    QCOMPARE(mWorkbook->scenarioId(), bull);
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = %1").arg(bull)),
        0);
    const double awsBase = share(QStringLiteral("AWS"), 2026);

    // Trainium3's 2026 units raised by a fifth: 1,250,000 (data/assumption.csv) → 1,500,000.
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int p = mWorkbook->input().programIndex(trainium3);
    const int y = mWorkbook->input().yearIndex(2026);
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1500000")),
        QString());
    QCOMPARE(mWorkbook->editCell(trainium3, 2026, AssumptionField::DefectDensity,
                                 QStringLiteral("0.09")),
             QString());
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = %1").arg(bull)),
        2);
    QVERIFY(mWorkbook->isOverridden(p, y, AssumptionField::Units));
    QVERIFY(!mWorkbook->isOverridden(p, y, AssumptionField::DieAreaMm2));
    QCOMPARE(mWorkbook->parentValue(p, y, AssumptionField::Units), QStringLiteral("1250000"));
    QVERIFY(share(QStringLiteral("AWS"), 2026) > awsBase);

    QCOMPARE(mWorkbook->revertCell(trainium3, 2026, AssumptionField::Units), QString());
    QVERIFY(!mWorkbook->isOverridden(p, y, AssumptionField::Units));
    QVERIFY(mWorkbook->isOverridden(p, y, AssumptionField::DefectDensity));
    QCOMPARE(mWorkbook->cellText(p, y, AssumptionField::Units), QStringLiteral("1250000"));
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = %1").arg(bull)),
        1);
    // Reverting a cell the scenario does not store is refused, and so is any revert in Base.
    QVERIFY(!mWorkbook->revertCell(trainium3, 2026, AssumptionField::Units).isEmpty());

    // Base never saw any of it.
    mWorkbook->setScenario(scenarioId(QStringLiteral("Base")));
    QCOMPARE(mWorkbook->cellText(p, y, AssumptionField::Units), QStringLiteral("1250000"));
    QCOMPARE(share(QStringLiteral("AWS"), 2026), awsBase);
}

void TestWorkbook::baseCannotBeDeletedNorAParentOfOthers()
{
    const QString base = mWorkbook->deleteScenario(scenarioId(QStringLiteral("Base")));
    QVERIFY2(base.contains(QStringLiteral("cannot be deleted")), qPrintable(base));
    mWorkbook->setScenario(scenarioId(QStringLiteral("AWS upside")));
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("Deeper")), QString());
    const QString parent = mWorkbook->deleteScenario(scenarioId(QStringLiteral("AWS upside")));
    QVERIFY2(parent.contains(QStringLiteral("Deeper is based on AWS upside")), qPrintable(parent));
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("aws UPSIDE")),
             QStringLiteral("a scenario named 'AWS upside' exists already"));
    QCOMPARE(mWorkbook->renameScenario(scenarioId(QStringLiteral("Deeper")), QStringLiteral(" ")),
             QStringLiteral("a scenario needs a name"));
}

void TestWorkbook::newProgramIsCompleteInEveryScenario()
{
    QCOMPARE(mWorkbook->addProgram(4, QStringLiteral("MI500"), QString()), QString());
    QVERIFY(mWorkbook->problems().isEmpty());
    const int mi500 = programId(QStringLiteral("MI500"));
    QCOMPARE(mWorkbook->editCell(mi500, 2027, AssumptionField::Units, QStringLiteral("61000")),
             QString());
    // 800 mm² at 0.1/cm², Murphy: 61 gross × 0.4738 = 28.90 good dies; 61,000 / 28.90 = 2,110.5.
    const int p = mWorkbook->input().programIndex(mi500);
    const double wafers =
        mWorkbook->result().program(p, mWorkbook->input().yearIndex(2027)).logicWafers;
    QVERIFY2(qAbs(wafers - 2110.5) < 1.0, qPrintable(QString::number(wafers)));
    mWorkbook->setScenario(scenarioId(QStringLiteral("AWS upside")));
    QVERIFY(mWorkbook->problems().isEmpty());
}

void TestWorkbook::fitPreviewChangesNothingAndApplyIsOneUndoStep()
{
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = dump(db);
    const CalibrationFit fit = proposingFit();
    QVERIFY(!fit.cells.isEmpty());
    QCOMPARE(dump(db), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 0);

    QCOMPARE(mWorkbook->applyFit(fit), QString());
    QCOMPARE(mWorkbook->undoStack()->count(), 1);
    const ForecastInput &input = mWorkbook->input();
    for (const FitCell &cell : fit.cells) {
        QCOMPARE(input.at(input.programIndex(cell.programId), input.yearIndex(cell.year)).units,
                 cell.newUnits);
    }
    // The preview showed what applying it shows: each share target now reads its "after".
    for (const FitTarget &target : fit.targets) {
        if (target.isShare)
            QVERIFY(qAbs(mWorkbook->result().sharePercent(
                             target.metric == QLatin1String("cowos_share") ? Metric::CowosWafers
                                                                           : Metric::ComputeWafers,
                             target.vendorIndex, input.yearIndex(target.year)) -
                         target.modelledAfter) < 1e-9);
    }

    mWorkbook->undoStack()->undo();
    QCOMPARE(dump(db), before);
    for (const FitCell &cell : fit.cells) {
        QCOMPARE(input.at(input.programIndex(cell.programId), input.yearIndex(cell.year)).units,
                 cell.oldUnits);
    }
    // A fit that proposes nothing applies nothing.
    QVERIFY(!mWorkbook->applyFit(CalibrationFit {}).isEmpty());
    QCOMPARE(mWorkbook->undoStack()->index(), 0);
}

void TestWorkbook::fitRefusesAStalePreview()
{
    const CalibrationFit fit = proposingFit();
    QVERIFY(!fit.cells.isEmpty());
    const FitCell &first = fit.cells.first();
    QCOMPARE(mWorkbook->editCell(first.programId, first.year, AssumptionField::Units,
                                 QString::number(first.oldUnits + 1, 'f', 0)),
             QString());
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = dump(db);
    const QString refused = mWorkbook->applyFit(fit);
    QVERIFY2(refused.contains(QStringLiteral("preview it again")), qPrintable(refused));
    QCOMPARE(dump(db), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 1);
}

void TestWorkbook::flagsCowosDemandAboveCapacity()
{
    // Base 2026: 1,221,662 CoWoS wafers against TSMC's 1,230,000 (data/capacity.csv) — no flag
    // for 2026. The total is the Base scenario's note (data/scenario.csv), and a separate
    // evaluation of README "How the engine counts" over data/assumption.csv gives 1,221,662.0.
    QVERIFY(!mWorkbook->capacityWarning().contains(QStringLiteral("2026")));
    // Rubin uses its published 9 packages per CoWoS wafer at 90 % packaging yield, 8.1 good
    // packages per wafer. 2,900,000 → 5,800,000 Rubin packages adds 2,900,000 / 8.1 = 358,025
    // wafers: 1,221,662 + 358,025 = 1,579,687 > 1,230,000.
    const int rubin = programId(QStringLiteral("Rubin"));
    QCOMPARE(mWorkbook->editCell(rubin, 2026, AssumptionField::Units, QStringLiteral("5800000")),
             QString());
    const auto status = mWorkbook->capacityStatus().at(mWorkbook->input().yearIndex(2026));
    QVERIFY(status.exceeded);
    QVERIFY2(qAbs(status.demand - 1'579'687) < 5.0,
             qPrintable(QString::number(status.demand, 'f', 1)));
    QVERIFY2(mWorkbook->capacityWarning().contains(QStringLiteral("in 2026: ")),
             qPrintable(mWorkbook->capacityWarning()));
    mWorkbook->undoStack()->undo();
    QVERIFY(!mWorkbook->capacityStatus().at(mWorkbook->input().yearIndex(2026)).exceeded);
}

void TestWorkbook::rootForecastFollowsEditsToTheRoot()
{
    // AWS upside stores Trainium3's 2026 units as 2,250,000; Base, its root, 1,250,000
    // (data/assumption.csv).
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int base = scenarioId(QStringLiteral("Base"));
    const int upside = scenarioId(QStringLiteral("AWS upside"));
    const auto rootUnits = [&] {
        const ForecastInput &root = mWorkbook->rootInput();
        return root.at(root.programIndex(trainium3), root.yearIndex(2026)).units;
    };
    mWorkbook->setScenario(upside);
    QCOMPARE(mWorkbook->rootScenarioId(), base);
    QCOMPARE(rootUnits(), 1'250'000.0);
    const ForecastInput &current = mWorkbook->input();
    QCOMPARE(current.at(current.programIndex(trainium3), current.yearIndex(2026)).units,
             2'250'000.0);
    // The root's result is its own: AWS has about 6 % of Base's 2026 compute wafers and about
    // 11 % of the upside's (the scenario's note in data/scenario.csv: 11.2 %).
    const int aws = mWorkbook->input().vendorIndex(QStringLiteral("AWS"));
    const int y = mWorkbook->input().yearIndex(2026);
    QVERIFY(mWorkbook->rootResult().sharePercent(Metric::ComputeWafers, aws, y) < 7.0);
    QVERIFY(mWorkbook->result().sharePercent(Metric::ComputeWafers, aws, y) > 11.0);

    // An edit to Base, and its undo, reach the root's forecast seen from the child.
    mWorkbook->setScenario(base);
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("1500000")),
        QString());
    mWorkbook->setScenario(upside);
    QCOMPARE(rootUnits(), 1'500'000.0);
    mWorkbook->undoStack()->undo();
    mWorkbook->setScenario(upside);
    QCOMPARE(rootUnits(), 1'250'000.0);
    // An edit to the child leaves the root as it was.
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("3000000")),
        QString());
    QCOMPARE(mWorkbook->scenarioId(), upside);
    QCOMPARE(rootUnits(), 1'250'000.0);
}

void TestWorkbook::compareWithAFreshRead(const QString &when)
{
    auto opened = Database::open(mWorkbook->path());
    QVERIFY2(opened.database, qPrintable(opened.error));
    Workbook fresh(std::move(opened.database));
    fresh.setScenario(mWorkbook->scenarioId());
    const ForecastInput &kept = mWorkbook->input();
    const ForecastInput &read = fresh.input();
    QCOMPARE(kept.years, read.years);
    QCOMPARE(kept.programs.size(), read.programs.size());
    for (int p = 0; p < kept.programs.size(); ++p) {
        for (int y = 0; y < kept.years.size(); ++y) {
            for (AssumptionField field : allAssumptionFields()) {
                const QString where = QStringLiteral("%1: %2 %3 %4")
                                          .arg(when, kept.programs.at(p).name)
                                          .arg(kept.years.at(y))
                                          .arg(assumptionFieldName(field));
                QVERIFY2(assumptionValue(kept.at(p, y), field) ==
                             assumptionValue(read.at(p, y), field),
                         qPrintable(where));
                QVERIFY2(kept.layerOf(p, y, field) == read.layerOf(p, y, field),
                         qPrintable(where + QStringLiteral(" (layer)")));
            }
        }
    }
    for (int v = 0; v < kept.vendors.size(); ++v) {
        for (int y = 0; y < kept.years.size(); ++y)
            QCOMPARE(mWorkbook->result().sharePercent(Metric::ComputeWafers, v, y),
                     fresh.result().sharePercent(Metric::ComputeWafers, v, y));
    }
}

void TestWorkbook::editsKeptInMemoryMatchTheStore()
{
    // An edit sets its cells in memory instead of reading the scenario back: whatever it does,
    // a fresh read of the file must give the same input, layer by layer, and the same shares.
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int mi355x = programId(QStringLiteral("MI355X"));
    QVERIFY(trainium3 > 0 && mi355x > 0);
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::DieAreaMm2, QStringLiteral("812.5")),
        QString());
    QCOMPARE(
        mWorkbook->editCell(mi355x, 2027, AssumptionField::YieldModel, QStringLiteral("poisson")),
        QString());
    compareWithAFreshRead(QStringLiteral("after two edits of Base"));
    mWorkbook->undoStack()->undo();
    compareWithAFreshRead(QStringLiteral("after undo"));
    mWorkbook->undoStack()->redo();
    compareWithAFreshRead(QStringLiteral("after redo"));

    // In a child: an override, then back to what Base gives, then undo of that.
    mWorkbook->setScenario(scenarioId(QStringLiteral("AWS upside")));
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::DefectDensity, QStringLiteral("0.2")),
        QString());
    compareWithAFreshRead(QStringLiteral("after an override in the child"));
    QCOMPARE(mWorkbook->revertCell(trainium3, 2026, AssumptionField::DefectDensity), QString());
    compareWithAFreshRead(QStringLiteral("after reverting the override"));
    QCOMPARE(mWorkbook->revertCell(trainium3, 2026, AssumptionField::Units), QString());
    compareWithAFreshRead(QStringLiteral("after reverting the child's own units"));
    mWorkbook->undoStack()->undo();
    compareWithAFreshRead(QStringLiteral("after undoing the revert"));
    // Units to zero and back: which inputs are needed changes, so the scenario is read again.
    QCOMPARE(mWorkbook->editCell(mi355x, 2026, AssumptionField::Units, QStringLiteral("0")),
             QString());
    compareWithAFreshRead(QStringLiteral("after units to zero"));
    mWorkbook->undoStack()->undo();
    compareWithAFreshRead(QStringLiteral("after undoing units to zero"));
}

void TestWorkbook::scenarioSwitchesAfterEditsMatchTheStore()
{
    // A switch builds the scenario from the cells read when the workbook was opened: every edit
    // since, in the root or a child, undone or not, must be in them as in the file.
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int mi355x = programId(QStringLiteral("MI355X"));
    const int base = scenarioId(QStringLiteral("Base"));
    const int upside = scenarioId(QStringLiteral("AWS upside"));
    QVERIFY(trainium3 > 0 && mi355x > 0 && base > 0 && upside > 0);
    QCOMPARE(mWorkbook->scenarioId(), base);
    QCOMPARE(mWorkbook->editCell(mi355x, 2026, AssumptionField::DieAreaMm2, QStringLiteral("131")),
             QString());
    mWorkbook->setScenario(upside);
    compareWithAFreshRead(QStringLiteral("the child after an edit of Base"));
    // The child inherits Base's new area: 131 mm², from layer 0.
    const int mi355xIndex = mWorkbook->input().programIndex(mi355x);
    const int y2026 = mWorkbook->input().yearIndex(2026);
    QCOMPARE(mWorkbook->input().at(mi355xIndex, y2026).dieAreaMm2, 131.0);
    QCOMPARE(mWorkbook->input().layerOf(mi355xIndex, y2026, AssumptionField::DieAreaMm2), 0);

    QCOMPARE(
        mWorkbook->editCell(mi355x, 2027, AssumptionField::YieldModel, QStringLiteral("poisson")),
        QString());
    QCOMPARE(mWorkbook->revertCell(trainium3, 2026, AssumptionField::Units), QString());
    mWorkbook->setScenario(base);
    compareWithAFreshRead(QStringLiteral("Base after edits of the child"));
    mWorkbook->setScenario(upside);
    compareWithAFreshRead(QStringLiteral("the child after its own edits"));
    QCOMPARE(mWorkbook->parentValue(mi355xIndex, y2026, AssumptionField::DieAreaMm2),
             QStringLiteral("131"));

    // Undo shows the scenario it changes: the child's revert, then its override, then Base's.
    mWorkbook->setScenario(base);
    mWorkbook->undoStack()->undo();
    QCOMPARE(mWorkbook->scenarioId(), upside);
    compareWithAFreshRead(QStringLiteral("after undoing the revert"));
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->undo();
    QCOMPARE(mWorkbook->scenarioId(), base);
    compareWithAFreshRead(QStringLiteral("Base after undoing its edit"));
    mWorkbook->setScenario(upside);
    compareWithAFreshRead(QStringLiteral("the child after every undo"));
    mWorkbook->undoStack()->redo();
    mWorkbook->setScenario(upside);
    compareWithAFreshRead(QStringLiteral("the child after a redo of Base's edit"));
}

// The scenario comparison, the report and "against Base" compute scenarios other than the open
// one from the cells kept in memory: after edits of Base and of a child, each must give the
// shares a fresh read of the file gives.
void TestWorkbook::otherScenariosComputedFromMemoryMatchTheStore()
{
    const int mi355x = programId(QStringLiteral("MI355X"));
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int base = scenarioId(QStringLiteral("Base"));
    const int upside = scenarioId(QStringLiteral("AWS upside"));
    QVERIFY(mi355x > 0 && trainium3 > 0 && base > 0 && upside > 0);
    mWorkbook->setScenario(upside);
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("2500000")),
        QString());
    mWorkbook->setScenario(base);
    QCOMPARE(mWorkbook->editCell(mi355x, 2026, AssumptionField::Units, QStringLiteral("900000")),
             QString());

    const auto compareWithFile = [&](int scenario, const ForecastResult &kept, const char *what) {
        auto opened = Database::open(mWorkbook->path());
        QVERIFY2(opened.database, qPrintable(opened.error));
        Workbook fresh(std::move(opened.database));
        fresh.setScenario(scenario);
        QCOMPARE(fresh.scenarioId(), scenario);
        for (int v = 0; v < fresh.input().vendors.size(); ++v) {
            for (int y = 0; y < fresh.input().years.size(); ++y)
                QVERIFY2(kept.sharePercent(Metric::ComputeWafers, v, y) ==
                             fresh.result().sharePercent(Metric::ComputeWafers, v, y),
                         what);
        }
    };
    // The child, from Base: its own edit and Base's new MI355X units.
    const ComputedForecast child = mWorkbook->computeScenario(upside);
    QVERIFY(child.problems.isEmpty());
    const int mi355xIndex = child.input.programIndex(mi355x);
    const int y2026 = child.input.yearIndex(2026);
    QCOMPARE(child.input.at(mi355xIndex, y2026).units, 900000.0);
    QCOMPARE(child.input.at(child.input.programIndex(trainium3), y2026).units, 2500000.0);
    compareWithFile(upside, child.result, "the child computed while Base is open");
    // Base, from the child: "against Base" after an edit of Base.
    mWorkbook->setScenario(upside);
    QCOMPARE(mWorkbook->rootInput().at(mi355xIndex, y2026).units, 900000.0);
    compareWithFile(base, mWorkbook->rootResult(), "Base computed while the child is open");
    mWorkbook->undoStack()->undo(); // Base's edit
    mWorkbook->setScenario(upside);
    QVERIFY(mWorkbook->rootInput().at(mi355xIndex, y2026).units != 900000.0);
    compareWithFile(base, mWorkbook->rootResult(), "Base after its edit was undone");
}

// A program or scenario added, removed or renamed is set in memory as the store committed it,
// with its cells in every scenario: each step, and each undo and redo, must leave the open
// scenario and the other one as a fresh read of the file gives them.
void TestWorkbook::structuralChangesKeptInMemoryMatchTheStore()
{
    const int base = scenarioId(QStringLiteral("Base"));
    const int upside = scenarioId(QStringLiteral("AWS upside"));
    const int aws =
        mWorkbook->input().vendors.at(mWorkbook->input().vendorIndex(QStringLiteral("AWS"))).id;
    QVERIFY(base > 0 && upside > 0 && aws > 0);
    const auto compareBoth = [&](const QString &when) {
        compareWithAFreshRead(when);
        const int other = mWorkbook->scenarioId() == base ? upside : base;
        if (!mWorkbook->scenario(other))
            return;
        const ComputedForecast computed = mWorkbook->computeScenario(other);
        auto opened = Database::open(mWorkbook->path());
        QVERIFY2(opened.database, qPrintable(opened.error));
        Workbook fresh(std::move(opened.database));
        fresh.setScenario(other);
        QCOMPARE(computed.input.programs.size(), fresh.input().programs.size());
        for (int v = 0; v < fresh.input().vendors.size(); ++v) {
            for (int y = 0; y < fresh.input().years.size(); ++y)
                QVERIFY2(computed.result.sharePercent(Metric::ComputeWafers, v, y) ==
                             fresh.result().sharePercent(Metric::ComputeWafers, v, y),
                         qPrintable(when + QStringLiteral(" (the other scenario)")));
        }
    };

    QCOMPARE(mWorkbook->addProgram(aws, QStringLiteral("Trainium4"), QStringLiteral("N2")),
             QString());
    const int trainium4 = programId(QStringLiteral("Trainium4"));
    QVERIFY(trainium4 > 0);
    compareBoth(QStringLiteral("a program added"));
    const QList<std::pair<AssumptionField, QString>> inputs = {
        { AssumptionField::Units, QStringLiteral("100000") },
        { AssumptionField::DiesPerPackage, QStringLiteral("2") },
        { AssumptionField::DieAreaMm2, QStringLiteral("800") },
        { AssumptionField::DefectDensity, QStringLiteral("0.08") },
        { AssumptionField::YieldModel, QStringLiteral("murphy") },
        { AssumptionField::InterposerAreaMm2, QStringLiteral("2400") },
        { AssumptionField::PackagingYield, QStringLiteral("0.95") },
    };
    for (const auto &[field, value] : inputs)
        QCOMPARE(mWorkbook->editCell(trainium4, 2026, field, value), QString());
    mWorkbook->setScenario(upside);
    QCOMPARE(mWorkbook->editCell(trainium4, 2026, AssumptionField::Units, QStringLiteral("300000")),
             QString());
    compareBoth(QStringLiteral("the added program's cells in both scenarios"));

    QCOMPARE(mWorkbook->removeProgram(trainium4), QString());
    QCOMPARE(programId(QStringLiteral("Trainium4")), -1);
    compareBoth(QStringLiteral("the program removed"));
    mWorkbook->undoStack()->undo();
    QCOMPARE(programId(QStringLiteral("Trainium4")), trainium4);
    compareBoth(QStringLiteral("its removal undone"));
    mWorkbook->setScenario(upside);
    QCOMPARE(mWorkbook->input().unitsOf(mWorkbook->input().programIndex(trainium4),
                                        mWorkbook->input().yearIndex(2026)),
             300000.0);
    mWorkbook->undoStack()->redo();
    compareBoth(QStringLiteral("its removal redone"));

    mWorkbook->setScenario(upside);
    QCOMPARE(mWorkbook->duplicateScenario(QStringLiteral("AWS upside, copy")), QString());
    const int copy = scenarioId(QStringLiteral("AWS upside, copy"));
    QCOMPARE(mWorkbook->scenarioId(), copy);
    compareWithAFreshRead(QStringLiteral("a scenario duplicated"));
    QCOMPARE(mWorkbook->renameScenario(copy, QStringLiteral("AWS bear")), QString());
    QCOMPARE(mWorkbook->scenarioName(), QStringLiteral("AWS bear"));
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("1000000")),
             QString());
    compareWithAFreshRead(QStringLiteral("the copy renamed and edited"));
    // A duplicate is a sibling: deleting it shows its parent, Base.
    QCOMPARE(mWorkbook->scenario(copy)->parentId, base);
    QCOMPARE(mWorkbook->deleteScenario(copy), QString());
    QVERIFY(!mWorkbook->scenario(copy));
    QCOMPARE(mWorkbook->scenarioId(), base);
    compareBoth(QStringLiteral("the copy deleted"));
    mWorkbook->undoStack()->undo();
    QCOMPARE(mWorkbook->scenarioId(), copy);
    QCOMPARE(mWorkbook->scenarioName(), QStringLiteral("AWS bear"));
    compareWithAFreshRead(QStringLiteral("its deletion undone, with its edit"));
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("Empty")), QString());
    compareWithAFreshRead(QStringLiteral("a scenario created"));
}

// The other side of the above: a structural change does not read the cells again. Another
// program changes a cell behind the workbook's back; the workbook keeps what it read when it
// opened (as it would after an edit), and a fresh read sees the change.
void TestWorkbook::structuralChangesDoNotReadTheCellsAgain()
{
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int aws =
        mWorkbook->input().vendors.at(mWorkbook->input().vendorIndex(QStringLiteral("AWS"))).id;
    const int p = mWorkbook->input().programIndex(trainium3);
    const int y = mWorkbook->input().yearIndex(2026);
    const double units = mWorkbook->input().unitsOf(p, y);
    QVERIFY(units > 0 && units != 4321.0);
    test::runForeign(mWorkbook->path(),
                     { QStringLiteral("UPDATE assumption SET value = '4321' WHERE scenario_id = "
                                      "%1 AND program_id = %2 AND year = 2026 AND field = 'units'")
                           .arg(mWorkbook->scenarioId())
                           .arg(trainium3) });
    QCOMPARE(mWorkbook->addProgram(aws, QStringLiteral("Trainium4"), QStringLiteral("N2")),
             QString());
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("Bear")), QString());
    QCOMPARE(mWorkbook->renameScenario(mWorkbook->scenarioId(), QStringLiteral("Bull")), QString());
    const int q = mWorkbook->input().programIndex(trainium3);
    QCOMPARE(mWorkbook->input().unitsOf(q, mWorkbook->input().yearIndex(2026)), units);
    auto opened = Database::open(mWorkbook->path());
    QVERIFY2(opened.database, qPrintable(opened.error));
    Workbook fresh(std::move(opened.database));
    QCOMPARE(
        fresh.input().unitsOf(fresh.input().programIndex(trainium3), fresh.input().yearIndex(2026)),
        4321.0);
}

QTEST_MAIN(TestWorkbook)
#include "tst_workbook.moc"
