// SPDX-License-Identifier: MIT
#include "core/calibration.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ws;

namespace {

// A 100 mm² die with no defects: 613 gross dies per wafer, all good, so logic wafers are
// units / 613. A 2,700 mm² interposer at 75 % packaging yield: 12 per wafer, 9 good, so CoWoS
// wafers are units / 9.
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
    { 3, QStringLiteral("Gamma"), {}, QStringLiteral("#808080"), QStringLiteral("asic") },
};
const QList<Program> programs = { { 10, 1, QStringLiteral("A1"), {} },
                                  { 20, 2, QStringLiteral("B1"), {} },
                                  { 21, 2, QStringLiteral("B2"), {} },
                                  { 30, 3, QStringLiteral("C1"), {} } };

// 2026: Alpha 613,000 units = 1,000 wafers; Beta 1,226,000 + 613,000 = 3,000 wafers; Gamma
// 613,000 = 1,000 wafers. Total 5,000: shares 20 / 60 / 20 %.
// 2027: Alpha 1,226,000 = 2,000 wafers; Beta 613,000 + 613,000 = 2,000; Gamma ships nothing.
// 2028: Alpha and Gamma 2 packages each, a case where whole units cannot hold the fit.
QList<AssumptionCell> baseCells()
{
    return program(10, 2026, 613'000) + program(20, 2026, 1'226'000) + program(21, 2026, 613'000) +
        program(30, 2026, 613'000) + program(10, 2027, 1'226'000) + program(20, 2027, 613'000) +
        program(21, 2027, 613'000) + program(30, 2027, 0) + program(10, 2028, 2) +
        program(30, 2028, 2);
}

// A published figure of a vendor's total.
ReportedValue figure(int vendorId, int year, const char *metric, double value, int sourceId)
{
    ReportedValue figure;
    figure.vendorId = vendorId;
    figure.year = year;
    figure.metric = QString::fromLatin1(metric);
    figure.value = value;
    figure.sourceId = sourceId;
    return figure;
}

ReportedValue share(int vendorId, int year, double value, const char *metric = nullptr)
{
    return figure(vendorId, year, metric ? metric : "compute_wafer_share", value, 1);
}

} // namespace

/** Published figures beside modelled ones, and the unit scaling that reproduces published
    shares, on inputs whose wafers are whole numbers worked out by hand. */
class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void comparesReportedValuesWithModelled();
    void comparesNamedScopesAndMarketTotalsLikeWithLike();
    void listsVintagesOnce();

private:
    ForecastBuilder::Result mBuilt;
    ForecastResult mResult;
};

void TestCalibration::initTestCase()
{
    mBuilt = ForecastBuilder::build(vendors, programs, { baseCells() });
    QVERIFY2(mBuilt.problems.isEmpty(), qPrintable(mBuilt.problems.join(QLatin1Char('\n'))));
    mResult = ForecastEngine::compute(mBuilt.input);
    QCOMPARE(mResult.vendorWafers(Metric::ComputeWafers, 0, mBuilt.input.yearIndex(2026)), 1000.0);
    QCOMPARE(mResult.vendorWafers(Metric::ComputeWafers, 1, mBuilt.input.yearIndex(2026)), 3000.0);
}

void TestCalibration::comparesReportedValuesWithModelled()
{
    // 551,700 packages = 5,517 × 100 = 613 × 900 = 9 × 61,300: 900 logic wafers and 61,300
    // CoWoS wafers per program. Alpha one program, Beta two, Gamma one: logic 900 / 1,800 / 900
    // of 3,600 and CoWoS 61,300 / 122,600 / 61,300 of 245,200, both 25 / 50 / 25 %.
    const auto built =
        ForecastBuilder::build(vendors, programs,
                               { program(10, 2026, 551'700) + program(20, 2026, 551'700) +
                                 program(21, 2026, 551'700) + program(30, 2026, 551'700) });
    QVERIFY(built.problems.isEmpty());
    const ForecastResult result = ForecastEngine::compute(built.input);

    const QList<ReportedValue> reported = {
        figure(1, 2026, "compute_wafer_share", 27.0, 11),
        figure(2, 2026, "cowos_share", 45.5, 12),
        figure(1, 2026, "compute_wafers", 1000.0, 13),
        figure(2, 2026, "cowos_wafers", 120'000.0, 14),
        figure(2, 2026, "units", 1'000'000.0, 15),
        figure(1, 2031, "compute_wafer_share", 50.0, 16), // year not modelled
        figure(99, 2026, "units", 5.0, 17), // vendor not in the scenario
        figure(3, 2026, "revenue", 5.0, 18), // metric the model has not
    };
    const QList<CalibrationRow> rows = compareWithReported(built.input, result, reported);
    QCOMPARE(rows.size(), 5);

    struct Expected
    {
        int vendorIndex;
        const char *metric;
        double reported;
        double modelled;
        double residual;
        int sourceId;
    };
    const Expected expected[] = {
        { 0, "compute_wafer_share", 27.0, 25.0, -2.0, 11 }, // 900 / 3,600
        { 1, "cowos_share", 45.5, 50.0, 4.5, 12 }, // 122,600 / 245,200
        { 0, "compute_wafers", 1000.0, 900.0, -100.0, 13 },
        { 1, "cowos_wafers", 120'000.0, 122'600.0, 2'600.0, 14 },
        { 1, "units", 1'000'000.0, 1'103'400.0, 103'400.0, 15 }, // 2 × 551,700
    };
    for (int i = 0; i < rows.size(); ++i) {
        const CalibrationRow &row = rows[i];
        QCOMPARE(row.vendorIndex, expected[i].vendorIndex);
        QCOMPARE(row.year, 2026);
        QCOMPARE(row.metric, QString::fromLatin1(expected[i].metric));
        QCOMPARE(row.reported, expected[i].reported);
        QVERIFY2(qAbs(row.modelled - expected[i].modelled) < 1e-9, expected[i].metric);
        QVERIFY2(qAbs(row.residual - expected[i].residual) < 1e-9, expected[i].metric);
        QCOMPARE(row.sourceId, expected[i].sourceId);
    }
}

void TestCalibration::comparesNamedScopesAndMarketTotalsLikeWithLike()
{
    // mBuilt's 2026 (see baseCells): A1 613,000 units, B1 1,226,000, B2 613,000, C1 613,000.
    // Logic wafers are units / 613: 1,000, 2,000, 1,000, 1,000 (total 5,000); CoWoS wafers are
    // units / 9.
    const auto scoped = [](int vendorId, const char *metric, double value, const char *scope,
                           const QList<int> &programIds) {
        ReportedValue value_ = figure(vendorId, 2026, metric, value, 7);
        value_.id = 100 + static_cast<int>(value);
        value_.scope = QString::fromLatin1(scope);
        value_.scopeProgramIds = programIds;
        value_.vintage = QStringLiteral("Bank, May 2026");
        return value_;
    };
    const QList<ReportedValue> reported = {
        // Beta's B2 alone: 1,000 wafers, not Beta's 3,000. 1,000 − 800 = +200, +25 %.
        scoped(2, "compute_wafers", 800, "B2 only", { 21 }),
        // Beta's B1 + B2 packages: 1,839,000. −161,000 of 2,000,000 = −8.05 %.
        scoped(2, "units", 2'000'000, "B1 + B2", { 20, 21 }),
        // All vendors, a scope across two of them: (613,000 + 613,000) / 9 = 136,222.2 CoWoS
        // wafers; −13,777.8 of 150,000 = −9.185 %.
        scoped(0, "cowos_wafers", 150'000, "A1 and C1", { 10, 30 }),
        // The market's total: 5,000 wafers against 4,000 published, +1,000, +25 %.
        scoped(0, "compute_wafers", 4'000, "", {}),
        // The market's packages: 613,000 + 1,226,000 + 613,000 + 613,000 = 3,065,000;
        // +65,000 of 3,000,000 = +2.1667 %.
        scoped(0, "units", 3'000'000, "", {}),
        // A vendor's share: Beta 3,000 of 5,000 = 60 %, +5 points; no percent residual.
        scoped(2, "compute_wafer_share", 55, "", {}),
        // Left out: a share of a named scope, the market's share of itself, a scope naming a
        // program the input has not.
        scoped(2, "compute_wafer_share", 20, "B2 only", { 21 }),
        scoped(0, "cowos_share", 100, "", {}),
        scoped(2, "units", 5, "B9", { 77 }),
        // A published zero: a residual, but no percentage of it.
        scoped(3, "units", 0, "", {}),
    };
    const QList<CalibrationRow> rows = compareWithReported(mBuilt.input, mResult, reported);
    QCOMPARE(rows.size(), 7);

    struct Expected
    {
        int vendorIndex;
        double modelled;
        double residual;
        double percent; // NAN: none
    };
    const Expected expected[] = {
        { 1, 1'000.0, 200.0, 25.0 },
        { 1, 1'839'000.0, -161'000.0, -8.05 },
        { -1, 1'226'000.0 / 9.0, 1'226'000.0 / 9.0 - 150'000.0, -9.185185185 },
        { -1, 5'000.0, 1'000.0, 25.0 },
        { -1, 3'065'000.0, 65'000.0, 2.166666667 },
        { 1, 60.0, 5.0, NAN },
        { 2, 613'000.0, 613'000.0, NAN },
    };
    for (int i = 0; i < rows.size(); ++i) {
        const CalibrationRow &row = rows[i];
        const QByteArray what = QByteArray::number(i);
        QCOMPARE(row.vendorIndex, expected[i].vendorIndex);
        QVERIFY2(qAbs(row.modelled - expected[i].modelled) < 1e-6, what);
        QVERIFY2(qAbs(row.residual - expected[i].residual) < 1e-6, what);
        if (std::isnan(expected[i].percent))
            QVERIFY2(!row.residualPercent.has_value(), what);
        else
            QVERIFY2(row.residualPercent && qAbs(*row.residualPercent - expected[i].percent) < 1e-6,
                     what);
        QCOMPARE(row.vintage, QStringLiteral("Bank, May 2026"));
        QCOMPARE(row.sourceId, 7);
    }
    QCOMPARE(rows[0].scope, QStringLiteral("B2 only"));
    QCOMPARE(rows[0].reportedId, 900);
    QCOMPARE(rows[3].scope, QString());
}

void TestCalibration::listsVintagesOnce()
{
    ReportedValue a = share(1, 2026, 50);
    a.vintage = QStringLiteral("Morgan Stanley, October 2025");
    ReportedValue b = share(2, 2026, 20);
    b.vintage = QStringLiteral("JPMorgan, January 2026");
    const ReportedValue undated = share(3, 2026, 10);
    QCOMPARE(reportedVintages({ a, b, a, undated }),
             QStringList({ QStringLiteral("JPMorgan, January 2026"),
                           QStringLiteral("Morgan Stanley, October 2025") }));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
