// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestForecastEngine)
#include "tst_forecastengine.moc"
