// SPDX-License-Identifier: MIT
#include "charts/chartexporter.h"
#include "charts/interactivechartview.h"

#include <QAction>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <memory>

using namespace ws;

namespace {

const QStringList vendors = { QStringLiteral("Nvidia"), QStringLiteral("Google"),
                              QStringLiteral("AWS"), QStringLiteral("AMD") };

/** Four vendors' shares from 2022 to 2027 on axes 2022–2027 × 0–80, built by hand; rebuild()
    replaces every series, as the application's charts do when their model changes. */
class VendorLinesView : public InteractiveChartView
{
public:
    VendorLinesView()
        : mYears(new QValueAxis)
        , mShare(new QValueAxis)
    {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setTitle(QStringLiteral("Compute wafer share"));
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->addAxis(mYears, Qt::AlignBottom);
        chart->addAxis(mShare, Qt::AlignLeft);
        replaceChart(chart);
        rebuild();
    }

    void rebuild()
    {
        chart()->removeAllSeries();
        const QList<QColor> colors = { QColor(0x76, 0xB9, 0x00), QColor(0x42, 0x85, 0xF4),
                                       QColor(0xFF, 0x99, 0x00), QColor(0xED, 0x1C, 0x24) };
        for (int v = 0; v < vendors.size(); ++v) {
            auto *series = new QLineSeries;
            series->setName(vendors.at(v));
            series->setColor(colors.at(v));
            for (int year = 2022; year <= 2027; ++year)
                series->append(year, 60.0 - 15.0 * v + (year - 2022));
            chart()->addSeries(series);
            series->attachAxis(mYears);
            series->attachAxis(mShare);
        }
        mYears->setRange(2022, 2027);
        mShare->setRange(0, 80);
        finishRebuild();
    }

    void rebuildWithoutReplacing() { finishRebuild(); }

    QLineSeries *series(const QString &name) const
    {
        const auto all = chart()->series();
        for (QAbstractSeries *s : all) {
            if (s->name() == name)
                return static_cast<QLineSeries *>(s);
        }
        return nullptr;
    }
    QLegendMarker *marker(const QString &name) const
    {
        const auto markers = chart()->legend()->markers(series(name));
        return markers.isEmpty() ? nullptr : markers.first();
    }

    QValueAxis *mYears;
    QValueAxis *mShare;
};

} // namespace

/** InteractiveChartView's legend toggling, zoom, pan, crosshair and menu, driven as a user
    would. */
class TestInteractiveChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickingLegendEntryHidesSeriesAndGreysIt();
    void secondClickShowsSeriesAgain();
    void hiddenSeriesStayHiddenAfterRebuild();
    void markersAreConnectedOnce();
    void barSetMarkerHidesOnlyItsSet();
    void wheelZoomsAroundCursorAndHomeResets();
    void wheelDownZoomsOut();
    void rubberBandDragZoomsToTheRectangle();
    void arrowKeysPanByATenthAndHomeResets();
    void middleDragPansWithTheHand();
    void doubleClickResetsZoom();
    void notZoomableIgnoresWheelKeysAndDrags();
    void crosshairFollowsCursorInsidePlotArea();
    void contextMenuOffersCopyExportAndReset();
    void copyPutsPngAndSvgOnClipboard();
    void exportToReportsFailure();

private:
    void sendWheel(const QPointF &at, int angle);
    QPoint plotPoint(double fx, double fy) const;
    QList<QGraphicsLineItem *> crosshair() const;

    std::unique_ptr<VendorLinesView> mView;
};

void TestInteractiveChartView::init()
{
    mView = std::make_unique<VendorLinesView>();
    mView->resize(640, 440);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    QCOMPARE(mView->mYears->min(), 2022.0);
    QCOMPARE(mView->mYears->max(), 2027.0);
}

void TestInteractiveChartView::cleanup()
{
    mView.reset();
}

void TestInteractiveChartView::sendWheel(const QPointF &at, int angle)
{
    QWheelEvent event(at, mView->viewport()->mapToGlobal(at), QPoint(), QPoint(0, angle),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mView->viewport(), &event);
}

// A point of the plot area, given as fractions of its width and height from the top left.
QPoint TestInteractiveChartView::plotPoint(double fx, double fy) const
{
    const QRectF area = mView->chart()->plotArea();
    const QPointF inChart(area.left() + fx * area.width(), area.top() + fy * area.height());
    return mView->mapFromScene(mView->chart()->mapToScene(inChart));
}

QList<QGraphicsLineItem *> TestInteractiveChartView::crosshair() const
{
    QList<QGraphicsLineItem *> lines;
    const auto items = mView->scene()->items();
    for (QGraphicsItem *item : items) {
        if (ChartExporter::isInteractive(item)) {
            if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item))
                lines << line;
        }
    }
    return lines;
}

void TestInteractiveChartView::clickingLegendEntryHidesSeriesAndGreysIt()
{
    // Click the legend's "Google" label where a user would.
    QGraphicsTextItem *label = nullptr;
    const auto items = mView->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->toPlainText() == QLatin1String("Google") &&
            mView->chart()->legend()->isAncestorOf(text))
            label = text;
    }
    QVERIFY(label);
    const QPoint at = mView->mapFromScene(label->sceneBoundingRect().center());
    QTest::mouseClick(mView->viewport(), Qt::LeftButton, Qt::NoModifier, at);

    QTRY_VERIFY(!mView->series(QStringLiteral("Google"))->isVisible());
    QCOMPARE(mView->hiddenSeries(), QSet<QString> { QStringLiteral("Google") });
    QLegendMarker *marker = mView->marker(QStringLiteral("Google"));
    QVERIFY(marker->isVisible());
    QVERIFY(marker->labelBrush().color().alpha() < 128);
    QVERIFY(marker->brush().color().alpha() < 128);
    QVERIFY(mView->series(QStringLiteral("Nvidia"))->isVisible());
    QCOMPARE(mView->marker(QStringLiteral("Nvidia"))->brush().color().alpha(), 255);
}

void TestInteractiveChartView::secondClickShowsSeriesAgain()
{
    QLegendMarker *marker = mView->marker(QStringLiteral("AWS"));
    const QColor shownLabel = marker->labelBrush().color();
    Q_EMIT marker->clicked();
    QVERIFY(!mView->series(QStringLiteral("AWS"))->isVisible());
    Q_EMIT marker->clicked();
    QVERIFY(mView->series(QStringLiteral("AWS"))->isVisible());
    QVERIFY(mView->hiddenSeries().isEmpty());
    QVERIFY(marker->isVisible());
    QCOMPARE(marker->labelBrush().color(), shownLabel);
    QCOMPARE(marker->brush().color(), QColor(0xFF, 0x99, 0x00));
}

void TestInteractiveChartView::hiddenSeriesStayHiddenAfterRebuild()
{
    Q_EMIT mView->marker(QStringLiteral("AMD"))->clicked();
    QLineSeries *before = mView->series(QStringLiteral("AMD"));
    mView->rebuild();
    QLineSeries *after = mView->series(QStringLiteral("AMD"));
    QVERIFY(after != before);
    QVERIFY(!after->isVisible());
    QVERIFY(mView->marker(QStringLiteral("AMD"))->isVisible());
    QVERIFY(mView->marker(QStringLiteral("AMD"))->brush().color().alpha() < 128);
    QVERIFY(mView->series(QStringLiteral("Nvidia"))->isVisible());
    // The new marker is connected: clicking it shows the new series.
    Q_EMIT mView->marker(QStringLiteral("AMD"))->clicked();
    QVERIFY(after->isVisible());
    QCOMPARE(mView->marker(QStringLiteral("AMD"))->brush().color(), QColor(0xED, 0x1C, 0x24));
}

void TestInteractiveChartView::markersAreConnectedOnce()
{
    mView->rebuildWithoutReplacing();
    mView->rebuildWithoutReplacing();
    // Connected three times, one click would toggle three times and still end hidden; connected
    // twice, it would end visible. Once: hidden.
    Q_EMIT mView->marker(QStringLiteral("Nvidia"))->clicked();
    QVERIFY(!mView->series(QStringLiteral("Nvidia"))->isVisible());
    Q_EMIT mView->marker(QStringLiteral("Nvidia"))->clicked();
    QVERIFY(mView->series(QStringLiteral("Nvidia"))->isVisible());
}

void TestInteractiveChartView::barSetMarkerHidesOnlyItsSet()
{
    auto *low = new QBarSet(QStringLiteral("low"));
    auto *high = new QBarSet(QStringLiteral("high"));
    *low << 1 << 2;
    *high << 3 << 4;
    low->setColor(Qt::darkGreen);
    high->setColor(Qt::darkBlue);
    auto *bars = new QBarSeries;
    bars->setName(QStringLiteral("bars"));
    bars->append({ low, high });
    mView->chart()->addSeries(bars);
    mView->rebuildWithoutReplacing();
    QBarLegendMarker *lowMarker = nullptr;
    const auto markers = mView->chart()->legend()->markers(bars);
    for (QLegendMarker *marker : markers) {
        if (static_cast<QBarLegendMarker *>(marker)->barset() == low)
            lowMarker = static_cast<QBarLegendMarker *>(marker);
    }
    QVERIFY(lowMarker);
    Q_EMIT lowMarker->clicked();
    QVERIFY(bars->isVisible());
    QCOMPARE(low->color().alpha(), 0);
    QCOMPARE(high->color(), QColor(Qt::darkBlue));
    QVERIFY(lowMarker->isVisible());
    QVERIFY(lowMarker->brush().color().alpha() > 0);
    QVERIFY(lowMarker->brush().color().alpha() < 128);
    Q_EMIT lowMarker->clicked();
    QCOMPARE(low->color(), QColor(Qt::darkGreen));
    QCOMPARE(lowMarker->brush().color(), QColor(Qt::darkGreen));
}

void TestInteractiveChartView::wheelZoomsAroundCursorAndHomeResets()
{
    // A quarter of the way across the plot: the year under the cursor is 2022 + 5/4 = 2023.25.
    const QPoint at = plotPoint(0.25, 0.5);
    sendWheel(at, 120);
    const double min = mView->mYears->min();
    const double max = mView->mYears->max();
    // One notch shows 1/1.25 of the span, 4 years, keeping 2023.25 at a quarter.
    QVERIFY2(qAbs((max - min) - 4.0) < 0.02, qPrintable(QString::number(max - min)));
    QVERIFY(qAbs(min + 0.25 * (max - min) - 2023.25) < 0.02);
    QCOMPARE(mView->mShare->max() - mView->mShare->min(), 64.0);

    QTest::keyClick(mView.get(), Qt::Key_Home);
    QCOMPARE(mView->mYears->min(), 2022.0);
    QCOMPARE(mView->mYears->max(), 2027.0);
    QCOMPARE(mView->mShare->max(), 80.0);
}

void TestInteractiveChartView::wheelDownZoomsOut()
{
    sendWheel(plotPoint(0.5, 0.5), -120);
    // 1.25 times the span of 5 years, about the same centre.
    QVERIFY(qAbs(mView->mYears->max() - mView->mYears->min() - 6.25) < 0.02);
    QVERIFY(qAbs((mView->mYears->max() + mView->mYears->min()) / 2 - 2024.5) < 0.02);
}

void TestInteractiveChartView::rubberBandDragZoomsToTheRectangle()
{
    QWidget *viewport = mView->viewport();
    const QPoint from = plotPoint(0.2, 0.2);
    const QPoint to = plotPoint(0.6, 0.7);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);
    // 2022 + 0.2 × 5 = 2023 to 2022 + 0.6 × 5 = 2025, within a pixel.
    const double pixel = 5.0 / mView->chart()->plotArea().width();
    QVERIFY2(qAbs(mView->mYears->min() - 2023.0) < 2 * pixel,
             qPrintable(QString::number(mView->mYears->min())));
    QVERIFY(qAbs(mView->mYears->max() - 2025.0) < 2 * pixel);
}

void TestInteractiveChartView::arrowKeysPanByATenthAndHomeResets()
{
    QTest::keyClick(mView.get(), Qt::Key_Left);
    QVERIFY(qAbs(mView->mYears->min() - 2021.5) < 1e-6);
    QVERIFY(qAbs(mView->mYears->max() - 2026.5) < 1e-6);
    QTest::keyClick(mView.get(), Qt::Key_Right);
    QTest::keyClick(mView.get(), Qt::Key_Right);
    QVERIFY(qAbs(mView->mYears->min() - 2022.5) < 1e-6);
    QTest::keyClick(mView.get(), Qt::Key_Up);
    QVERIFY(qAbs(mView->mShare->min() - 8.0) < 1e-6);
    QVERIFY(qAbs(mView->mShare->max() - 88.0) < 1e-6);
    QTest::keyClick(mView.get(), Qt::Key_Home);
    QCOMPARE(mView->mYears->min(), 2022.0);
    QCOMPARE(mView->mShare->min(), 0.0);
}

void TestInteractiveChartView::middleDragPansWithTheHand()
{
    QWidget *viewport = mView->viewport();
    const QPoint from = plotPoint(0.5, 0.5);
    const int dx = static_cast<int>(mView->chart()->plotArea().width() / 5.0); // one year
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, from + QPoint(dx, 0));
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, from + QPoint(dx, 0));
    // Dragged a year to the right: the view now starts a year earlier.
    const double moved = dx * 5.0 / mView->chart()->plotArea().width();
    QVERIFY2(qAbs(mView->mYears->min() - (2022.0 - moved)) < 1e-6,
             qPrintable(QString::number(mView->mYears->min())));
    QCOMPARE(mView->mShare->min(), 0.0);
    QTest::keyClick(mView.get(), Qt::Key_Home);
    QCOMPARE(mView->mYears->min(), 2022.0);
}

void TestInteractiveChartView::doubleClickResetsZoom()
{
    sendWheel(plotPoint(0.5, 0.5), 240);
    QVERIFY(mView->mYears->min() > 2022.0);
    QTest::mouseDClick(mView->viewport(), Qt::LeftButton, Qt::NoModifier, plotPoint(0.5, 0.5));
    QCOMPARE(mView->mYears->min(), 2022.0);
    QCOMPARE(mView->mYears->max(), 2027.0);
}

void TestInteractiveChartView::notZoomableIgnoresWheelKeysAndDrags()
{
    mView->setZoomable(false);
    QVERIFY(!mView->isZoomable());
    sendWheel(plotPoint(0.5, 0.5), 120);
    QTest::keyClick(mView.get(), Qt::Key_Left);
    QTest::keyClick(mView.get(), Qt::Key_Up);
    QWidget *viewport = mView->viewport();
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, plotPoint(0.5, 0.5));
    QTest::mouseMove(viewport, plotPoint(0.8, 0.5));
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, plotPoint(0.8, 0.5));
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(0.2, 0.2));
    QTest::mouseMove(viewport, plotPoint(0.6, 0.7));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, plotPoint(0.6, 0.7));
    QCOMPARE(mView->mYears->min(), 2022.0);
    QCOMPARE(mView->mYears->max(), 2027.0);
    QCOMPARE(mView->mShare->min(), 0.0);
    QCOMPARE(mView->mShare->max(), 80.0);
    for (QGraphicsLineItem *line : crosshair())
        QVERIFY(!line->isVisible());
    std::unique_ptr<QMenu> menu(mView->createContextMenu());
    for (QAction *action : menu->actions())
        QVERIFY(action->text() != QLatin1String("Reset zoom"));
}

void TestInteractiveChartView::crosshairFollowsCursorInsidePlotArea()
{
    const QList<QGraphicsLineItem *> lines = crosshair();
    QCOMPARE(lines.size(), 2);
    const QPoint at = plotPoint(0.3, 0.6);
    QTest::mouseMove(mView->viewport(), at);
    QTRY_VERIFY(lines.at(0)->isVisible());
    QVERIFY(lines.at(1)->isVisible());
    const QPointF scenePoint = mView->mapToScene(at);
    const QRectF area = mView->chart()->mapRectToScene(mView->chart()->plotArea());
    for (QGraphicsLineItem *line : lines) {
        const QLineF l = line->line();
        if (qFuzzyCompare(l.x1(), l.x2())) {
            QCOMPARE(l.x1(), scenePoint.x());
            QCOMPARE(l.y1(), area.top());
            QCOMPARE(l.y2(), area.bottom());
        } else {
            QCOMPARE(l.y1(), scenePoint.y());
            QCOMPARE(l.x1(), area.left());
            QCOMPARE(l.x2(), area.right());
        }
        QVERIFY(line->zValue() > mView->chart()->zValue());
    }
    // Over the legend, outside the plot area: no crosshair.
    QTest::mouseMove(mView->viewport(),
                     mView->mapFromScene(mView->chart()->legend()->sceneBoundingRect().center()));
    QTRY_VERIFY(!lines.at(0)->isVisible());
    QTest::mouseMove(mView->viewport(), at);
    QTRY_VERIFY(lines.at(0)->isVisible());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(mView.get(), &leave);
    QVERIFY(!lines.at(0)->isVisible());
    QVERIFY(!lines.at(1)->isVisible());
}

void TestInteractiveChartView::contextMenuOffersCopyExportAndReset()
{
    std::unique_ptr<QMenu> menu(mView->createContextMenu());
    QStringList texts;
    QHash<QString, QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
            actions.insert(action->text(), action);
        }
    }
    QCOMPARE(texts,
             QStringList({ QStringLiteral("Copy"), QStringLiteral("Export…"),
                           QStringLiteral("Reset zoom") }));
    QSignalSpy exportRequested(mView.get(), &InteractiveChartView::exportRequested);
    actions.value(QStringLiteral("Export…"))->trigger();
    QCOMPARE(exportRequested.count(), 1);
    QTest::keyClick(mView.get(), Qt::Key_Right);
    QVERIFY(mView->mYears->min() > 2022.0);
    actions.value(QStringLiteral("Reset zoom"))->trigger();
    QCOMPARE(mView->mYears->min(), 2022.0);
}

void TestInteractiveChartView::copyPutsPngAndSvgOnClipboard()
{
    mView->copyToClipboard();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QCOMPARE(image.size(), mView->size() * mView->devicePixelRatioF());
    const QByteArray svg = data->data(QStringLiteral("image/svg+xml"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains(">Nvidia<"));
}

void TestInteractiveChartView::exportToReportsFailure()
{
    QString error;
    QVERIFY(!mView->exportTo(QStringLiteral("/nonexistent-folder/chart.png"), QSize(300, 200), 96,
                             &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!mView->exportTo(QStringLiteral("chart.gif"), QSize(300, 200), 96, &error));
    QVERIFY(error.contains(QStringLiteral(".svg")));
}

QTEST_MAIN(TestInteractiveChartView)
#include "tst_interactivechartview.moc"
