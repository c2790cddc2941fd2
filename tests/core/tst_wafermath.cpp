// SPDX-License-Identifier: MIT
#include "core/wafermath.h"

#include <QFile>
#include <QTest>

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
    QVERIFY(qIsNaN(WaferMath::logicWafers(1000, 1, 0, 1.0)));
    QCOMPARE(WaferMath::logicWafers(0, 1, 0, 1.0), 0.0);
}

void TestWaferMath::narrowerEdgeExclusionFitsMoreDies()
{
    // R = 150: π·150²/100 = 706.86, π·300/√200 = 66.64, floor(640.2) = 640.
    QCOMPARE(WaferMath::grossDiesPerWafer(100.0, WaferGeometry { 300.0, 0.0 }), 640);
}

QTEST_GUILESS_MAIN(TestWaferMath)
#include "tst_wafermath.moc"
