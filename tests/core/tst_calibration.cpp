// SPDX-License-Identifier: MIT
#include "core/calibration.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"

#include <QTest>

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

ReportedValue figure(int vendorId, int year, const char *metric, double value, int sourceId)
{
    ReportedValue reported;
    reported.vendorId = vendorId;
    reported.year = year;
    reported.metric = QString::fromLatin1(metric);
    reported.value = value;
    reported.sourceId = sourceId;
    return reported;
}

} // namespace

/** Published figures beside modelled ones, on inputs whose wafers are whole numbers worked out
    by hand. (Fitting units to them: tst_calibrationfit.) */
class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparesReportedValuesWithModelled();
};

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

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
