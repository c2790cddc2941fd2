// SPDX-License-Identifier: MIT
#include "core/capacity.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"

#include <QTest>

#include <cmath>

using namespace ws;

namespace {

// A 2,700 mm² interposer at 75 % packaging yield: 12 per wafer, 9 good packages, so CoWoS
// wafers are units / 9 (a 100 mm² die without defects keeps the logic side valid).
QList<AssumptionCell> program(int programId, int year, double units)
{
    const auto cell = [&](AssumptionField field, const QString &value) {
        return AssumptionCell { programId, year, field, value };
    };
    return { cell(AssumptionField::Units, QString::number(units, 'f', 0)),
             cell(AssumptionField::DiesPerPackage, QStringLiteral("1")),
             cell(AssumptionField::DieAreaMm2, QStringLiteral("100")),
             cell(AssumptionField::DefectDensity, QStringLiteral("0")),
             cell(AssumptionField::YieldModel, QStringLiteral("murphy")),
             cell(AssumptionField::InterposerAreaMm2, QStringLiteral("2700")),
             cell(AssumptionField::PackagingYield, QStringLiteral("0.75")) };
}

const QList<Vendor> vendors = {
    { 1, QStringLiteral("Alpha"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
    { 2, QStringLiteral("Beta"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") },
};
const QList<Program> programs = { { 10, 1, QStringLiteral("A1"), {} },
                                  { 20, 2, QStringLiteral("B1"), {} } };

CapacityValue row(const char *supplier, int year, double value, const char *title,
                  const char *metric = "cowos_wafers")
{
    return { QString::fromLatin1(supplier), year, QString::fromLatin1(metric), value, 1,
             QString::fromLatin1(title),    {} };
}

} // namespace

/** CoWoS demand of a scenario against the capacity on record, year by year. */
class TestCapacity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void comparesDemandWithSummedCapacity();
    void yearWithoutCapacityIsNeverExceeded();
    void zeroCapacityIsExceededByAnyDemand();

private:
    ForecastInput mInput;
    ForecastResult mResult;
};

void TestCapacity::initTestCase()
{
    // 551,700 packages = 9 × 61,300 CoWoS wafers.
    // 2025: Alpha alone, 61,300 wafers. 2026: Alpha and Beta, 122,600. 2027: Alpha, 61,300.
    // 2028: Alpha, 61,300.
    const auto built = ForecastBuilder::build(
        vendors, programs,
        { program(10, 2025, 551'700) + program(20, 2025, 0) + program(10, 2026, 551'700) +
          program(20, 2026, 551'700) + program(10, 2027, 551'700) + program(10, 2028, 551'700) });
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(QLatin1Char('\n'))));
    mInput = built.input;
    mResult = ForecastEngine::compute(mInput);
    QCOMPARE(mResult.totalWafers(Metric::CowosWafers, mInput.yearIndex(2026)), 122'600.0);
}

void TestCapacity::comparesDemandWithSummedCapacity()
{
    const QList<CapacityValue> capacity = {
        row("TSMC", 2025, 50'000, "TrendForce"),
        row("OSAT", 2025, 20'000, "Survey"),
        row("TSMC", 2026, 100'000, "TrendForce"),
        row("OSAT", 2026, 0, "TrendForce"), // the same source twice: named once
        row("TSMC", 2028, 61'300, "Plan"),
        row("TSMC", 2030, 999'999, "Later"), // a year the forecast does not reach
    };
    const QList<CapacityStatus> statuses = checkCowosCapacity(mInput, mResult, capacity);
    QCOMPARE(statuses.size(), 4);

    // 2025: 61,300 wafers against 50,000 + 20,000 = 70,000: 87.57 %, within capacity.
    QCOMPARE(statuses[0].year, 2025);
    QCOMPARE(statuses[0].demand, 61'300.0);
    QCOMPARE(statuses[0].capacity, 70'000.0);
    QVERIFY(statuses[0].hasCapacity);
    QVERIFY(!statuses[0].exceeded);
    QVERIFY(qAbs(statuses[0].utilisationPercent - 87.5714285714) < 1e-6);
    QCOMPARE(statuses[0].sourceTitle, QStringLiteral("TrendForce; Survey"));

    // 2026: 122,600 against 100,000: 122.6 %, exceeded.
    QCOMPARE(statuses[1].demand, 122'600.0);
    QCOMPARE(statuses[1].capacity, 100'000.0);
    QVERIFY(statuses[1].exceeded);
    QVERIFY(qAbs(statuses[1].utilisationPercent - 122.6) < 1e-9);
    QCOMPARE(statuses[1].sourceTitle, QStringLiteral("TrendForce"));

    // 2028: demand equal to capacity uses it all but does not exceed it.
    QCOMPARE(statuses[3].year, 2028);
    QVERIFY(!statuses[3].exceeded);
    QVERIFY(qAbs(statuses[3].utilisationPercent - 100.0) < 1e-9);
}

void TestCapacity::yearWithoutCapacityIsNeverExceeded()
{
    // 2027 has only a row of another metric, which does not count as CoWoS capacity.
    const QList<CapacityStatus> statuses = checkCowosCapacity(
        mInput, mResult, { row("TSMC", 2027, 10, "Elsewhere", "compute_wafers") });
    QCOMPARE(statuses.size(), 4);
    const CapacityStatus &status = statuses[2];
    QCOMPARE(status.year, 2027);
    QCOMPARE(status.demand, 61'300.0);
    QVERIFY(!status.hasCapacity);
    QVERIFY(!status.exceeded);
    QCOMPARE(status.capacity, 0.0);
    QCOMPARE(status.utilisationPercent, 0.0);
    QVERIFY(status.sourceTitle.isEmpty());
    for (const CapacityStatus &s : statuses)
        QVERIFY(!s.hasCapacity && !s.exceeded);
}

void TestCapacity::zeroCapacityIsExceededByAnyDemand()
{
    const QList<CapacityStatus> statuses =
        checkCowosCapacity(mInput, mResult, { row("TSMC", 2025, 0, "Shutdown") });
    QVERIFY(statuses[0].hasCapacity);
    QVERIFY(statuses[0].exceeded);
    QVERIFY(std::isinf(statuses[0].utilisationPercent));
}

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
