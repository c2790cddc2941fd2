// SPDX-License-Identifier: MIT
#include "charts/calibrationchart.h"
#include "charts/capacitychart.h"
#include "charts/chartfactory.h"
#include "charts/charttext.h"
#include "charts/scenariocomparisonchart.h"
#include "charts/sharedonutchart.h"
#include "charts/tornadochart.h"
#include "charts/vendorstackchart.h"
#include "core/localname.h"
#include "models/chartmodels.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

template<typename Series> QList<Series *> seriesOf(QChart *chart)
{
    QList<Series *> found;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            found << typed;
    }
    return found;
}

QBarSet *barSet(QChart *chart, const QString &label)
{
    for (QAbstractBarSeries *series : seriesOf<QAbstractBarSeries>(chart)) {
        for (QBarSet *set : series->barSets()) {
            if (ChartText::shownText(set->label()) == label)
                return set;
        }
    }
    return nullptr;
}

// The labels of the stacked bars' sets, bottom to top.
QStringList stackLabels(QChart *chart)
{
    QStringList labels;
    for (QBarSet *set : seriesOf<QStackedBarSeries>(chart).first()->barSets())
        labels << ChartText::shownText(set->label());
    return labels;
}

} // namespace

/** Every chart type of the workspace, drawn from the default data through the models. */
class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shareChartStacksToHundredWithPublishedMarks();
    void shareTooltipNamesValueScenarioAndSource();
    void volumeChartStacksWafers();
    void splittingOthersShowsEveryVendor();
    void donutHasEveryVendor();
    void scenarioComparisonShowsDifferenceToBase();
    void capacityChartDrawsRecordedCapacity();
    void tornadoPutsLargestSwingOnTop();
    void calibrationPlotsEveryPublishedShare();
    void legendClickHidesAndShowsSeries();
    void chartsFollowAnEdit();
    void publishedMarksHideWithTheirVendor();
    void chineseNamesLabelVendorsWhileEnglishNamesKeyThem();

private:
    std::unique_ptr<ForecastChartView> make(ChartType type, ChartOptions options = {});

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<ChartModels> mModels;
};

void TestCharts::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("charts.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mModels = std::make_unique<ChartModels>();
    mModels->setWorkbook(mWorkbook.get());
}

void TestCharts::cleanupTestCase()
{
    mModels.reset();
    mWorkbook.reset();
}

std::unique_ptr<ForecastChartView> TestCharts::make(ChartType type, ChartOptions options)
{
    options.type = type;
    mModels->applyOptions(options);
    std::unique_ptr<ForecastChartView> view(createChartView(type, mModels.get()));
    view->setOptions(options);
    view->resize(1000, 700);
    return view;
}

void TestCharts::shareChartStacksToHundredWithPublishedMarks()
{
    auto view = make(ChartType::Share);
    auto *chart = view->chart();
    const auto bars = seriesOf<QStackedBarSeries>(chart);
    QCOMPARE(bars.size(), 1);
    QStringList labels;
    for (QBarSet *set : bars.first()->barSets())
        labels << ChartText::shownText(set->label());
    QCOMPARE(
        labels,
        QStringList({ QStringLiteral("Nvidia"), QStringLiteral("Google"), QStringLiteral("AWS"),
                      QStringLiteral("AMD"), QStringLiteral("Others") }));
    // 2026 is the third year; the bars of each year add up to 100 %.
    for (int year = 0; year < 4; ++year) {
        double sum = 0;
        for (QBarSet *set : bars.first()->barSets())
            sum += set->at(year);
        QVERIFY(qAbs(sum - 100.0) < 1e-9);
    }
    QVERIFY(qAbs(barSet(chart, QStringLiteral("Nvidia"))->at(2) - 55.0) <= 1.0);
    // The article's 55 % for Nvidia is marked at 55 (its band starts at 0); Google's 22 % sits
    // on top of Nvidia's modelled band.
    QScatterSeries *nvidia = nullptr, *google = nullptr;
    for (QScatterSeries *marks : seriesOf<QScatterSeries>(chart)) {
        if (ChartText::shownText(marks->name()) == QLatin1String("Nvidia (published)"))
            nvidia = marks;
        if (ChartText::shownText(marks->name()) == QLatin1String("Google (published)"))
            google = marks;
    }
    QVERIFY(nvidia && google);
    QCOMPARE(nvidia->count(), 3); // published for 2024, 2025 and 2026
    QCOMPARE(nvidia->at(2), QPointF(2, 55));
    QVERIFY(qAbs(google->at(2).y() - (barSet(chart, QStringLiteral("Nvidia"))->at(2) + 22)) < 1e-9);
}

void TestCharts::shareTooltipNamesValueScenarioAndSource()
{
    auto view = make(ChartType::Share);
    auto *stack = qobject_cast<VendorStackChart *>(view.get());
    const QString tip = stack->barToolTip(0, 2);
    // By hand from data/assumption.csv (Base, 2026): Blackwell 4.1 M × 2 dies / (61 gross ×
    // Murphy 0.4738) = 283,713 wafers and Rubin 2.9 M × 2 / (59 × 0.4300) = 228,626 (Hopper
    // ships none): 512,339 of all vendors' 941,448 AI compute wafers, 54.4 %.
    QVERIFY2(tip.startsWith(QStringLiteral("Nvidia, 2026: 54.4 % of AI compute wafers (512,339 "
                                           "wafers)")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Scenario Base")));
    QVERIFY2(tip.contains(QStringLiteral("Published: 55 % — 亞馬遜AI晶片逆襲輝達")),
             qPrintable(tip));
    // data/source.csv dates the article to the month: November 2025, no day.
    QVERIFY2(tip.contains(QStringLiteral("(November 2025)")), qPrintable(tip));
}

void TestCharts::volumeChartStacksWafers()
{
    auto view = make(ChartType::Volume);
    auto *chart = view->chart();
    QVERIFY(seriesOf<QScatterSeries>(chart).isEmpty()); // no share marks on volumes
    double total = 0;
    for (QBarSet *set : seriesOf<QStackedBarSeries>(chart).first()->barSets())
        total += set->at(2);
    const double nvidia = barSet(chart, QStringLiteral("Nvidia"))->at(2);
    QVERIFY(nvidia > 100'000);
    QVERIFY(qAbs(100 * nvidia / total - 55.0) <= 1.0);
}

void TestCharts::splittingOthersShowsEveryVendor()
{
    ChartOptions options;
    options.groupSmallVendors = false;
    options.hiddenVendors = { QStringLiteral("AMD") };
    auto view = make(ChartType::Share, options);
    QCOMPARE(stackLabels(view->chart()),
             QStringList({ QStringLiteral("Nvidia"), QStringLiteral("Google"),
                           QStringLiteral("AWS"), QStringLiteral("Microsoft"),
                           QStringLiteral("Meta"), QStringLiteral("Others") }));
}

void TestCharts::donutHasEveryVendor()
{
    ChartOptions options;
    options.year = 2026;
    auto view = make(ChartType::Donut, options);
    const auto pies = seriesOf<QPieSeries>(view->chart());
    QCOMPARE(pies.size(), 1);
    QCOMPARE(pies.first()->count(), 7);
    QVERIFY(qAbs(pies.first()->slices().first()->value() - 55.0) <= 1.0);
}

void TestCharts::scenarioComparisonShowsDifferenceToBase()
{
    ChartOptions options;
    options.year = 2026;
    options.scenarioIds = { 1, 2 }; // Base and "AWS upside": Trainium3 2026 units 1.0 M → 2.0 M
    auto view = make(ChartType::Scenarios, options);
    auto *chart = view->chart();
    QVERIFY(barSet(chart, QStringLiteral("Base")));
    QBarSet *upside = barSet(chart, QStringLiteral("AWS upside"));
    QVERIFY(upside);
    auto *comparison = qobject_cast<ScenarioComparisonChart *>(view.get());
    QCOMPARE(comparison->categories().size(), 5);
    const int aws = static_cast<int>(comparison->categories().indexOf(QStringLiteral("AWS")));
    QVERIFY(upside->at(aws) > barSet(chart, QStringLiteral("Base"))->at(aws) + 2.0);
    const auto axes = chart->axes(Qt::Horizontal);
    const QStringList categories = qobject_cast<QBarCategoryAxis *>(axes.first())->categories();
    QVERIFY2(ChartText::shownText(categories.at(aws)).startsWith(QStringLiteral("AWS (Δ +")),
             qPrintable(categories.at(aws)));
    QVERIFY(comparison->barToolTip(1, aws).contains(QStringLiteral("points against Base")));
}

void TestCharts::capacityChartDrawsRecordedCapacity()
{
    auto view = make(ChartType::Capacity);
    const auto lines = seriesOf<QLineSeries>(view->chart());
    QCOMPARE(lines.size(), 1);
    // data/capacity.csv: TSMC's CoWoS wafers per year, derived from the published monthly rates.
    QCOMPARE(lines.first()->count(), 4);
    QCOMPARE(lines.first()->at(0).y(), 337'500.0);
    QCOMPARE(lines.first()->at(1).y(), 705'000.0);
    QCOMPARE(lines.first()->at(2).y(), 1'230'000.0);
    QCOMPARE(lines.first()->at(3).y(), 1'500'000.0);
    QVERIFY(view->chart()->title().contains(QStringLiteral("demand exceeds capacity in 2027")));
    double demand2026 = 0;
    for (QBarSet *set : seriesOf<QStackedBarSeries>(view->chart()).first()->barSets())
        demand2026 += set->at(2);
    QVERIFY(demand2026 < 1'230'000.0);
}

void TestCharts::tornadoPutsLargestSwingOnTop()
{
    ChartOptions options;
    options.vendor = QStringLiteral("AWS");
    options.year = 2026;
    auto view = make(ChartType::Tornado, options);
    auto *tornado = qobject_cast<TornadoChart *>(view.get());
    QVERIFY(tornado->categories().size() <= TornadoChart::maxBars);
    QVERIFY2(tornado->categories().first().startsWith(QStringLiteral("Trainium")),
             qPrintable(tornado->categories().first()));
}

void TestCharts::calibrationPlotsEveryPublishedShare()
{
    auto view = make(ChartType::Calibration);
    int points = 0;
    QPointF nvidia2026;
    for (QScatterSeries *series : seriesOf<QScatterSeries>(view->chart())) {
        points += series->count();
        if (ChartText::shownText(series->name()) == QLatin1String("Nvidia")) {
            for (const QPointF &point : series->points()) {
                if (point.x() == 55.0)
                    nvidia2026 = point;
            }
        }
    }
    // Published compute-wafer shares: four vendors in each of 2024, 2025 and 2026.
    QCOMPARE(points, 12);
    QVERIFY(qAbs(nvidia2026.y() - 55.0) <= 1.0);
    auto *calibration = qobject_cast<CalibrationChart *>(view.get());
    const int row = calibration->rowsBySeries().value(QStringLiteral("Nvidia")).first();
    // Source 2's title is a description, cited in brackets; its date is a day.
    const QString tip = calibration->pointToolTip(row);
    QVERIFY2(tip.contains(QStringLiteral("Source: [Morgan Stanley AI compute wafer shares "
                                         "2024-2025 (Tom's Hardware article, reprinted)], "
                                         "21 February 2025")),
             qPrintable(tip));
}

void TestCharts::legendClickHidesAndShowsSeries()
{
    auto view = make(ChartType::Capacity);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QLineSeries *capacity = seriesOf<QLineSeries>(view->chart()).first();
    QLegendMarker *marker = view->chart()->legend()->markers(capacity).first();
    Q_EMIT marker->clicked();
    QVERIFY(!capacity->isVisible());
    QVERIFY(marker->isVisible());
    QVERIFY(view->hiddenSeries().contains(capacity->name()));
    Q_EMIT marker->clicked();
    QVERIFY(capacity->isVisible());
}

void TestCharts::chartsFollowAnEdit()
{
    auto view = make(ChartType::Volume);
    const double before = barSet(view->chart(), QStringLiteral("AWS"))->at(2);
    int trainium3 = 0;
    for (const Program &program : mWorkbook->input().programs) {
        if (program.name == QLatin1String("Trainium3"))
            trainium3 = program.id;
    }
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("2000000")),
        QString());
    QVERIFY(barSet(view->chart(), QStringLiteral("AWS"))->at(2) > before);
    mWorkbook->undoStack()->undo();
    QCOMPARE(barSet(view->chart(), QStringLiteral("AWS"))->at(2), before);
}

void TestCharts::publishedMarksHideWithTheirVendor()
{
    auto view = make(ChartType::Share);
    QScatterSeries *marks = nullptr;
    for (QScatterSeries *series : seriesOf<QScatterSeries>(view->chart())) {
        if (ChartText::shownText(series->name()) == QLatin1String("Nvidia (published)"))
            marks = series;
    }
    QVERIFY(marks && marks->isVisible());
    view->setSeriesHidden(QStringLiteral("Nvidia"), true);
    QVERIFY(!marks->isVisible());
    view->setSeriesHidden(QStringLiteral("Nvidia"), false);
    QVERIFY(marks->isVisible());
}

void TestCharts::chineseNamesLabelVendorsWhileEnglishNamesKeyThem()
{
    setNameLanguage(NameLanguage::Chinese);
    const auto english = qScopeGuard([] { setNameLanguage(NameLanguage::English); });

    // The names of data/vendor.csv's name_zh column; the four vendors the article splits out
    // are still found by their English names, and a hidden vendor is still kept by it.
    ChartOptions options;
    options.hiddenVendors = { QStringLiteral("AMD") };
    auto share = make(ChartType::Share, options);
    QCOMPARE(stackLabels(share->chart()),
             (QStringList { QStringLiteral("輝達"), QStringLiteral("Google"),
                            QStringLiteral("亞馬遜AWS"), QStringLiteral("Others") }));
    const auto groups = qobject_cast<VendorStackChart *>(share.get())->groups();
    QCOMPARE(groups.last().key, QStringLiteral("Others"));
    QCOMPARE(groups.last().rows, (QList<int> { 4, 5, 6 })); // Microsoft, Meta, Others
    QVERIFY(qobject_cast<VendorStackChart *>(share.get())
                ->barToolTip(0, 2)
                .startsWith(QStringLiteral("輝達, 2026: 54.4 % of AI compute wafers")));

    auto donut = make(ChartType::Donut);
    QPieSlice *nvidia =
        qobject_cast<ShareDonutChart *>(donut.get())->sliceOf(QStringLiteral("Nvidia"));
    QVERIFY(nvidia);
    QVERIFY(qAbs(nvidia->value() - 55.0) <= 1.0);
    const auto markers = donut->chart()->legend()->markers();
    QVERIFY2(ChartText::shownText(markers.first()->label()).startsWith(QStringLiteral("輝達")),
             qPrintable(markers.first()->label()));

    options = {};
    options.hiddenVendors = { QStringLiteral("Nvidia") };
    auto calibration = make(ChartType::Calibration, options);
    QStringList plotted;
    for (QScatterSeries *series : seriesOf<QScatterSeries>(calibration->chart()))
        plotted << ChartText::shownText(series->name());
    QVERIFY2(!plotted.contains(QStringLiteral("輝達")), qPrintable(plotted.join(u',')));
    QVERIFY2(plotted.contains(QStringLiteral("超微")), qPrintable(plotted.join(u',')));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
