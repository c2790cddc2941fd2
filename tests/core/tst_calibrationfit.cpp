// SPDX-License-Identifier: MIT
#include "core/calibrationfit.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"

#include <QTest>

#include <cmath>

using namespace ws;

// The hand-worked optima below were worked out for a regularisation of λ = 0.01, which moves
// each of them by less than a unit; the default λ of 1 is tested on the default data.
const FitWeights handWorked { 1.0, 1.0, 0.01 };

namespace {

// A 100 mm² die with no defects: DPW = floor(π·147²/100 − π·294/√200) = floor(678.87 − 65.31)
// = 613, all good, so logic wafers are units / 613. A 2,700 mm² interposer at 75 % packaging
// yield: floor(25.14 − 12.57) = 12 per wafer, 9 good, so CoWoS wafers are units / 9.
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

const QString october = QStringLiteral("Morgan Stanley, October 2025");
const QString february = QStringLiteral("Morgan Stanley, February 2025");

ReportedValue figure(int vendorId, int year, const char *metric, double value,
                     const QString &vintage = october)
{
    static int nextId = 1;
    ReportedValue reported;
    reported.id = nextId++;
    reported.vendorId = vendorId;
    reported.year = year;
    reported.metric = QString::fromLatin1(metric);
    reported.value = value;
    reported.sourceId = 1;
    reported.vintage = vintage;
    return reported;
}

ReportedValue scoped(ReportedValue value, const QString &scope, const QList<int> &programIds)
{
    value.scope = scope;
    value.scopeProgramIds = programIds;
    return value;
}

struct Fixture
{
    ForecastInput input;
    ForecastResult result;
};

Fixture fixture(const QList<AssumptionCell> &cells, const QList<Vendor> &v = vendors,
                const QList<Program> &p = programs)
{
    auto built = ForecastBuilder::build(v, p, { cells });
    if (!built.problems.isEmpty())
        qWarning("%s", qPrintable(built.problems.join(QLatin1Char('\n'))));
    Fixture f;
    f.input = std::move(built.input);
    f.result = ForecastEngine::compute(f.input);
    return f;
}

const FitCell *cellOf(const CalibrationFit &fit, int programId)
{
    for (const FitCell &cell : fit.cells) {
        if (cell.programId == programId)
            return &cell;
    }
    return nullptr;
}

} // namespace

/** Fitting units to one vintage's shares and volumes by weighted least squares, on inputs whose
    optimum is worked out by hand. */
class TestCalibrationFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharesAndMarketVolumeFitExactly();
    void conflictingVolumesMeetAtTheWeightedOptimum();
    void namedScopeMovesOnlyItsPrograms();
    void targetsThatCannotImproveProposeNothing();
    void figuresTheFitCannotUseAreLeftOutWithAReason();
    void vintagesAndTheirYears();
    void scalesToTenThousandPrograms();
};

void TestCalibrationFit::sharesAndMarketVolumeFitExactly()
{
    // 2026: A1 and B1 ship 613,000 each, 1,000 wafers each; C1 ships nothing. October's
    // edition publishes Alpha 60 %, Beta 40 % and a market of 2,000 compute wafers. Alpha
    // 1,200 and Beta 800 wafers meet all three exactly, so the least-squares optimum without
    // regularisation is A1 = 1,200 × 613 = 735,600 and B1 = 800 × 613 = 490,400 units.
    //
    // λ moves it by less than a unit: at x* = (ln 1.2, ln 0.8) the weighted Jacobian has rows
    // (24, −24), (−24, 24) for the shares (100·c·(own − 0.6)/2000) and (60, 40) for the volume
    // (100·c/2000), so JᵀJ = [[4752, 1248], [1248, 2752]], det 11,520,000. The shift is
    // −(JᵀJ)⁻¹·λx* = −(6.8e-7, −1.12e-6): 0.5 and 0.55 units.
    const Fixture f =
        fixture(program(10, 2026, 613'000) + program(20, 2026, 613'000) + program(30, 2026, 0));
    const QList<ReportedValue> reported = {
        figure(1, 2026, "compute_wafer_share", 90, february), // another edition: ignored
        figure(1, 2026, "compute_wafer_share", 60),
        figure(2, 2026, "compute_wafer_share", 40),
        figure(0, 2026, "compute_wafers", 2000),
    };
    const CalibrationFit fit =
        fitUnitsToVintage(f.input, f.result, reported, october, 0, handWorked);
    QVERIFY2(fit.problem.isEmpty(), qPrintable(fit.problem));
    QCOMPARE(fit.targets.size(), 3);
    QCOMPARE(fit.cells.size(), 2); // C1 had no units and keeps none
    const FitCell *a1 = cellOf(fit, 10);
    const FitCell *b1 = cellOf(fit, 20);
    QVERIFY(a1 && b1);
    QCOMPARE(a1->oldUnits, 613'000.0);
    QVERIFY2(std::abs(a1->newUnits - 735'600.0) <= 1.0, qPrintable(QString::number(a1->newUnits)));
    QVERIFY2(std::abs(b1->newUnits - 490'400.0) <= 1.0, qPrintable(QString::number(b1->newUnits)));
    QCOMPARE(a1->newUnits, std::round(a1->newUnits)); // whole units
    QCOMPARE(a1->year, 2026);

    // Before: shares 50 / 50, so −10 and +10 points; the market is met (0 %). Cost 200.
    const double before[] = { -10.0, 10.0, 0.0 };
    for (int t = 0; t < 3; ++t) {
        QVERIFY(std::abs(fit.targets[t].residualBefore - before[t]) < 1e-9);
        QVERIFY2(std::abs(fit.targets[t].residualAfter) < 0.01,
                 qPrintable(QString::number(fit.targets[t].residualAfter)));
    }
    QCOMPARE(fit.targets[0].vendorIndex, 0);
    QCOMPARE(fit.targets[2].vendorIndex, -1); // the market
    QVERIFY(fit.targets[0].isShare);
    QVERIFY(!fit.targets[2].isShare);
    QVERIFY(std::abs(fit.costBefore - 200.0) < 1e-9);
    QVERIFY(fit.costAfter < 0.01);

    const QList<AssumptionCell> cells = fit.assumptionCells();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(cells[0].field, AssumptionField::Units);
    QCOMPARE(cells[0].value, QString::number(a1->newUnits, 'f', 0));
}

void TestCalibrationFit::conflictingVolumesMeetAtTheWeightedOptimum()
{
    // Only Alpha ships: A1 613,000 units, a = 1,000 wafers. The edition says Alpha makes
    // p = 1,100 wafers but the whole market q = 900 — they cannot both hold. With weight 1 per
    // percent the cost is (100(a/p − 1))² + (100(a/q − 1))², least at
    // a = pq(p + q)/(p² + q²) = 990,000 × 2,000 / 2,020,000 = 980.198 wafers, i.e.
    // 980.198 × 613 = 600,861.4 units. λ shifts it by λx/JᵀJ ≈ 0.0002/19,800: nothing.
    // Residuals: before −9.091 % and +11.111 % (cost 82.645 + 123.457 = 206.101); after
    // a/p − 1 = −0.108911 and a/q − 1 = +0.089109, cost 118.616 + 79.404 = 198.020.
    const QList<Program> alphaOnly = { programs[0] };
    const Fixture f = fixture(program(10, 2026, 613'000), vendors, alphaOnly);
    const QList<ReportedValue> reported = { figure(1, 2026, "compute_wafers", 1100),
                                            figure(0, 2026, "compute_wafers", 900) };
    const CalibrationFit fit =
        fitUnitsToVintage(f.input, f.result, reported, october, 2026, handWorked);
    QVERIFY2(fit.problem.isEmpty(), qPrintable(fit.problem));
    QCOMPARE(fit.cells.size(), 1);
    QVERIFY2(std::abs(fit.cells[0].newUnits - 600'861.0) <= 1.0,
             qPrintable(QString::number(fit.cells[0].newUnits)));
    QVERIFY(std::abs(fit.targets[0].residualBefore - -9.0909) < 1e-3);
    QVERIFY(std::abs(fit.targets[1].residualBefore - 11.1111) < 1e-3);
    QVERIFY(std::abs(fit.targets[0].residualAfter - -10.8911) < 1e-3);
    QVERIFY(std::abs(fit.targets[1].residualAfter - 8.9109) < 1e-3);
    QVERIFY(std::abs(fit.costBefore - 206.101) < 1e-3);
    QVERIFY2(std::abs(fit.costAfter - 198.020) < 1e-3, qPrintable(QString::number(fit.costAfter)));
    QVERIFY(fit.regularisationAfter > 0.0 && fit.regularisationAfter < 1e-5);
}

void TestCalibrationFit::namedScopeMovesOnlyItsPrograms()
{
    // B2 ships 613,000 packages: 613,000 / 9 = 68,111.1 CoWoS wafers. The edition puts the
    // scope "B2 only" at 90,000 CoWoS wafers: 90,000 × 9 = 810,000 units, −24.32 % before.
    // No other figure involves A1 or B1, so λ keeps them where they are.
    const Fixture f = fixture(program(10, 2026, 613'000) + program(20, 2026, 613'000) +
                              program(21, 2026, 613'000));
    const QList<ReportedValue> reported = { scoped(figure(2, 2026, "cowos_wafers", 90'000),
                                                   QStringLiteral("B2 only"), { 21 }) };
    const CalibrationFit fit =
        fitUnitsToVintage(f.input, f.result, reported, october, 0, handWorked);
    QVERIFY2(fit.problem.isEmpty(), qPrintable(fit.problem));
    QCOMPARE(fit.cells.size(), 1);
    QCOMPARE(fit.cells[0].programId, 21);
    QVERIFY2(std::abs(fit.cells[0].newUnits - 810'000.0) <= 1.0,
             qPrintable(QString::number(fit.cells[0].newUnits)));
    QCOMPARE(fit.targets[0].scope, QStringLiteral("B2 only"));
    QVERIFY(std::abs(fit.targets[0].residualBefore - 100.0 * (68'111.111 / 90'000 - 1.0)) < 1e-3);
    QVERIFY(std::abs(fit.targets[0].residualAfter) < 0.01);
}

void TestCalibrationFit::targetsThatCannotImproveProposeNothing()
{
    const Fixture f =
        fixture(program(10, 2026, 613'000) + program(20, 2026, 613'000) + program(30, 2026, 0));

    // The shares already are the published 50 / 50: the cost is 0 and stays 0.
    const CalibrationFit met = fitUnitsToVintage(
        f.input, f.result,
        { figure(1, 2026, "compute_wafer_share", 50), figure(2, 2026, "compute_wafer_share", 50) },
        october, 0, handWorked);
    QVERIFY(met.cells.isEmpty());
    QVERIFY2(met.problem.contains(QStringLiteral("proposes nothing")), qPrintable(met.problem));
    QCOMPARE(met.costBefore, 0.0);
    QCOMPARE(met.costAfter, 0.0);

    // Gamma ships nothing, and a program with no units keeps none: no change reaches its
    // published 1,000 wafers, which stay 100 % short before and after.
    const CalibrationFit none = fitUnitsToVintage(
        f.input, f.result, { figure(3, 2026, "compute_wafers", 1000) }, october, 0, handWorked);
    QVERIFY(none.cells.isEmpty());
    QVERIFY(!none.problem.isEmpty());
    QCOMPARE(none.targets.size(), 1);
    QCOMPARE(none.targets[0].residualBefore, -100.0);
    QCOMPARE(none.targets[0].residualAfter, -100.0);
    QCOMPARE(none.costAfter, none.costBefore);

    // A vintage nobody published, and a year the scenario does not model.
    QVERIFY(!fitUnitsToVintage(f.input, f.result, { figure(1, 2026, "units", 5) },
                               QStringLiteral("nobody"), 0, handWorked)
                 .problem.isEmpty());
    const CalibrationFit late = fitUnitsToVintage(
        f.input, f.result, { figure(1, 2031, "compute_wafer_share", 50) }, october, 0, handWorked);
    QVERIFY(late.cells.isEmpty());
    QVERIFY(late.leftOut.first().contains(QStringLiteral("2031")));
}

void TestCalibrationFit::figuresTheFitCannotUseAreLeftOutWithAReason()
{
    const Fixture f = fixture(program(10, 2026, 613'000) + program(20, 2026, 613'000));
    const QList<ReportedValue> reported = {
        figure(3, 2026, "revenue", 5), // a metric the model does not make
        figure(0, 2026, "cowos_share", 100), // a share of the market itself
        scoped(figure(1, 2026, "compute_wafer_share", 30), QStringLiteral("A1"), { 10 }),
        figure(99, 2026, "units", 5), // a vendor the scenario does not have
        figure(1, 2026, "units", 0), // no residual in percent of zero
        figure(2, 2026, "compute_wafer_share", qQNaN()), // not a number
        scoped(figure(2, 2026, "units", 5), QStringLiteral("B9"), {}), // a scope of nothing
        scoped(figure(2, 2026, "units", 5), QStringLiteral("B9"), { 99 }), // nor of these
        figure(1, 2026, "units", 1'226'000), // usable: A1 doubles
    };
    const CalibrationFit fit =
        fitUnitsToVintage(f.input, f.result, reported, october, 0, handWorked);
    QCOMPARE(fit.leftOut.size(), 8);
    QVERIFY(fit.leftOut[0].contains(QStringLiteral("revenue")));
    QVERIFY(fit.leftOut[1].startsWith(QStringLiteral("All vendors 2026 cowos_share")));
    QVERIFY(fit.leftOut[2].contains(QStringLiteral("(A1)")));
    QVERIFY(fit.leftOut[3].contains(QStringLiteral("vendor 99")));
    QCOMPARE(fit.targets.size(), 1);
    QCOMPARE(fit.cells.size(), 1);
    QVERIFY(std::abs(fit.cells[0].newUnits - 1'226'000.0) <= 1.0);
}

void TestCalibrationFit::vintagesAndTheirYears()
{
    const QList<ReportedValue> reported = {
        figure(1, 2026, "units", 1, february), figure(1, 2024, "units", 1, october),
        figure(1, 2025, "units", 1, february), figure(1, 2025, "units", 1, QString()),
        figure(2, 2024, "units", 1, february),
    };
    QCOMPARE(fitVintages(reported), QStringList({ february, october, QString() }));
    QCOMPARE(vintageYears(reported, february), QList<int>({ 2024, 2025, 2026 }));
    QCOMPARE(vintageYears(reported, QString()), QList<int>({ 2025 }));
}

void TestCalibrationFit::scalesToTenThousandPrograms()
{
    // 10 vendors × 1,000 identical programs of 61,300 units (100 wafers each): every vendor
    // holds 10 % today. The edition publishes vendor v at (v + 1)/55 of the wafers, which adds
    // up to 100 %. Programs of one vendor are alike, so the fit scales them alike, and vendor
    // 10's programs end ten times vendor 1's (10/55 against 1/55) — less what λ holds back:
    // shares fix only ratios, so λ centres the log scales on 0 (x_v = ln(v / 4.529), 4.529 the
    // geometric mean of 1…10), and pulls each x_v toward 0 by about λ·x_v / (dS_v/dx_v)².
    // Vendor 1 has dS/dx = 100 · (1/55)(54/55) = 1.785 points: 0.01 × 1.5105 / 3.19 = 0.47 %;
    // vendor 10 (18.2 points) 0.004 %. So the ratio is about 10 × (1 − 0.0047) = 9.95.
    QList<Vendor> manyVendors;
    QList<Program> manyPrograms;
    QList<AssumptionCell> cells;
    QList<ReportedValue> reported;
    for (int v = 1; v <= 10; ++v) {
        manyVendors << Vendor {
            v, QStringLiteral("V%1").arg(v), {}, QStringLiteral("#000000"), QStringLiteral("gpu")
        };
        reported << figure(v, 2026, "compute_wafer_share", 100.0 * v / 55.0);
        for (int i = 0; i < 1000; ++i) {
            const int id = v * 10'000 + i;
            manyPrograms << Program { id, v, QStringLiteral("P%1").arg(id), {} };
            cells << program(id, 2026, 61'300);
        }
    }
    const Fixture f = fixture(cells, manyVendors, manyPrograms);
    QCOMPARE(f.input.programs.size(), 10'000);
    const CalibrationFit fit =
        fitUnitsToVintage(f.input, f.result, reported, october, 0, handWorked);
    QVERIFY2(fit.problem.isEmpty(), qPrintable(fit.problem));
    QVERIFY(fit.costAfter < fit.costBefore);
    for (const FitTarget &target : fit.targets)
        QVERIFY2(std::abs(target.residualAfter) < 0.01,
                 qPrintable(QString::number(target.residualAfter)));
    const FitCell *first = cellOf(fit, 10'000);
    const FitCell *tenth = cellOf(fit, 100'999);
    QVERIFY(first && tenth);
    QVERIFY2(std::abs(tenth->newUnits / first->newUnits - 9.953) < 0.01,
             qPrintable(QString::number(tenth->newUnits / first->newUnits)));
}

QTEST_GUILESS_MAIN(TestCalibrationFit)
#include "tst_calibrationfit.moc"
