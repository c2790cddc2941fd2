// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/sensitivity.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ws;

namespace {

struct Cells
{
    double units = 0;
    int diesPerPackage = 1;
    double defectDensity = 0;
    QString yieldModel = QStringLiteral("murphy");
    double interposer = 2700;
    double packagingYield = 0.75;
};

// A 100 mm² die with no defects: 613 gross dies per wafer, all good, so that wafers are whole
// numbers (613,000 dies = 1,000 wafers). 80 mm² gives 775 dies and 120 mm² 506 (the formula of
// DESIGN §3: 67,886/80 − 923.6/√160 = 775.6; 67,886/120 − 923.6/√240 = 506.1). A 2,700 mm²
// interposer fits 12 times on a wafer.
QList<AssumptionCell> program(int programId, int year, const Cells &c)
{
    const auto cell = [&](AssumptionField field, const QString &value) {
        return AssumptionCell { programId, year, field, value };
    };
    return { cell(AssumptionField::Units, QString::number(c.units, 'f', 0)),
             cell(AssumptionField::DiesPerPackage, QString::number(c.diesPerPackage)),
             cell(AssumptionField::DieAreaMm2, QStringLiteral("100")),
             cell(AssumptionField::DefectDensity, QString::number(c.defectDensity)),
             cell(AssumptionField::YieldModel, c.yieldModel),
             cell(AssumptionField::YieldAlpha, QStringLiteral("3")),
             cell(AssumptionField::InterposerAreaMm2, QString::number(c.interposer)),
             cell(AssumptionField::PackagingYield, QString::number(c.packagingYield)) };
}

const QList<Vendor> vendors = {
    { 1, QStringLiteral("Alpha"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
    { 2, QStringLiteral("Beta"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") }
};
// Listed out of name order on purpose, so that a tie broken by name is seen to be.
const QList<Program> programs = { { 10, 1, QStringLiteral("A1"), {} },
                                  { 21, 2, QStringLiteral("B2"), {} },
                                  { 20, 2, QStringLiteral("B1"), {} } };
constexpr int a1 = 0;
constexpr int b2 = 1;
constexpr int b1 = 2;
constexpr int alpha = 0;

ForecastInput build(const QList<AssumptionCell> &cells)
{
    const auto built = ForecastBuilder::build(vendors, programs, { cells });
    if (!built.problems.isEmpty())
        qWarning("%s", qPrintable(built.problems.join(QLatin1Char('\n'))));
    return built.input;
}

// Alpha 1,000 wafers; B1 2,000 and B2 1,000 for Beta: Alpha has 25 % of 4,000. 2027 differs
// everywhere, so that a row taken from the wrong year would show.
ForecastInput alphaAndBeta()
{
    return build(program(10, 2026, { 613'000 }) + program(20, 2026, { 1'226'000 }) +
                 program(21, 2026, { 613'000 }) + program(10, 2027, { 100'000 }) +
                 program(20, 2027, { 50'000 }) + program(21, 2027, { 70'000 }));
}

const SensitivityRow *find(const QList<SensitivityRow> &rows, int programIndex,
                           AssumptionField field)
{
    for (const SensitivityRow &row : rows) {
        if (row.programIndex == programIndex && row.field == field)
            return &row;
    }
    return nullptr;
}

bool near(double a, double b, double tolerance = 1e-4)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

/** One-at-a-time sensitivity of a vendor's share, checked against swings worked out by hand. */
class TestSensitivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movesUnitsOfOwnProgram();
    void movesUnitsOfRivalProgram();
    void movesDieAreaThroughGrossDies();
    void sortsByLargestSwingThenProgramNameThenField();
    void movesDiesPerPackageByFractions();
    void capsPackagingYieldAtOne();
    void dropsInputsTheMetricDoesNotRead();
    void movesAlphaOnlyForNegativeBinomial();
    void skipsProgramsThatDoNotShip();
    void refusesStepsOutsideTheRange();
};

void TestSensitivity::movesUnitsOfOwnProgram()
{
    const ForecastInput input = alphaAndBeta();
    const auto rows =
        SensitivityAnalysis::run(input, alpha, input.yearIndex(2026), Metric::ComputeWafers);
    const SensitivityRow *row = find(rows, a1, AssumptionField::Units);
    QVERIFY(row);
    // A1 units 613,000 ± 20 %: 1,200 wafers of 4,200 = 28.5714 %; 800 of 3,800 = 21.0526 %;
    // swing 7.5188 points.
    QCOMPARE(row->baseValue, 613'000.0);
    QCOMPARE(row->lowValue, 490'400.0);
    QCOMPARE(row->highValue, 735'600.0);
    QVERIFY2(near(row->highShare, 28.5714), qPrintable(QString::number(row->highShare)));
    QVERIFY2(near(row->lowShare, 21.0526), qPrintable(QString::number(row->lowShare)));
    QVERIFY2(near(row->swing, 7.5188), qPrintable(QString::number(row->swing)));
}

void TestSensitivity::movesUnitsOfRivalProgram()
{
    const ForecastInput input = alphaAndBeta();
    const auto rows =
        SensitivityAnalysis::run(input, alpha, input.yearIndex(2026), Metric::ComputeWafers);
    const SensitivityRow *row = find(rows, b1, AssumptionField::Units);
    QVERIFY(row);
    // B1 2,000 wafers ± 20 %: Alpha 1,000 of 3,600 = 27.7778 %, of 4,400 = 22.7273 %. More of a
    // rival's units lowers Alpha's share: the swing is negative, −5.0505 points.
    QVERIFY(near(row->lowShare, 27.7778));
    QVERIFY(near(row->highShare, 22.7273));
    QVERIFY2(near(row->swing, -5.0505), qPrintable(QString::number(row->swing)));
}

void TestSensitivity::movesDieAreaThroughGrossDies()
{
    const ForecastInput input = alphaAndBeta();
    const auto rows =
        SensitivityAnalysis::run(input, alpha, input.yearIndex(2026), Metric::ComputeWafers);
    const SensitivityRow *row = find(rows, a1, AssumptionField::DieAreaMm2);
    QVERIFY(row);
    // 80 mm²: 775 dies a wafer, 613,000 / 775 = 790.968 wafers, of 3,790.968 = 20.8645 %.
    // 120 mm²: 506 dies, 1,211.462 wafers, of 4,211.462 = 28.7658 %. Swing 7.9013 points.
    QCOMPARE(row->lowValue, 80.0);
    QCOMPARE(row->highValue, 120.0);
    QVERIFY2(near(row->lowShare, 20.8645), qPrintable(QString::number(row->lowShare)));
    QVERIFY2(near(row->highShare, 28.7658), qPrintable(QString::number(row->highShare)));
    QVERIFY(near(row->swing, 7.9013));
}

void TestSensitivity::sortsByLargestSwingThenProgramNameThenField()
{
    // Alpha, B1 and B2 at 1,000 wafers each: Alpha has a third. B1 and B2 move Alpha's share
    // alike, so their rows tie and B1 must come first by name although B2 is listed first.
    const ForecastInput input =
        build(program(10, 2026, { 613'000 }) + program(20, 2026, { 613'000 }) +
              program(21, 2026, { 613'000 }));
    const auto rows = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers);
    // By hand, |swing| in points:
    //   A1 die area: 613,000/506 = 1,211.46 wafers → 37.7231 %; 790.97 → 28.3403 %; 9.3828
    //   A1 units = dies per package: 1,200/3,200 = 37.5 %; 800/2,800 = 28.5714 %; 8.9286
    //   B1 / B2 die area: 1,000/3,211.46 = 31.1385 %; 1,000/2,790.97 = 35.8298 %; 4.6914
    //   B1 / B2 units = dies per package: 1,000/3,200 = 31.25 %, 1,000/2,800 = 35.7143 %; 4.4643
    const QList<QPair<int, AssumptionField>> expected = {
        { a1, AssumptionField::DieAreaMm2 },     { a1, AssumptionField::Units },
        { a1, AssumptionField::DiesPerPackage }, { b1, AssumptionField::DieAreaMm2 },
        { b2, AssumptionField::DieAreaMm2 },     { b1, AssumptionField::Units },
        { b1, AssumptionField::DiesPerPackage }, { b2, AssumptionField::Units },
        { b2, AssumptionField::DiesPerPackage },
    };
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].programIndex, expected[i].first);
        QCOMPARE(rows[i].field, expected[i].second);
    }
    QVERIFY2(near(rows[0].swing, 9.3828), qPrintable(QString::number(rows[0].swing)));
    QVERIFY(near(rows[1].swing, 8.9286));
    QVERIFY2(near(rows[3].swing, -4.6914), qPrintable(QString::number(rows[3].swing)));
    QVERIFY(near(rows[5].swing, -4.4643));
}

void TestSensitivity::movesDiesPerPackageByFractions()
{
    // A1: 306,500 packages of 2 dies = 613,000 dies = 1,000 wafers, as before. 2 dies ± 20 %
    // are 1.6 and 2.4 — not rounded to 2, which would show no change at all — and give 800 and
    // 1,200 wafers: the same shares as moving the units, 21.0526 % and 28.5714 %.
    const ForecastInput input =
        build(program(10, 2026, { 306'500, 2 }) + program(20, 2026, { 1'226'000 }) +
              program(21, 2026, { 613'000 }));
    const auto rows = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers);
    const SensitivityRow *dies = find(rows, a1, AssumptionField::DiesPerPackage);
    QVERIFY(dies);
    QCOMPARE(dies->baseValue, 2.0);
    QCOMPARE(dies->lowValue, 1.6);
    QCOMPARE(dies->highValue, 2.4);
    QVERIFY2(near(dies->lowShare, 21.0526), qPrintable(QString::number(dies->lowShare)));
    QVERIFY(near(dies->highShare, 28.5714));
    const SensitivityRow *units = find(rows, a1, AssumptionField::Units);
    QVERIFY(units);
    QVERIFY(near(dies->swing, units->swing, 1e-9));
    // Equal swings: units before dies per package, in field order.
    const auto position = [&](const SensitivityRow *row) {
        return row - rows.constData();
    };
    QCOMPARE(position(units) + 1, position(dies));

    // Dies per package does not enter the CoWoS wafers: no row for it there.
    const auto cowos = SensitivityAnalysis::run(input, alpha, 0, Metric::CowosWafers);
    QVERIFY(!find(cowos, a1, AssumptionField::DiesPerPackage));
}

void TestSensitivity::capsPackagingYieldAtOne()
{
    // CoWoS: A1 10,800 packages, 12 interposers a wafer at 90 % good = 10.8 → 1,000 wafers;
    // B1 18,000 packages at 75 % = 9 → 2,000 wafers. Alpha has 33.3333 %.
    // Packaging yield 0.9 − 20 % = 0.72: 8.64 good a wafer, 1,250 wafers, of 3,250 = 38.4615 %.
    // 0.9 + 20 % = 1.08 is capped at 1: 12 good, 900 wafers, of 2,900 = 31.0345 %.
    // Swing −7.4271 points.
    const ForecastInput input =
        build(program(10, 2026, { 10'800, 1, 0, QStringLiteral("murphy"), 2700, 0.9 }) +
              program(20, 2026, { 18'000 }) + program(21, 2026, { 0 }));
    const auto rows = SensitivityAnalysis::run(input, alpha, 0, Metric::CowosWafers);
    const SensitivityRow *row = find(rows, a1, AssumptionField::PackagingYield);
    QVERIFY(row);
    QCOMPARE(row->baseValue, 0.9);
    QVERIFY(near(row->lowValue, 0.72, 1e-12));
    QCOMPARE(row->highValue, 1.0);
    QVERIFY2(near(row->lowShare, 38.4615), qPrintable(QString::number(row->lowShare)));
    QVERIFY2(near(row->highShare, 31.0345), qPrintable(QString::number(row->highShare)));
    QVERIFY(near(row->swing, -7.4271));

    // A packaging yield already at 1 cannot rise: the high side equals the base share, and the
    // row stays for its low side. B1 at 1: 18,000 / 12 = 1,500 wafers, Alpha 1,000 of 2,500.
    const ForecastInput perfect =
        build(program(10, 2026, { 10'800, 1, 0, QStringLiteral("murphy"), 2700, 0.9 }) +
              program(20, 2026, { 18'000, 1, 0, QStringLiteral("murphy"), 2700, 1.0 }) +
              program(21, 2026, { 0 }));
    const auto perfectRows = SensitivityAnalysis::run(perfect, alpha, 0, Metric::CowosWafers);
    const SensitivityRow *capped = find(perfectRows, b1, AssumptionField::PackagingYield);
    QVERIFY(capped);
    QCOMPARE(capped->highValue, 1.0);
    QVERIFY(near(capped->highShare, 40.0, 1e-9));
    // 0.8: 9.6 good, 1,875 wafers; Alpha 1,000 of 2,875 = 34.7826 %.
    QVERIFY(near(capped->lowShare, 34.7826));
}

void TestSensitivity::dropsInputsTheMetricDoesNotRead()
{
    const ForecastInput input = alphaAndBeta();
    // Logic wafers: no defects (0 ± 20 % is 0), no interposer, no packaging yield, and α only
    // under the negative-binomial model. Left: units, dies per package, die area; 3 programs.
    const auto logic = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers);
    QCOMPARE(logic.size(), 9);
    for (const SensitivityRow &row : logic) {
        QVERIFY(row.field == AssumptionField::Units ||
                row.field == AssumptionField::DiesPerPackage ||
                row.field == AssumptionField::DieAreaMm2);
        QVERIFY(row.swing != 0.0);
    }
    // CoWoS wafers do not read the die: units, interposer area, packaging yield.
    const auto cowos = SensitivityAnalysis::run(input, alpha, 0, Metric::CowosWafers);
    QCOMPARE(cowos.size(), 9);
    for (const SensitivityRow &row : cowos) {
        QVERIFY(row.field == AssumptionField::Units ||
                row.field == AssumptionField::InterposerAreaMm2 ||
                row.field == AssumptionField::PackagingYield);
    }
}

void TestSensitivity::movesAlphaOnlyForNegativeBinomial()
{
    // B1 under the negative-binomial model with 0.1 defects per cm² on a 1 cm² die: yield
    // (1 + 0.1/α)^−α falls as α rises (towards Poisson's e^−0.1), so a higher α means more
    // Beta wafers and a smaller Alpha share — a negative swing. The Murphy programs get no α.
    const ForecastInput input =
        build(program(10, 2026, { 613'000 }) +
              program(20, 2026, { 1'226'000, 1, 0.1, QStringLiteral("negative_binomial") }) +
              program(21, 2026, { 613'000, 1, 0.1 }));
    const auto rows = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers);
    const SensitivityRow *alphaRow = find(rows, b1, AssumptionField::YieldAlpha);
    QVERIFY(alphaRow);
    QCOMPARE(alphaRow->lowValue, 2.4);
    QVERIFY(near(alphaRow->highValue, 3.6, 1e-12));
    // By hand: at α 2.4 the yield is 1.041667^−2.4 = 0.906674, at α 3.6 1.027778^−3.6 =
    // 0.906072, so B1 needs 2,205.87 and 2,207.33 wafers. B2 (Murphy, ((1 − e^−0.1)/0.1)² =
    // 0.905592) needs 1,104.25. Alpha: 1,000 of 4,310.11 = 23.2012 % and of 4,311.58 =
    // 23.1934 %; swing −0.0079 points.
    QVERIFY2(near(alphaRow->lowShare, 23.2012), qPrintable(QString::number(alphaRow->lowShare)));
    QVERIFY(near(alphaRow->highShare, 23.1934));
    QVERIFY(near(alphaRow->swing, -0.0079));
    QVERIFY(!find(rows, a1, AssumptionField::YieldAlpha));
    QVERIFY(!find(rows, b2, AssumptionField::YieldAlpha));
    // B2 has defects now, so its defect density moves the share; A1 has none.
    QVERIFY(find(rows, b2, AssumptionField::DefectDensity));
    QVERIFY(!find(rows, a1, AssumptionField::DefectDensity));
}

void TestSensitivity::skipsProgramsThatDoNotShip()
{
    const ForecastInput input = build(program(10, 2026, { 613'000 }) +
                                      program(20, 2026, { 613'000 }) + program(21, 2026, { 0 }));
    const auto rows = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers);
    QVERIFY(!rows.isEmpty());
    QVERIFY(std::none_of(rows.begin(), rows.end(),
                         [](const SensitivityRow &row) { return row.programIndex == b2; }));
}

void TestSensitivity::refusesStepsOutsideTheRange()
{
    const ForecastInput input = alphaAndBeta();
    QVERIFY(SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers, 0.0).isEmpty());
    QVERIFY(SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers, -5.0).isEmpty());
    QVERIFY(SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers, 100.5).isEmpty());
    QVERIFY(SensitivityAnalysis::run(input, 7, 0, Metric::ComputeWafers).isEmpty());
    QVERIFY(SensitivityAnalysis::run(input, alpha, 5, Metric::ComputeWafers).isEmpty());
    // 100 % is allowed: A1's units go to 0 and 1,226,000, Alpha's share to 0 and
    // 2,000 / 5,000 = 40 %.
    const auto full = SensitivityAnalysis::run(input, alpha, 0, Metric::ComputeWafers, 100.0);
    const SensitivityRow *row = find(full, a1, AssumptionField::Units);
    QVERIFY(row);
    QCOMPARE(row->lowShare, 0.0);
    QVERIFY(near(row->highShare, 40.0, 1e-9));
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
