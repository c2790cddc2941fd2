// SPDX-License-Identifier: MIT
#include "charts/tornadochart.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/sensitivity.h"
#include "models/sensitivitymodel.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace ws;

namespace {

// Alpha's A1 and Beta's B1 and B2 make 1,000 wafers each in 2026 (613,000 dies of 100 mm² and
// no defects: 613 good dies a wafer), so Alpha has a third of them.
ForecastInput threePrograms()
{
    const QList<Vendor> vendors = {
        { 1, QStringLiteral("Alpha"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
        { 2, QStringLiteral("Beta"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") }
    };
    const QList<Program> programs = { { 10, 1, QStringLiteral("A1"), {} },
                                      { 20, 2, QStringLiteral("B1"), {} },
                                      { 21, 2, QStringLiteral("B2"), {} } };
    QList<AssumptionCell> cells;
    for (int id : { 10, 20, 21 }) {
        const auto cell = [&](AssumptionField field, const char *value) {
            cells << AssumptionCell { id, 2026, field, QString::fromLatin1(value) };
        };
        cell(AssumptionField::Units, "613000");
        cell(AssumptionField::DiesPerPackage, "1");
        cell(AssumptionField::DieAreaMm2, "100");
        cell(AssumptionField::DefectDensity, "0");
        cell(AssumptionField::YieldModel, "murphy");
        cell(AssumptionField::InterposerAreaMm2, "2700");
        cell(AssumptionField::PackagingYield, "0.75");
    }
    return ForecastBuilder::build(vendors, programs, { cells }).input;
}

void fill(SensitivityModel &model, const ForecastInput &input, int vendor, int year,
          Metric metric = Metric::ComputeWafers)
{
    const int yearIndex = input.yearIndex(year);
    const auto rows = SensitivityAnalysis::run(input, vendor, yearIndex, metric);
    const double base = ForecastEngine::compute(input).sharePercent(metric, vendor, yearIndex);
    model.setResult(input, rows, base, input.vendors.at(vendor).name, year, metric);
}

QHorizontalStackedBarSeries *barSeries(const TornadoChart &chart)
{
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
            return bars;
    }
    return nullptr;
}

} // namespace

/** The table of a sensitivity analysis and the tornado chart drawn from it. */
class TestSensitivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void hasARowPerMovedInputAndSevenColumns();
    void servesExactNumbersInRoles();
    void tornadoShowsEveryRowOfASmallAnalysis();
    void tornadoShowsTheTopFifteenOfTheDefaultData();
    void tornadoFollowsTheModel();
    void tornadoOverlapsBarsOnTheSameSide();

private:
    QTemporaryDir mDir;
    ForecastInput mDefault;
};

void TestSensitivityModel::initTestCase()
{
    QVERIFY(mDir.isValid());
    auto opened = Database::open(mDir.filePath(QStringLiteral("sensitivity.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    ForecastRepository repository(opened.database->connection());
    const auto base = repository.scenarioByName(QStringLiteral("Base"));
    QVERIFY(base);
    const auto built = repository.loadForecast(base->id);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(QLatin1Char('\n'))));
    mDefault = built.input;
}

void TestSensitivityModel::passesModelTester()
{
    SensitivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model, mDefault, mDefault.vendorIndex(QStringLiteral("AWS")), 2026);
    QVERIFY(model.rowCount() > 0);
    fill(model, mDefault, mDefault.vendorIndex(QStringLiteral("Nvidia")), 2025,
         Metric::CowosWafers);
    fill(model, threePrograms(), 0, 2026);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSensitivityModel::hasARowPerMovedInputAndSevenColumns()
{
    SensitivityModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    fill(model, threePrograms(), 0, 2026);
    QCOMPARE(reset.size(), 1);
    // Units, dies per package and die area of three programs; nothing else moves logic wafers
    // when there are no defects.
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.columnCount(), 7);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({ QStringLiteral("Program"), QStringLiteral("Input"),
                           QStringLiteral("Low value"), QStringLiteral("High value"),
                           QStringLiteral("Share at low"), QStringLiteral("Share at high"),
                           QStringLiteral("Swing") }));

    // First row, worked out by hand: A1's die area 100 mm² ± 20 %. 80 mm² fits 775 dies, so
    // 613,000 / 775 = 790.97 wafers, 28.34 % of 2,790.97; 120 mm² fits 506, 1,211.46 wafers,
    // 37.72 % of 3,211.46. Swing +9.38 points.
    const auto text = [&](int column) {
        return model.index(0, column).data().toString();
    };
    QCOMPARE(text(SensitivityModel::ProgramColumn), QStringLiteral("A1"));
    QCOMPARE(text(SensitivityModel::InputColumn), QStringLiteral("die area (mm²)"));
    QCOMPARE(text(SensitivityModel::LowValueColumn), QStringLiteral("80"));
    QCOMPARE(text(SensitivityModel::HighValueColumn), QStringLiteral("120"));
    QCOMPARE(text(SensitivityModel::LowShareColumn), QStringLiteral("28.34 %"));
    QCOMPARE(text(SensitivityModel::HighShareColumn), QStringLiteral("37.72 %"));
    QCOMPARE(text(SensitivityModel::SwingColumn), QStringLiteral("+9.38"));
    // Second row: A1's units, 490,400 and 735,600 packages.
    QCOMPARE(model.index(1, SensitivityModel::InputColumn).data().toString(),
             QStringLiteral("units"));
    QCOMPARE(model.index(1, SensitivityModel::LowValueColumn)
                 .data(SensitivityModel::ValueRole)
                 .toDouble(),
             490'400.0);
    // A rival's input lowers Alpha's share: a negative swing, shown with its sign.
    QVERIFY(model.index(4, SensitivityModel::SwingColumn)
                .data()
                .toString()
                .startsWith(QLatin1Char('-')));
}

void TestSensitivityModel::servesExactNumbersInRoles()
{
    SensitivityModel model;
    fill(model, threePrograms(), 0, 2026);
    const QModelIndex units = model.index(1, 0);
    // A1's units ± 20 %: 1,200 / 3,200 = 37.5 %; 800 / 2,800 = 28.5714 %; base 1/3.
    QCOMPARE(units.data(SensitivityModel::FieldRole).toInt(),
             static_cast<int>(AssumptionField::Units));
    QCOMPARE(units.data(SensitivityModel::ProgramIndexRole).toInt(), 0);
    QVERIFY(std::abs(units.data(SensitivityModel::HighShareRole).toDouble() - 37.5) < 1e-9);
    QVERIFY(std::abs(units.data(SensitivityModel::LowShareRole).toDouble() - 28.571428571) < 1e-6);
    QVERIFY(std::abs(units.data(SensitivityModel::BaseShareRole).toDouble() - 100.0 / 3.0) < 1e-9);
    QVERIFY(std::abs(units.data(SensitivityModel::SwingRole).toDouble() - 8.928571429) < 1e-6);
    QCOMPARE(units.data(SensitivityModel::BaseValueRole).toDouble(), 613'000.0);
    QCOMPARE(units.data(SensitivityModel::LabelRole).toString(), QStringLiteral("A1 · units"));
    const QString tip = units.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("37.5000 %")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("A1 (Alpha)")), qPrintable(tip));
    QCOMPARE(model.vendorName(), QStringLiteral("Alpha"));
    QCOMPARE(model.year(), 2026);
}

void TestSensitivityModel::tornadoShowsEveryRowOfASmallAnalysis()
{
    SensitivityModel model;
    fill(model, threePrograms(), 0, 2026);
    TornadoChart chart;
    chart.setModel(&model);
    const QStringList categories = chart.categories();
    QCOMPARE(categories.size(), 9);
    QCOMPARE(categories.first(), QStringLiteral("A1 · die area (mm²)"));

    auto *bars = barSeries(chart);
    QVERIFY(bars);
    // The largest swing is drawn at the top, which a horizontal bar axis counts last. Its bars
    // start at the base share (0): −5.0 points down and +4.4 up, by the hand figures above.
    const int top = categories.size() - 1;
    QVERIFY(std::abs(bars->barSets().at(0)->at(top) - (28.340268 - 100.0 / 3.0)) < 1e-4);
    QVERIFY(std::abs(bars->barSets().at(1)->at(top) - (37.723077 - 100.0 / 3.0)) < 1e-4);
    // The change axis is symmetric about the base share.
    const auto axes = chart.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *change = qobject_cast<QValueAxis *>(axes.first());
    QVERIFY(change);
    QCOMPARE(change->min(), -change->max());
    QVERIFY(change->max() >= 37.723077 - 100.0 / 3.0);
    QVERIFY(change->titleText().contains(QStringLiteral("Change in Alpha share")));
}

void TestSensitivityModel::tornadoShowsTheTopFifteenOfTheDefaultData()
{
    SensitivityModel model;
    fill(model, mDefault, mDefault.vendorIndex(QStringLiteral("AWS")), 2026);
    QVERIFY2(model.rowCount() > TornadoChart::maxBars,
             qPrintable(QString::number(model.rowCount())));
    TornadoChart chart;
    chart.setModel(&model);
    const QStringList categories = chart.categories();
    QCOMPARE(categories.size(), 15);
    for (int i = 0; i < categories.size(); ++i)
        QCOMPARE(categories[i], model.index(i, 0).data(SensitivityModel::LabelRole).toString());
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), 15);
    QVERIFY(chart.chart()->title().contains(QStringLiteral("AWS")));
    QVERIFY(chart.chart()->title().contains(QStringLiteral("2026")));
    QVERIFY(chart.chart()->title().contains(QStringLiteral("±20 %")));
}

void TestSensitivityModel::tornadoFollowsTheModel()
{
    SensitivityModel model;
    TornadoChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.categories().size(), 0);
    fill(model, threePrograms(), 0, 2026);
    QCOMPARE(chart.categories().size(), 9);
    fill(model, threePrograms(), 0, 2026, Metric::CowosWafers);
    // CoWoS wafers read units, interposer area and packaging yield.
    QCOMPARE(chart.categories().size(), 9);
    QVERIFY(chart.categories().contains(QStringLiteral("B2 · interposer area (mm²)")));
    model.clear();
    QCOMPARE(chart.categories().size(), 0);
    QVERIFY(!barSeries(chart));
}

void TestSensitivityModel::tornadoOverlapsBarsOnTheSameSide()
{
    // Stacked bars continue from where the previous set ended; when both moves push the share
    // the same way, the shorter bar must be drawn from zero and the longer reach its own end.
    const ForecastInput input = threePrograms();
    SensitivityRow lowShorter;
    lowShorter.programIndex = 0;
    lowShorter.field = AssumptionField::DieAreaMm2;
    lowShorter.lowShare = 30.0; // base 29: +1
    lowShorter.highShare = 32.0; // +3
    lowShorter.swing = 2.0;
    SensitivityRow lowLonger = lowShorter;
    lowLonger.programIndex = 1;
    lowLonger.lowShare = 25.0; // −4
    lowLonger.highShare = 27.0; // −2
    lowLonger.swing = 2.0;
    SensitivityModel model;
    model.setResult(input, { lowShorter, lowLonger }, 29.0, QStringLiteral("Alpha"), 2026,
                    Metric::ComputeWafers);
    TornadoChart chart;
    chart.setModel(&model);
    auto *bars = barSeries(chart);
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 3); // low, high, and the rest of a longer low bar
    const QBarSet *low = bars->barSets().at(0);
    const QBarSet *high = bars->barSets().at(1);
    const QBarSet *lowRest = bars->barSets().at(2);
    // Categories count from the bottom: the first row (by the model's tie order) is on top.
    QCOMPARE(chart.categories().first(), QStringLiteral("A1 · die area (mm²)"));
    // Top: low from 0 to +1, then high from +1 on to its own +3.
    QCOMPARE(low->at(1), 1.0);
    QCOMPARE(high->at(1), 2.0);
    QCOMPARE(lowRest->at(1), 0.0);
    // Bottom: high from 0 to −2, then the low colour from −2 on to its own −4.
    QCOMPARE(low->at(0), 0.0);
    QCOMPARE(high->at(0), -2.0);
    QCOMPARE(lowRest->at(0), -2.0);
}

QTEST_MAIN(TestSensitivityModel)
#include "tst_sensitivitymodel.moc"
