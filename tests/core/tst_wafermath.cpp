// SPDX-License-Identifier: MIT
#include "core/wafermath.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ws;

/** The closed-form wafer formulas against values worked out by hand and against the reference
    table computed outside the project (tests/data/wafer-math-cases.csv). */
class TestWaferMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grossDiesOfWorkedExample();
    void murphyYieldOfWorkedExample();
    void logicWafersOfWorkedExample();
    void cowosWafersCountInterposers();
    void matchesReferenceCases_data();
    void matchesReferenceCases();
    void zeroDefectsYieldEverything();
    void impossibleDiesGiveNoWafers();
    void narrowerEdgeExclusionFitsMoreDies();
    void extremesOfTheAllowedRangesStayFinite();
    void tinyDieCountsBeyondTwoBillionWithoutOverflow();
    void inputsBeyondEveryBoundGiveFiniteNonNegativeResults();
};

void TestWaferMath::grossDiesOfWorkedExample()
{
    // R = 147 mm: π·147²/800 = 84.86 and π·294/√1600 = 23.09, so floor(61.77) = 61.
    QCOMPARE(WaferMath::grossDiesPerWafer(800.0), 61);
}

void TestWaferMath::murphyYieldOfWorkedExample()
{
    // A·D0 = 8 cm² × 0.1 = 0.8; ((1 − e^−0.8)/0.8)² = (0.550671/0.8)² = 0.68834² = 0.47381.
    QVERIFY(qAbs(WaferMath::dieYield(YieldModel::Murphy, 800.0, 0.1) - 0.4738) < 0.00005);
}

void TestWaferMath::logicWafersOfWorkedExample()
{
    // 1,000,000 packages × 2 dies / (61 × 0.47381 good dies per wafer) ≈ 69,199 wafers.
    const int gross = WaferMath::grossDiesPerWafer(800.0);
    const double yield = WaferMath::dieYield(YieldModel::Murphy, 800.0, 0.1);
    const double wafers = WaferMath::logicWafers(1'000'000, 2, gross, yield);
    QVERIFY2(qAbs(wafers - 69'200) < 100, qPrintable(QString::number(wafers)));
}

void TestWaferMath::cowosWafersCountInterposers()
{
    // A 2,700 mm² interposer: 12 per wafer (reference table); at 75 % packaging yield 9 good
    // packages per wafer, so 9,000 packages need 1,000 wafers.
    QCOMPARE(WaferMath::grossDiesPerWafer(2700.0), 12);
    QCOMPARE(WaferMath::cowosWafers(9000, 12, 0.75), 1000.0);
    QCOMPARE(WaferMath::cowosWafers(0, 12, 0.75), 0.0);
}

void TestWaferMath::matchesReferenceCases_data()
{
    QTest::addColumn<double>("area");
    QTest::addColumn<double>("diameter");
    QTest::addColumn<double>("edge");
    QTest::addColumn<double>("defects");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<int>("grossDies");
    QTest::addColumn<double>("yield");

    QFile file(QStringLiteral(WS_TEST_DATA_DIR "/wafer-math-cases.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int cases = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 9)
            continue;
        const QString name = QStringLiteral("%1mm2-%2-%3")
                                 .arg(QString::fromLatin1(f[0]), QString::fromLatin1(f[3]),
                                      QString::fromLatin1(f[4]));
        QTest::newRow(qPrintable(name))
            << f[0].toDouble() << f[1].toDouble() << f[2].toDouble() << f[3].toDouble()
            << QString::fromLatin1(f[4]) << (f[5].isEmpty() ? 3.0 : f[5].toDouble()) << f[6].toInt()
            << f[7].toDouble();
        ++cases;
    }
    QVERIFY(cases >= 100);
}

void TestWaferMath::matchesReferenceCases()
{
    QFETCH(double, area);
    QFETCH(double, diameter);
    QFETCH(double, edge);
    QFETCH(double, defects);
    QFETCH(QString, model);
    QFETCH(double, alpha);
    QFETCH(int, grossDies);
    QFETCH(double, yield);

    const auto yieldModel = parseYieldModel(model);
    QVERIFY(yieldModel.has_value());
    QCOMPARE(WaferMath::grossDiesPerWafer(area, WaferGeometry { diameter, edge }), grossDies);
    const double computed = WaferMath::dieYield(*yieldModel, area, defects, alpha);
    QVERIFY2(qAbs(computed - yield) <= 1e-6, qPrintable(QString::number(computed, 'f', 8)));
}

void TestWaferMath::zeroDefectsYieldEverything()
{
    for (auto model : { YieldModel::Poisson, YieldModel::Murphy, YieldModel::Seeds,
                        YieldModel::NegativeBinomial })
        QCOMPARE(WaferMath::dieYield(model, 600.0, 0.0), 1.0);
}

void TestWaferMath::impossibleDiesGiveNoWafers()
{
    QCOMPARE(WaferMath::grossDiesPerWafer(0.0), 0);
    QCOMPARE(WaferMath::grossDiesPerWafer(-10.0), 0);
    // Larger than the usable disc (π·147² ≈ 67,886 mm²): not one die.
    QCOMPARE(WaferMath::grossDiesPerWafer(70'000.0), 0);
    // No die is good: no wafer can be planned, and the answer is 0, not NaN.
    QCOMPARE(WaferMath::logicWafers(1000, 1, 0, 1.0), 0.0);
    QCOMPARE(WaferMath::logicWafers(0, 1, 0, 1.0), 0.0);
}

void TestWaferMath::narrowerEdgeExclusionFitsMoreDies()
{
    // R = 150: π·150²/100 = 706.86, π·300/√200 = 66.64, floor(640.2) = 640.
    QCOMPARE(WaferMath::grossDiesPerWafer(100.0, WaferGeometry { 300.0, 0.0 }), 640);
}

void TestWaferMath::extremesOfTheAllowedRangesStayFinite()
{
    // Worked by hand with R = 147: S = 1: 67,886.68 − 653.10 = 67,233.57 → 67,233.
    QCOMPARE(WaferMath::grossDiesPerWafer(1.0), 67'233);
    // S = 3,432 (four reticles): 19.780 − 11.148 = 8.63 → 8.
    QCOMPARE(WaferMath::grossDiesPerWafer(3432.0), 8);
    // S = 8,000 (the largest interposer): 8.486 − 7.302 = 1.18 → 1.
    QCOMPARE(WaferMath::grossDiesPerWafer(8000.0), 1);
    // The worst allowed die: 34.32 cm² at 10 defects/cm², Poisson e^−343.2 ≈ 8.9e−150.
    const double yield = WaferMath::dieYield(YieldModel::Poisson, 3432.0, 10.0);
    QVERIFY(yield > 8.9e-150 && yield < 9.0e-150);
    // 10¹⁰ packages of 64 dies on 8 such dies per wafer: 6.4e11 / (8 · 8.9e−150) ≈ 9e159.
    const double wafers = WaferMath::logicWafers(1e10, 64, 8, yield);
    QVERIFY(std::isfinite(wafers));
    QVERIFY(wafers > 8.9e159 && wafers < 9.0e159);
    // The smallest allowed alpha and packaging yield still give a positive yield.
    QVERIFY(WaferMath::dieYield(YieldModel::NegativeBinomial, 3432.0, 10.0, 0.01) > 0.0);
    QCOMPARE(WaferMath::cowosWafers(1e10, 1, 1.0), 1e10);
}

void TestWaferMath::tinyDieCountsBeyondTwoBillionWithoutOverflow()
{
    // S = 1e−5 mm²: π·147²/1e−5 = 6,788,667,660; minus π·294/√2e−5 = 206,530: 6,788,461,035 —
    // three times what an int holds, where the count came out as −2147483648.
    QCOMPARE(WaferMath::grossDiesPerWafer(1e-5), Q_INT64_C(6'788'461'035));
    // An area no data can reach stops at the bound instead of overflowing.
    QCOMPARE(WaferMath::grossDiesPerWafer(1e-300), WaferMath::maxGrossDies);
}

void TestWaferMath::inputsBeyondEveryBoundGiveFiniteNonNegativeResults()
{
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(WaferMath::grossDiesPerWafer(nan), 0);
    QCOMPARE(WaferMath::grossDiesPerWafer(inf), 0);
    QCOMPARE(WaferMath::grossDiesPerWafer(-inf), 0);
    for (auto model : { YieldModel::Poisson, YieldModel::Murphy, YieldModel::Seeds,
                        YieldModel::NegativeBinomial }) {
        QCOMPARE(WaferMath::dieYield(model, nan, 0.1), 0.0);
        QCOMPARE(WaferMath::dieYield(model, 100.0, -1.0), 0.0);
        QCOMPARE(WaferMath::dieYield(model, 100.0, inf), 0.0);
        QCOMPARE(WaferMath::dieYield(model, 1e308, 1e308), 0.0);
    }
    // An alpha no model can read means no good die, not NaN.
    QCOMPARE(WaferMath::dieYield(YieldModel::NegativeBinomial, 100.0, 0.1, 0.0), 0.0);
    QCOMPARE(WaferMath::dieYield(YieldModel::NegativeBinomial, 100.0, 0.1, nan), 0.0);
    // Units of 1e308 gave inf and then NaN: now the bound, 1e300.
    QCOMPARE(WaferMath::logicWafers(1e308, 64, 1, 1e-300), WaferMath::maxWafers);
    QCOMPARE(WaferMath::logicWafers(inf, 1, 100, 1.0), WaferMath::maxWafers);
    QCOMPARE(WaferMath::logicWafers(nan, 1, 100, 1.0), 0.0);
    QCOMPARE(WaferMath::logicWafers(-5, 1, 100, 1.0), 0.0);
    QCOMPARE(WaferMath::logicWafers(100, -2, 100, 1.0), 0.0);
    QCOMPARE(WaferMath::logicWafers(100, 1, 100, nan), 0.0);
    QCOMPARE(WaferMath::cowosWafers(1e308, 1, 1e-300), WaferMath::maxWafers);
    QCOMPARE(WaferMath::cowosWafers(100, 10, 0.0), 0.0);
    QCOMPARE(WaferMath::cowosWafers(100, 10, -1.0), 0.0);
    QCOMPARE(WaferMath::cowosWafers(-100, 10, 1.0), 0.0);
    // A packaging yield above 1 cannot make more than every interposer good: 100/10.
    QCOMPARE(WaferMath::cowosWafers(100, 10, 7.0), 10.0);
}

QTEST_GUILESS_MAIN(TestWaferMath)
#include "tst_wafermath.moc"
