// SPDX-License-Identifier: MIT
#include "core/calibration.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/packagerules.h"
#include "core/sensitivity.h"

#include <QTest>

using namespace ws;

namespace {

AssumptionCell cell(int programId, AssumptionField field, const QString &value, int year = 2026)
{
    return AssumptionCell { programId, year, field, value };
}

const QList<Vendor> vendors = {
    { 1, QStringLiteral("Alpha"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
    { 2, QStringLiteral("Beta"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") }
};

// An MI355X-like package: its own row holds 8 compute dies of 110 mm² (Murphy, D0 0.1/cm²);
// a die-kind row holds 2 I/O dies of 370 mm² (Murphy, D0 0.09/cm²).
Program package(int id = 10, int vendorId = 1)
{
    return Program { id, vendorId, QStringLiteral("MI355X"), QStringLiteral("N3P") };
}

Program ioDie(int id = 11, int packageId = 10, int vendorId = 1)
{
    Program die { id, vendorId, QStringLiteral("MI355X · I/O die"), QStringLiteral("N6") };
    die.packageId = packageId;
    die.dieRole = DieRole::Io;
    return die;
}

QList<AssumptionCell> packageCells(const QString &units = QStringLiteral("1000000"))
{
    return { cell(10, AssumptionField::Units, units),
             cell(10, AssumptionField::DiesPerPackage, QStringLiteral("8")),
             cell(10, AssumptionField::DieAreaMm2, QStringLiteral("110")),
             cell(10, AssumptionField::DefectDensity, QStringLiteral("0.1")),
             cell(10, AssumptionField::YieldModel, QStringLiteral("murphy")),
             cell(10, AssumptionField::InterposerAreaMm2, QStringLiteral("2700")),
             cell(10, AssumptionField::PackagingYield, QStringLiteral("0.97")) };
}

QList<AssumptionCell> ioCells()
{
    return { cell(11, AssumptionField::DiesPerPackage, QStringLiteral("2")),
             cell(11, AssumptionField::DieAreaMm2, QStringLiteral("370")),
             cell(11, AssumptionField::DefectDensity, QStringLiteral("0.09")),
             cell(11, AssumptionField::YieldModel, QStringLiteral("murphy")) };
}

ForecastBuilder::Result build(const QList<Program> &programs, const QList<AssumptionCell> &cells)
{
    return ForecastBuilder::build(vendors, programs, { cells });
}

bool near(double actual, double expected, double tolerance)
{
    return qAbs(actual - expected) <= tolerance;
}

} // namespace

/** Model v2 in the engine: packages of several die kinds, CoWoS from packages per wafer, no
    CoWoS, harvested dies, and the package rules. */
class TestPackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsComputeDiesAndAllLogicDiesApart();
    void vendorUnitsCountPackagesOnly();
    void packagesPerWaferWinsOverTheInterposerArea();
    void clearedPackagesPerWaferFallsBackToTheInterposer();
    void packageWithoutCowosHasNoCowosWafers();
    void harvestSellsPartOfTheDefectiveDies();
    void dieKindNeedsNoUnitsOrCowosInputs();
    void refusesPackageFieldsOnADieKind();
    void refusesDieKindsOfAnotherVendorOrNested();
    void interposerMustHoldTheSilicon();
    void sensitivityMovesDieKindInputsButNotTheirUnits();
    void updateAfterAnEditEqualsAFullComputation();
};

void TestPackages::countsComputeDiesAndAllLogicDiesApart()
{
    const auto built = build({ package(), ioDie() }, packageCells() + ioCells());
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const ForecastResult result = ForecastEngine::compute(built.input);

    // Compute die, 110 mm²: R = 147 mm, π·147²/110 = 617.152, π·294/√220 = 62.271,
    // DPW = floor(554.88) = 554. A·D0 = 1.1 cm² × 0.1 = 0.11, e^−0.11 = 0.895834,
    // Murphy ((1 − 0.895834)/0.11)² = 0.946981² = 0.896738.
    // Wafers = 1,000,000 × 8 / (554 × 0.896738) = 8,000,000 / 496.793 = 16,103.29.
    const ProgramYearResult &compute = result.program(0, 0);
    QCOMPARE(compute.grossDies, qint64(554));
    QVERIFY(near(compute.yield, 0.896738, 1e-6));
    QVERIFY(near(compute.logicWafers, 16'103.29, 0.01));
    QCOMPARE(compute.computeWafers, compute.logicWafers);

    // I/O die, 370 mm²: π·147²/370 = 183.478, π·294/√740 = 33.953, DPW = floor(149.52) = 149.
    // A·D0 = 3.7 × 0.09 = 0.333, e^−0.333 = 0.716770, ((1 − 0.716770)/0.333)² = 0.850541² =
    // 0.723418. Wafers = 1,000,000 × 2 / (149 × 0.723418) = 2,000,000 / 107.789 = 18,554.71.
    const ProgramYearResult &io = result.program(1, 0);
    QCOMPARE(io.grossDies, qint64(149));
    QVERIFY(near(io.yield, 0.723418, 1e-6));
    QVERIFY(near(io.logicWafers, 18'554.71, 0.01));
    QCOMPARE(io.computeWafers, 0.0);
    QCOMPARE(io.cowosWafers, 0.0); // the package holds the CoWoS wafers

    // AI compute wafers count the compute dies only; all logic wafers both: 34,658.01.
    QVERIFY(near(result.vendorWafers(Metric::ComputeWafers, 0, 0), 16'103.29, 0.01));
    QVERIFY(near(result.vendorWafers(Metric::AllLogicWafers, 0, 0), 34'658.01, 0.01));
    QVERIFY(near(result.totalWafers(Metric::AllLogicWafers, 0), 34'658.01, 0.01));
    QCOMPARE(metricName(Metric::AllLogicWafers), QStringLiteral("all_logic_wafers"));
    QCOMPARE(parseMetric(QStringLiteral("all_logic_wafers")), Metric::AllLogicWafers);
}

void TestPackages::vendorUnitsCountPackagesOnly()
{
    const auto built = build({ package(), ioDie() }, packageCells() + ioCells());
    const ForecastResult result = ForecastEngine::compute(built.input);
    ReportedValue reported;
    reported.vendorId = 1;
    reported.year = 2026;
    reported.metric = QStringLiteral("units");
    reported.value = 1'000'000.0;
    reported.sourceId = 1;
    const QList<CalibrationRow> rows = compareWithReported(built.input, result, { reported });
    QCOMPARE(rows.size(), 1);
    // One package of 10 dies is one unit: 1,000,000, not 2,000,000 counting the die-kind row.
    QCOMPARE(rows.first().modelled, 1'000'000.0);
}

void TestPackages::packagesPerWaferWinsOverTheInterposerArea()
{
    // 1,000,000 / (16 × 0.97) = 1,000,000 / 15.52 = 64,432.99; the 2,700 mm² interposer
    // (DPW 20, 51,546.4 wafers) is not read.
    const auto built =
        build({ package(), ioDie() },
              packageCells() + ioCells() +
                  QList { cell(10, AssumptionField::PackagesPerCowosWafer, QStringLiteral("16")) });
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const ForecastResult result = ForecastEngine::compute(built.input);
    QVERIFY(near(result.program(0, 0).cowosWafers, 64'432.99, 0.005));
    QCOMPARE(result.program(0, 0).cowosBasis, CowosBasis::PackagesPerWafer);
    QCOMPARE(result.program(0, 0).interposersPerWafer, qint64(0));
    QVERIFY(near(result.vendorWafers(Metric::CowosWafers, 0, 0), 64'432.99, 0.005));
    QCOMPARE(cowosBasisName(result.program(0, 0).cowosBasis), QStringLiteral("packages_per_wafer"));
}

void TestPackages::clearedPackagesPerWaferFallsBackToTheInterposer()
{
    // The parent gives 16 per wafer, the child stores "none": back to the 2,700 mm²
    // interposer, DPW floor(π·147²/2700 − π·294/√5400) = floor(25.142 − 12.569) = 12;
    // 1,000,000 / (12 × 0.97) = 85,910.65 wafers.
    const QList<AssumptionCell> parent = packageCells() + ioCells() +
        QList { cell(10, AssumptionField::PackagesPerCowosWafer, QStringLiteral("16")) };
    const QList<AssumptionCell> child = { cell(10, AssumptionField::PackagesPerCowosWafer,
                                               notGivenText()) };
    const auto built = ForecastBuilder::build(vendors, { package(), ioDie() }, { parent, child });
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const ForecastResult result = ForecastEngine::compute(built.input);
    QCOMPARE(result.program(0, 0).cowosBasis, CowosBasis::InterposerArea);
    QCOMPARE(result.program(0, 0).interposersPerWafer, qint64(12));
    QVERIFY(near(result.program(0, 0).cowosWafers, 85'910.65, 0.005));
}

void TestPackages::packageWithoutCowosHasNoCowosWafers()
{
    // An MTIA-like package on LPDDR: no interposer and no packaging yield are needed.
    QList<AssumptionCell> cells = { cell(10, AssumptionField::Units, QStringLiteral("1000000")),
                                    cell(10, AssumptionField::DiesPerPackage, QStringLiteral("1")),
                                    cell(10, AssumptionField::DieAreaMm2, QStringLiteral("100")),
                                    cell(10, AssumptionField::DefectDensity, QStringLiteral("0")),
                                    cell(10, AssumptionField::YieldModel, QStringLiteral("murphy")),
                                    cell(10, AssumptionField::Packaging, QStringLiteral("none")) };
    const auto built = build({ package() }, cells);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const ForecastResult result = ForecastEngine::compute(built.input);
    QCOMPARE(result.program(0, 0).cowosWafers, 0.0);
    QCOMPARE(result.program(0, 0).cowosBasis, CowosBasis::None);
    QCOMPARE(result.totalWafers(Metric::CowosWafers, 0), 0.0);
    // Its logic wafers still count: 1,000,000 / 613 = 1,631.32 (613 dies of 100 mm², all good).
    QVERIFY(near(result.vendorWafers(Metric::ComputeWafers, 0, 0), 1'631.32, 0.005));
}

void TestPackages::harvestSellsPartOfTheDefectiveDies()
{
    // Y = 0.6, h = 0.5: 0.6 + 0.5 × 0.4 = 0.8 of the gross dies can be sold.
    QCOMPARE(WaferMath::sellableYield(0.6, 0.5), 0.8);
    QCOMPARE(WaferMath::sellableYield(0.6, 0.0), 0.6);
    QCOMPARE(WaferMath::sellableYield(0.6, 1.0), 1.0);

    // Through the engine: 100 mm² at D0 0.2 under Poisson, Y = e^−0.2 = 0.818731 (reference
    // table), 613 gross dies; h = 0.5 gives 0.818731 + 0.5 × 0.181269 = 0.909365, so
    // 613,000 dies need 613,000 / (613 × 0.909365) = 1,099.67 wafers instead of 1,221.40.
    QList<AssumptionCell> cells = packageCells(QStringLiteral("613000"));
    cells[1].value = QStringLiteral("1");
    cells[2].value = QStringLiteral("100");
    cells[3].value = QStringLiteral("0.2");
    cells[4].value = QStringLiteral("poisson");
    cells << cell(10, AssumptionField::HarvestFraction, QStringLiteral("0.5"));
    const auto built = build({ package() }, cells);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const ProgramYearResult out = ForecastEngine::compute(built.input).program(0, 0);
    QVERIFY(near(out.yield, 0.818731, 1e-6));
    QVERIFY(near(out.sellableYield, 0.909365, 1e-6));
    QVERIFY(near(out.logicWafers, 1'099.67, 0.005));
}

void TestPackages::dieKindNeedsNoUnitsOrCowosInputs()
{
    // The package ships, so its die kind needs its die inputs; the area missing is named.
    QList<AssumptionCell> cells = packageCells() + ioCells();
    cells.removeAt(cells.size() - 3); // the I/O die's area
    const auto built = build({ package(), ioDie() }, cells);
    QCOMPARE(built.problems,
             QStringList { QStringLiteral("MI355X · I/O die 2026 ships units but has no "
                                          "die_area_mm2.") });
}

void TestPackages::refusesPackageFieldsOnADieKind()
{
    const auto built = build({ package(), ioDie() },
                             packageCells() + ioCells() +
                                 QList { cell(11, AssumptionField::Units, QStringLiteral("5")) });
    QCOMPARE(built.problems.size(), 1);
    QVERIFY2(built.problems.first().contains(
                 QStringLiteral("is a die kind; it takes its units from its package")),
             qPrintable(built.problems.first()));
    // The stray units do not count: still one package's worth of I/O dies.
    const ForecastResult result = ForecastEngine::compute(built.input);
    QVERIFY(near(result.program(1, 0).logicWafers, 18'554.71, 0.01));
}

void TestPackages::refusesDieKindsOfAnotherVendorOrNested()
{
    const QList<Program> programs = { package(), ioDie(11, 10, 2) };
    QCOMPARE(PackageRules::programProblem(programs[1], programs),
             QStringLiteral("MI355X · I/O die is a die kind of MI355X, a package of another "
                            "vendor; a die kind has its package's vendor."));
    Program nested = ioDie(12, 11);
    nested.name = QStringLiteral("Nested");
    QVERIFY(PackageRules::programProblem(nested, { package(), ioDie(), nested })
                .contains(QStringLiteral("is itself a die kind")));
    QVERIFY(PackageRules::programProblem(ioDie(11, 11), { ioDie(11, 11) })
                .contains(QStringLiteral("names itself")));
    Program ioPackage = package();
    ioPackage.dieRole = DieRole::Io;
    QVERIFY(!PackageRules::programProblem(ioPackage, { ioPackage }).isEmpty());
    QVERIFY(PackageRules::programProblem(ioDie(), { package(), ioDie() }).isEmpty());
}

void TestPackages::interposerMustHoldTheSilicon()
{
    const auto built = build({ package(), ioDie() }, packageCells() + ioCells());
    // Silicon: 8 × 110 + 2 × 370 = 880 + 740 = 1,620 mm², inside the 2,700 mm² interposer.
    QCOMPARE(PackageRules::siliconAreaMm2(built.input, 0, 0), 1620.0);
    QVERIFY(PackageRules::interposerProblem(built.input, 1, 0).isEmpty());

    // An interposer of 1,600 mm² is refused; so is an I/O die of 400 mm² (880 + 800 = 1,680)
    // under an interposer of 1,650 mm².
    const auto interposer = [](double area) {
        return [area](int p, ProgramYearInputs &in) {
            if (p == 0)
                in.interposerAreaMm2 = area;
        };
    };
    QCOMPARE(PackageRules::interposerProblem(built.input, 0, 0, interposer(1600)),
             QStringLiteral("MI355X 2026: an interposer of 1,600 mm² cannot hold the 1,620 mm² of "
                            "logic dies placed on it (dies per package × die area over its die "
                            "kinds); give at least 1,620 mm², or a packages_per_cowos_wafer "
                            "figure."));
    const auto widerIo = [](int p, ProgramYearInputs &in) {
        if (p == 0)
            in.interposerAreaMm2 = 1650;
        if (p == 1)
            in.dieAreaMm2 = 400;
    };
    QVERIFY(!PackageRules::interposerProblem(built.input, 1, 0, widerIo).isEmpty());

    // With a packages-per-wafer figure, or no CoWoS, the interposer area is not used.
    const auto perWafer = [](int p, ProgramYearInputs &in) {
        if (p == 0) {
            in.interposerAreaMm2 = 100;
            in.packagesPerCowosWafer = 16;
        }
    };
    QVERIFY(PackageRules::interposerProblem(built.input, 0, 0, perWafer).isEmpty());
}

void TestPackages::sensitivityMovesDieKindInputsButNotTheirUnits()
{
    QList<Program> programs = { package(), ioDie(),
                                Program { 20, 2, QStringLiteral("B1"), QStringLiteral("N3") } };
    QList<AssumptionCell> cells = packageCells() + ioCells();
    for (AssumptionCell c : packageCells()) {
        c.programId = 20;
        cells << c;
    }
    const auto built = build(programs, cells);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    const auto rows = SensitivityAnalysis::run(built.input, 0, 0, Metric::AllLogicWafers);
    bool ioArea = false;
    for (const SensitivityRow &row : rows) {
        if (row.programIndex == 1) {
            QVERIFY(!PackageRules::isPackageField(row.field));
            ioArea = ioArea || row.field == AssumptionField::DieAreaMm2;
        }
    }
    QVERIFY(ioArea);
    // The I/O die's inputs do not move AI compute wafers.
    for (const SensitivityRow &row :
         SensitivityAnalysis::run(built.input, 0, 0, Metric::ComputeWafers))
        QVERIFY(row.programIndex != 1);
}

namespace {

// Every number of two results, compared exactly: update() promises the same bits as compute().
bool sameBits(const ForecastResult &a, const ForecastResult &b)
{
    if (a.programCount() != b.programCount() || a.yearCount() != b.yearCount() ||
        a.vendorCount() != b.vendorCount())
        return false;
    for (int y = 0; y < a.yearCount(); ++y) {
        for (int p = 0; p < a.programCount(); ++p) {
            const ProgramYearResult &x = a.program(p, y);
            const ProgramYearResult &z = b.program(p, y);
            if (x.grossDies != z.grossDies || x.yield != z.yield ||
                x.sellableYield != z.sellableYield || x.goodDies != z.goodDies ||
                x.logicWafers != z.logicWafers || x.computeWafers != z.computeWafers ||
                x.interposersPerWafer != z.interposersPerWafer || x.cowosWafers != z.cowosWafers ||
                x.cowosBasis != z.cowosBasis)
                return false;
        }
        for (const Metric metric : allMetrics()) {
            if (a.totalWafers(metric, y) != b.totalWafers(metric, y))
                return false;
            for (int v = 0; v < a.vendorCount(); ++v) {
                if (a.vendorWafers(metric, v, y) != b.vendorWafers(metric, v, y))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

void TestPackages::updateAfterAnEditEqualsAFullComputation()
{
    // The MI355X-like package of Alpha with its I/O die kind, and a program of Beta's.
    const Program beta { 20, 2, QStringLiteral("B1"), QStringLiteral("N3") };
    QList<AssumptionCell> betaCells;
    for (AssumptionCell c : packageCells(QStringLiteral("500000"))) {
        c.programId = 20;
        betaCells << c;
    }
    auto built = build({ package(), ioDie(), beta }, packageCells() + ioCells() + betaCells);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(u'\n')));
    ForecastInput &input = built.input;
    ForecastResult result = ForecastEngine::compute(input);
    const double ioBefore = result.program(1, 0).logicWafers;
    const double betaBefore = result.vendorWafers(Metric::AllLogicWafers, 1, 0);

    // The package's units doubled: its I/O dies double with it (2,000,000 × 2 / 107.789 =
    // 37,109.42 wafers, twice the 18,554.71 worked out above) though only the package was
    // edited; Beta's sums are as they were.
    input.inputs[0].units = 2'000'000;
    ForecastEngine::update(input, result, { 0 });
    QVERIFY(near(result.program(1, 0).logicWafers, 2 * ioBefore, 1e-6));
    QVERIFY(near(result.program(1, 0).logicWafers, 37'109.42, 0.01));
    QCOMPARE(result.vendorWafers(Metric::AllLogicWafers, 1, 0), betaBefore);
    QVERIFY(sameBits(result, ForecastEngine::compute(input)));

    // The die kind's own area, then Beta's defect density: each the same as a full pass.
    input.inputs[1].dieAreaMm2 = 400;
    ForecastEngine::update(input, result, { 1 });
    QVERIFY(sameBits(result, ForecastEngine::compute(input)));
    input.inputs[2].defectDensity = 0.2;
    ForecastEngine::update(input, result, { 2 });
    QVERIFY(sameBits(result, ForecastEngine::compute(input)));
    QVERIFY(result.vendorWafers(Metric::AllLogicWafers, 1, 0) > betaBefore);
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
