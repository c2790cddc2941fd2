// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ws;

namespace {

// A 100 mm² die with no defects: 613 gross dies per wafer, all good (reference table).
QList<AssumptionCell> program(int programId, int year, double units, double interposer = 2700,
                              double packagingYield = 0.75)
{
    const auto cell = [&](AssumptionField field, const QString &value) {
        return AssumptionCell { programId, year, field, value };
    };
    return { cell(AssumptionField::Units, QString::number(units, 'f', 0)),
             cell(AssumptionField::DiesPerPackage, QStringLiteral("1")),
             cell(AssumptionField::DieAreaMm2, QStringLiteral("100")),
             cell(AssumptionField::DefectDensity, QStringLiteral("0")),
             cell(AssumptionField::YieldModel, QStringLiteral("murphy")),
             cell(AssumptionField::InterposerAreaMm2, QString::number(interposer)),
             cell(AssumptionField::PackagingYield, QString::number(packagingYield)) };
}

const QList<Vendor> vendors = {
    { 1, QStringLiteral("Alpha"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
    { 2, QStringLiteral("Beta"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") }
};
const QList<Program> programs = { { 10, 1, QStringLiteral("A1"), {} },
                                  { 20, 2, QStringLiteral("B1"), {} },
                                  { 21, 2, QStringLiteral("B2"), {} } };

} // namespace

/** Vendor totals and shares from inputs whose wafers are whole numbers worked out by hand. */
class TestForecastEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsProgramsIntoVendorShares();
    void childScenarioOverridesOnlyItsCells();
    void keepsCowosSeparateFromLogic();
    void reportsMissingAndInvalidCells();
    void programWithoutUnitsNeedsNoOtherInputs();
    void refusesCellsOutsideTheRangeTable();
    void inputsThatBypassValidationGiveFiniteNonNegativeResults();
};

void TestForecastEngine::sumsProgramsIntoVendorShares()
{
    // Alpha: 613,000 dies = 1,000 wafers. Beta: 1,226,000 + 613,000 dies = 3,000 wafers.
    const auto layers =
        QList<QList<AssumptionCell>> { program(10, 2026, 613'000) + program(20, 2026, 1'226'000) +
                                       program(21, 2026, 613'000) };
    const auto built = ForecastBuilder::build(vendors, programs, layers);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(QLatin1Char('\n'))));
    const ForecastResult result = ForecastEngine::compute(built.input);

    QCOMPARE(built.input.years, QList<int>({ 2026 }));
    QCOMPARE(result.program(0, 0).grossDies, 613);
    QCOMPARE(result.program(0, 0).yield, 1.0);
    QCOMPARE(result.vendorWafers(Metric::ComputeWafers, 0, 0), 1000.0);
    QCOMPARE(result.vendorWafers(Metric::ComputeWafers, 1, 0), 3000.0);
    QCOMPARE(result.totalWafers(Metric::ComputeWafers, 0), 4000.0);
    QCOMPARE(result.sharePercent(Metric::ComputeWafers, 0, 0), 25.0);
    QCOMPARE(result.sharePercent(Metric::ComputeWafers, 1, 0), 75.0);
}

void TestForecastEngine::childScenarioOverridesOnlyItsCells()
{
    const QList<AssumptionCell> base =
        program(10, 2026, 613'000) + program(20, 2026, 1'226'000) + program(21, 2026, 613'000);
    const QList<AssumptionCell> child = { { 10, 2026, AssumptionField::Units,
                                            QStringLiteral("1839000") } };
    const auto built = ForecastBuilder::build(vendors, programs, { base, child });
    QVERIFY(built.problems.isEmpty());
    const ForecastResult result = ForecastEngine::compute(built.input);
    // Alpha now needs 3,000 wafers, as many as Beta: an even split.
    QCOMPARE(result.sharePercent(Metric::ComputeWafers, 0, 0), 50.0);
    QCOMPARE(built.input.at(0, 0).dieAreaMm2, 100.0); // inherited from the parent
}

void TestForecastEngine::keepsCowosSeparateFromLogic()
{
    // 2,700 mm² interposers: 12 per wafer; at 75 % yield 9 good packages per wafer.
    // Alpha 9,000 packages → 1,000 CoWoS wafers; Beta 18,000 → 2,000 at the same settings.
    const auto layers =
        QList<QList<AssumptionCell>> { program(10, 2025, 9'000) + program(20, 2025, 18'000) +
                                       program(21, 2025, 0) };
    const auto built = ForecastBuilder::build(vendors, programs, layers);
    QVERIFY(built.problems.isEmpty());
    const ForecastResult result = ForecastEngine::compute(built.input);
    QCOMPARE(result.program(0, 0).interposersPerWafer, 12);
    QCOMPARE(result.vendorWafers(Metric::CowosWafers, 0, 0), 1000.0);
    QCOMPARE(result.vendorWafers(Metric::CowosWafers, 1, 0), 2000.0);
    QVERIFY(qAbs(result.sharePercent(Metric::CowosWafers, 0, 0) - 100.0 / 3.0) < 1e-9);
    // Logic wafers of the same packages: 9,000 / 613 = 14.68 — a different series.
    QVERIFY(qAbs(result.vendorWafers(Metric::ComputeWafers, 0, 0) - 9000.0 / 613.0) < 1e-9);
}

void TestForecastEngine::reportsMissingAndInvalidCells()
{
    QList<AssumptionCell> cells = program(10, 2026, 1000);
    cells.removeIf([](const AssumptionCell &c) { return c.field == AssumptionField::DieAreaMm2; });
    cells << AssumptionCell { 20, 2026, AssumptionField::Units, QStringLiteral("-5") };
    cells << AssumptionCell { 99, 2026, AssumptionField::Units, QStringLiteral("5") };
    const auto built = ForecastBuilder::build(vendors, programs, { cells });
    const QString all = built.problems.join(QLatin1Char('\n'));
    QCOMPARE(built.problems.size(), 3);
    QVERIFY2(all.contains(QStringLiteral("A1 2026 ships units but has no die_area_mm2")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("B1 2026 units")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("program id 99")), qPrintable(all));
}

void TestForecastEngine::programWithoutUnitsNeedsNoOtherInputs()
{
    const QList<AssumptionCell> cells = { { 10, 2027, AssumptionField::Units,
                                            QStringLiteral("0") } };
    const auto built = ForecastBuilder::build(vendors, programs, { cells });
    QVERIFY(built.problems.isEmpty());
    const ForecastResult result = ForecastEngine::compute(built.input);
    QCOMPARE(result.totalWafers(Metric::ComputeWafers, 0), 0.0);
    QCOMPARE(result.sharePercent(Metric::ComputeWafers, 0, 0), 0.0);
}

void TestForecastEngine::refusesCellsOutsideTheRangeTable()
{
    // dies_per_package of 2³¹ became INT_MIN through a static_cast<int> and made A1's (and its
    // vendor's) wafers negative. Now the builder refuses it, and A1 keeps its 1 die.
    QList<AssumptionCell> cells = program(10, 2026, 613'000);
    cells << AssumptionCell { 10, 2026, AssumptionField::DiesPerPackage,
                              QStringLiteral("2147483648") };
    cells << AssumptionCell { 20, 2026, AssumptionField::Units, QStringLiteral("1e308") };
    cells << AssumptionCell { 21, 2026, AssumptionField::DieAreaMm2, QStringLiteral("1e-5") };
    const auto built = ForecastBuilder::build(vendors, programs, { cells });
    const QString all = built.problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("A1 2026 dies_per_package")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("B1 2026 units")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("B2 2026 die_area_mm2")), qPrintable(all));
    const ForecastResult result = ForecastEngine::compute(built.input);
    QCOMPARE(built.input.at(0, 0).diesPerPackage, 1);
    QCOMPARE(result.vendorWafers(Metric::ComputeWafers, 0, 0), 1000.0);
}

void TestForecastEngine::inputsThatBypassValidationGiveFiniteNonNegativeResults()
{
    // The engine fed directly, as a hand-edited file read without the builder would feed it.
    ForecastInput input;
    input.years = { 2026 };
    input.vendors = vendors;
    input.programs = programs;
    input.programVendorIndex = { 0, 1, 1 };
    ProgramYearInputs huge;
    huge.units = 1e308;
    huge.diesPerPackage = 64;
    huge.dieAreaMm2 = 1e-5;
    huge.interposerAreaMm2 = 1e-5;
    huge.packagingYield = 1e-300;
    ProgramYearInputs negative;
    negative.units = -5e9;
    negative.diesPerPackage = -2147483647 - 1;
    negative.dieAreaMm2 = -100;
    negative.defectDensity = -3;
    ProgramYearInputs unreadable;
    unreadable.units = std::numeric_limits<double>::quiet_NaN();
    unreadable.dieAreaMm2 = std::numeric_limits<double>::infinity();
    unreadable.yieldModel = YieldModel::NegativeBinomial;
    unreadable.yieldAlpha = 0;
    input.inputs = { huge, negative, unreadable };
    const ForecastResult result = ForecastEngine::compute(input);

    const auto sane = [](double v) {
        return std::isfinite(v) && v >= 0.0;
    };
    for (int p = 0; p < 3; ++p) {
        const ProgramYearResult &out = result.program(p, 0);
        QVERIFY(out.grossDies >= 0);
        QVERIFY(out.interposersPerWafer >= 0);
        QVERIFY2(sane(out.yield) && out.yield <= 1.0, qPrintable(QString::number(p)));
        QVERIFY2(sane(out.goodDies), qPrintable(QString::number(p)));
        QVERIFY2(sane(out.logicWafers), qPrintable(QString::number(p)));
        QVERIFY2(sane(out.cowosWafers), qPrintable(QString::number(p)));
    }
    // 1e308 units gave inf and then NaN shares; the bound keeps the sums finite.
    QCOMPARE(result.program(0, 0).logicWafers, WaferMath::maxWafers);
    QCOMPARE(result.program(1, 0).logicWafers, 0.0);
    QCOMPARE(result.program(2, 0).logicWafers, 0.0);
    for (auto metric : { Metric::ComputeWafers, Metric::CowosWafers }) {
        QVERIFY(sane(result.totalWafers(metric, 0)));
        QCOMPARE(result.sharePercent(metric, 0, 0), 100.0);
        QCOMPARE(result.sharePercent(metric, 1, 0), 0.0);
    }
}

QTEST_GUILESS_MAIN(TestForecastEngine)
#include "tst_forecastengine.moc"
