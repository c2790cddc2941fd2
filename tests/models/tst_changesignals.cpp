// SPDX-License-Identifier: MIT
#include "models/calibrationmodel.h"
#include "models/capacitymodel.h"
#include "models/chartmodels.h"
#include "models/companymodel.h"
#include "models/forecastmodel.h"
#include "models/relationmodel.h"
#include "models/scenariocomparisonmodel.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

/** A dataChanged signal as (row, first column, last row, last column), for comparing. */
struct Range
{
    int top, left, bottom, right;
    bool operator==(const Range &o) const
    {
        return top == o.top && left == o.left && bottom == o.bottom && right == o.right;
    }
};

QList<Range> rangesOf(const QSignalSpy &spy)
{
    QList<Range> ranges;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        ranges << Range { topLeft.row(), topLeft.column(), bottomRight.row(),
                          bottomRight.column() };
    }
    return ranges;
}

QString shown(const QList<Range> &ranges)
{
    QStringList text;
    for (const Range &r : ranges)
        text << QStringLiteral("(%1,%2)-(%3,%4)").arg(r.top).arg(r.left).arg(r.bottom).arg(r.right);
    return text.join(QLatin1Char(' '));
}

} // namespace

/** The models over the workbook tell their views exactly which cells an edit changed: the
    edited cell and the values computed from it, not the whole table. */
class TestChangeSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheTesterThroughEditsUndoRedoAndSwitches();
    void unitsEditSignalsTheUnitsAndTheWafersTheyDrive();
    void dieAreaEditSignalsTheDieColumnsButNotCowos();
    void packageUnitsEditAlsoSignalsItsDieKinds();
    void undoAndRedoSignalTheSameCells();
    void unitsEditSignalsOnlyItsYearsShares();
    void unitsEditSignalsOnlyItsYearsCapacityDemand();
    void demandAboveCapacitySignalsTheWholeYearTurningRed();
    void calibrationSignalsOnlyTheFiguresAnEditMoves();
    void comparisonSignalsOnlyTheEditedScenariosColumn();
    void comparisonOfAnotherYearSignalsNothing();
    void renamedCompanySignalsItsNameWhereverItShows();
    void supplyChainTablesPassTheTesterThroughEditsAndUndo();

private:
    int programId(const QString &name) const;
    int forecastRow(const ForecastModel &model, int programId, int year) const;
    int capacityRow(const CapacityModel &model, int year) const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
};

void TestChangeSignals::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("s%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
}

void TestChangeSignals::cleanup()
{
    mWorkbook.reset();
}

int TestChangeSignals::programId(const QString &name) const
{
    for (const Program &program : mWorkbook->input().programs) {
        if (program.name == name)
            return program.id;
    }
    return 0;
}

int TestChangeSignals::forecastRow(const ForecastModel &model, int id, int year) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, 0);
        if (cell.data(ForecastModel::ProgramIdRole).toInt() == id &&
            cell.data(ForecastModel::YearRole).toInt() == year)
            return row;
    }
    return -1;
}

void TestChangeSignals::modelsPassTheTesterThroughEditsUndoRedoAndSwitches()
{
    ForecastModel forecast;
    VendorShareModel shares, cowos;
    cowos.setMetric(Metric::CowosWafers);
    CapacityModel capacity;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester forecastTester(&forecast, mode);
    QAbstractItemModelTester sharesTester(&shares, mode);
    QAbstractItemModelTester cowosTester(&cowos, mode);
    QAbstractItemModelTester capacityTester(&capacity, mode);
    ChartModels charts;
    QAbstractItemModelTester calibrationTester(charts.calibration(), mode);
    QAbstractItemModelTester comparisonTester(charts.scenarios(), mode);
    charts.setWorkbook(mWorkbook.get());
    forecast.setWorkbook(mWorkbook.get());
    shares.setWorkbook(mWorkbook.get());
    cowos.setWorkbook(mWorkbook.get());
    capacity.setWorkbook(mWorkbook.get());

    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int mi355 = programId(QStringLiteral("MI355X"));
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("2000000")),
        QString());
    QCOMPARE(mWorkbook->editCell(mi355, 2026, AssumptionField::InterposerAreaMm2,
                                 QStringLiteral("3000")),
             QString());
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->redo();
    // A child scenario: an edit there overrides an inherited cell, undo inherits it again.
    mWorkbook->setScenario(mWorkbook->scenarios().at(1).id);
    QCOMPARE(
        mWorkbook->editCell(mi355, 2025, AssumptionField::DefectDensity, QStringLiteral("0.2")),
        QString());
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->redo();
    QCOMPARE(mWorkbook->addProgram(1, QStringLiteral("Feynman"), QString()), QString());
    mWorkbook->undoStack()->undo();
    mWorkbook->setScenario(mWorkbook->scenarios().first().id);
    forecast.setWorkbook(nullptr);
    shares.setWorkbook(nullptr);
    charts.setWorkbook(nullptr);
    capacity.setWorkbook(nullptr);
}

void TestChangeSignals::unitsEditSignalsTheUnitsAndTheWafersTheyDrive()
{
    ForecastModel model;
    model.setWorkbook(mWorkbook.get());
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int row = forecastRow(model, trainium3, 2026);
    QVERIFY(row >= 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Trainium3 is a package without die kinds (data/program.csv). Units enter logic wafers
    // (units × dies ÷ (gross dies × yield)) and CoWoS wafers (units ÷ (interposers per wafer ×
    // packaging yield)); gross dies, yield and good dies are per wafer, and every other row
    // leaves out Trainium3's units.
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("2000000")),
        QString());
    const QList<Range> expected = {
        { row, ForecastModel::UnitsColumn, row, ForecastModel::UnitsColumn },
        { row, ForecastModel::LogicWafersColumn, row, ForecastModel::CowosWafersColumn },
    };
    QCOMPARE(reset.count(), 0);
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::dieAreaEditSignalsTheDieColumnsButNotCowos()
{
    ForecastModel model;
    model.setWorkbook(mWorkbook.get());
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int row = forecastRow(model, trainium3, 2026);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // 620 → 700 mm² (still under a reticle, two dies still fit the 2,000 mm² interposer): the
    // dies per wafer, the yield, the good dies and the logic wafers follow the die; CoWoS
    // wafers follow the interposer, which did not change.
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::DieAreaMm2, QStringLiteral("700")),
        QString());
    const QList<Range> expected = {
        { row, ForecastModel::DieAreaColumn, row, ForecastModel::DieAreaColumn },
        { row, ForecastModel::GrossDiesColumn, row, ForecastModel::LogicWafersColumn },
    };
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::packageUnitsEditAlsoSignalsItsDieKinds()
{
    ForecastModel model;
    model.setWorkbook(mWorkbook.get());
    const int mi355 = programId(QStringLiteral("MI355X"));
    const int ioDie = programId(QStringLiteral("MI355X I/O die"));
    const int packageRow = forecastRow(model, mi355, 2026);
    const int dieRow = forecastRow(model, ioDie, 2026);
    QVERIFY(packageRow >= 0 && dieRow >= 0);
    QCOMPARE(dieRow, packageRow + 4); // the die kind's block follows its package's, 4 years
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The I/O die row shows its package's units and CoWoS wafers, and its logic wafers are
    // the package's units × its dies ÷ (gross dies × yield): all three follow the package.
    QCOMPARE(mWorkbook->editCell(mi355, 2026, AssumptionField::Units, QStringLiteral("700000")),
             QString());
    const QList<Range> expected = {
        { packageRow, ForecastModel::UnitsColumn, packageRow, ForecastModel::UnitsColumn },
        { packageRow, ForecastModel::LogicWafersColumn, packageRow,
          ForecastModel::CowosWafersColumn },
        { dieRow, ForecastModel::UnitsColumn, dieRow, ForecastModel::UnitsColumn },
        { dieRow, ForecastModel::LogicWafersColumn, dieRow, ForecastModel::CowosWafersColumn },
    };
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::undoAndRedoSignalTheSameCells()
{
    ForecastModel model;
    model.setWorkbook(mWorkbook.get());
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    const int row = forecastRow(model, trainium3, 2026);
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("2000000")),
        QString());
    const QList<Range> expected = {
        { row, ForecastModel::UnitsColumn, row, ForecastModel::UnitsColumn },
        { row, ForecastModel::LogicWafersColumn, row, ForecastModel::CowosWafersColumn },
    };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    mWorkbook->undoStack()->undo();
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
    QCOMPARE(model.index(row, ForecastModel::UnitsColumn).data().toDouble(), 1'250'000.0);
    changed.clear();
    mWorkbook->undoStack()->redo();
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
    QCOMPARE(model.index(row, ForecastModel::UnitsColumn).data().toDouble(), 2'000'000.0);
}

void TestChangeSignals::unitsEditSignalsOnlyItsYearsShares()
{
    VendorShareModel model;
    model.setWorkbook(mWorkbook.get());
    QCOMPARE(model.rowCount(), 7); // data/vendor.csv
    const int column2026 = model.columnForYear(2026);
    QVERIFY(column2026 > 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // More AWS wafers in 2026 move every vendor's 2026 share (all seven ship units in 2026 in
    // data/assumption.csv, so each has a share to lose); other years stay as they were.
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("2000000")),
             QString());
    const QList<Range> expected = { { 0, column2026, 6, column2026 } };
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

int TestChangeSignals::capacityRow(const CapacityModel &model, int year) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CapacityModel::YearColumn).data(CapacityModel::ValueRole) == year)
            return row;
    }
    return -1;
}

// Trainium3's CoWoS wafers in 2026: a 2,000 mm² interposer gives
// floor(π·147²/2000 − π·294/√4000) = floor(33.94 − 14.60) = 19 per wafer, 95 % good, so each
// 18.05 packages take a wafer. Base needs 1,221,662 CoWoS wafers in 2026 against the 1,230,000 of
// data/capacity.csv: 8,338 wafers (150,500 packages) to spare.

void TestChangeSignals::unitsEditSignalsOnlyItsYearsCapacityDemand()
{
    CapacityModel model;
    model.setWorkbook(mWorkbook.get());
    const int row2026 = capacityRow(model, 2026);
    QVERIFY(row2026 >= 0);
    QVERIFY(!model.index(row2026, 0).data(CapacityModel::ExceededRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // 50,000 packages more: 2,770 wafers more, still within capacity. The demand and the share
    // of capacity it uses change; the year, the capacity, its source and other years do not.
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("1300000")),
             QString());
    QVERIFY(!model.index(row2026, 0).data(CapacityModel::ExceededRole).toBool());
    const QList<Range> expected = {
        { row2026, CapacityModel::DemandColumn, row2026, CapacityModel::DemandColumn },
        { row2026, CapacityModel::UtilisationColumn, row2026, CapacityModel::UtilisationColumn },
    };
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::demandAboveCapacitySignalsTheWholeYearTurningRed()
{
    CapacityModel model;
    model.setWorkbook(mWorkbook.get());
    const int row2026 = capacityRow(model, 2026);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // 750,000 packages more: 41,551 wafers more, above capacity. The row is tinted red as a
    // whole, so every cell of 2026 changed (and no other year).
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("2000000")),
             QString());
    QVERIFY(model.index(row2026, 0).data(CapacityModel::ExceededRole).toBool());
    const QList<Range> expected = {
        { row2026, 0, row2026, CapacityModel::ColumnCount - 1 },
    };
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::calibrationSignalsOnlyTheFiguresAnEditMoves()
{
    ChartModels charts;
    charts.setWorkbook(mWorkbook.get());
    const CalibrationModel *model = charts.calibration();
    QVERIFY(model->rowCount() > 20);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("2000000")),
             QString());
    // Trainium3's 2026 units reach, in data/reported_value.csv's 2026 figures: every vendor's
    // share (all move), AWS's CoWoS wafers and units (scoped to Trainium3 and the Trainium
    // series, which hold it) and the CoWoS wafers of all vendors together; not Nvidia's, AMD's,
    // Google's or Meta's volumes, nor any other year. A figure's row is signalled whole: its
    // modelled value is a role of every column.
    QList<Range> expected;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto cell = [&](int column) {
            return model->index(row, column).data().toString();
        };
        const QString metric = model->index(row, 0).data(CalibrationModel::MetricRole).toString();
        const QString vendor = cell(CalibrationModel::VendorColumn);
        const bool share = metric.endsWith(QLatin1String("_share"));
        const bool awsOrAll =
            vendor == QLatin1String("AWS") || vendor == QLatin1String("All vendors");
        if (cell(CalibrationModel::YearColumn) == QLatin1String("2026") && (share || awsOrAll))
            expected << Range { row, 0, row, CalibrationModel::ColumnCount - 1 };
    }
    QCOMPARE(expected.size(), 13); // 4 shares, 2 + 4 AWS volumes, 3 totals
    QCOMPARE(reset.count(), 0);
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::comparisonSignalsOnlyTheEditedScenariosColumn()
{
    // "AWS upside" (data/scenario.csv) beside Base: the columns are Base, then AWS upside.
    mWorkbook->setScenario(mWorkbook->scenarios().at(1).id);
    QCOMPARE(mWorkbook->scenarioName(), QStringLiteral("AWS upside"));
    ScenarioComparisonModel model;
    model.setWorkbook(mWorkbook.get());
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.rowCount(), 7);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // An edit in AWS upside leaves Base as it was; in 2026, the year compared, every vendor's
    // share of AWS upside moves (each ships units in 2026).
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("3000000")),
             QString());
    QList<Range> expected;
    for (int row = 0; row < 7; ++row)
        expected << Range { row, 1, row, 1 };
    QCOMPARE(reset.count(), 0);
    QVERIFY2(rangesOf(changed) == expected, qPrintable(shown(rangesOf(changed))));
}

void TestChangeSignals::comparisonOfAnotherYearSignalsNothing()
{
    ScenarioComparisonModel model;
    model.setWorkbook(mWorkbook.get());
    model.setSelection({}, Metric::ComputeWafers, 2025);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(mWorkbook->editCell(programId(QStringLiteral("Trainium3")), 2026,
                                 AssumptionField::Units, QStringLiteral("2000000")),
             QString());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestChangeSignals::renamedCompanySignalsItsNameWhereverItShows()
{
    CompanyModel companies;
    RelationModel relations;
    companies.setWorkbook(mWorkbook.get());
    relations.setWorkbook(mWorkbook.get());
    QSignalSpy companyChanged(&companies, &QAbstractItemModel::dataChanged);
    QSignalSpy relationChanged(&relations, &QAbstractItemModel::dataChanged);

    // Alchip is company 1, the first row (data/company.csv, read in id order). In
    // data/relation.csv it supplies relation 2 (to AWS) and buys from relations 5 (TSMC) and
    // 39: rows 1, 4 and 38 of the 42, in id order.
    Company alchip = *mWorkbook->supplyChain()->chain().company(1);
    QCOMPARE(alchip.name, QStringLiteral("Alchip"));
    alchip.name = QStringLiteral("Alchip Technologies");
    QCOMPARE(mWorkbook->supplyChain()->editCompany(alchip), QString());
    const QList<Range> company = { { 0, CompanyModel::NameColumn, 0, CompanyModel::NameColumn } };
    QVERIFY2(rangesOf(companyChanged) == company, qPrintable(shown(rangesOf(companyChanged))));
    const QList<Range> named = {
        { 1, RelationModel::SupplierColumn, 1, RelationModel::SupplierColumn },
        { 4, RelationModel::CustomerColumn, 4, RelationModel::CustomerColumn },
        { 38, RelationModel::CustomerColumn, 38, RelationModel::CustomerColumn },
    };
    QVERIFY2(rangesOf(relationChanged) == named, qPrintable(shown(rangesOf(relationChanged))));
    QCOMPARE(relations.index(38, RelationModel::CustomerColumn).data().toString(),
             QStringLiteral("Alchip Technologies"));

    // Undo names it back in the same cells.
    companyChanged.clear();
    relationChanged.clear();
    mWorkbook->undoStack()->undo();
    QVERIFY2(rangesOf(companyChanged) == company, qPrintable(shown(rangesOf(companyChanged))));
    QVERIFY2(rangesOf(relationChanged) == named, qPrintable(shown(rangesOf(relationChanged))));
}

void TestChangeSignals::supplyChainTablesPassTheTesterThroughEditsAndUndo()
{
    CompanyModel companies;
    RelationModel relations;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester companyTester(&companies, mode);
    QAbstractItemModelTester relationTester(&relations, mode);
    companies.setWorkbook(mWorkbook.get());
    relations.setWorkbook(mWorkbook.get());
    Relation relation = mWorkbook->supplyChain()->chain().relations.first();
    relation.weight = 0.5;
    QCOMPARE(mWorkbook->supplyChain()->editRelation(relation), QString());
    Company company;
    company.name = QStringLiteral("Ibiden");
    company.tier = QStringLiteral("substrate");
    QCOMPARE(mWorkbook->supplyChain()->addCompany(company), QString());
    QCOMPARE(mWorkbook->supplyChain()->removeCompany(
                 mWorkbook->supplyChain()->chain().companies.first().id),
             QString());
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->undo();
    mWorkbook->undoStack()->redo();
    companies.setWorkbook(nullptr);
    relations.setWorkbook(nullptr);
}

QTEST_MAIN(TestChangeSignals)
#include "tst_changesignals.moc"
