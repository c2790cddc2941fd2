// SPDX-License-Identifier: MIT
#include "interactivechartview.h"

#include "chartexporter.h"
#include "charttext.h"
#include "roundticks.h"

#include <QAbstractBarSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

// One wheel notch (120 eighths of a degree) zooms by a quarter: fine enough to aim, and four
// notches still more than double the detail.
constexpr double zoomPerNotch = 1.25;
// An arrow key moves the view by a tenth of the plot area.
constexpr double panStepFraction = 0.1;
// Alpha of a hidden entry's legend marker and label: still readable, clearly switched off.
constexpr int greyedAlpha = 70;

// Dynamic properties on a marker or bar set, so that what they looked like before being greyed
// or hidden lives and dies with the object (markers and sets are recreated on rebuild).
const char *const greyedProperty = "wsGreyed";
const char *const shownLabelBrushProperty = "wsShownLabelBrush";
const char *const shownBrushProperty = "wsShownBrush";
const char *const shownPenProperty = "wsShownPen";
const char *const hiddenSetProperty = "wsHidden";
const char *const shownColorProperty = "wsShownColor";
const char *const shownBorderColorProperty = "wsShownBorderColor";
const char *const shownLabelColorProperty = "wsShownLabelColor";

// What the hidden state is stored under for @p marker; empty if the marker cannot toggle.
QString keyOf(QLegendMarker *marker)
{
    switch (marker->type()) {
    case QLegendMarker::LegendMarkerTypePie:
        return QString();
    case QLegendMarker::LegendMarkerTypeBar:
        if (const QBarSet *set = static_cast<QBarLegendMarker *>(marker)->barset())
            return ChartText::shownText(set->label());
        return QString();
    default:
        return marker->series() ? ChartText::shownText(marker->series()->name()) : QString();
    }
}

QColor faded(QColor color)
{
    color.setAlpha(std::min(color.alpha(), greyedAlpha));
    return color;
}

void setMarkerGreyed(QLegendMarker *marker, bool greyed)
{
    if (marker->property(greyedProperty).toBool() == greyed)
        return;
    if (greyed) {
        marker->setProperty(shownLabelBrushProperty, QVariant::fromValue(marker->labelBrush()));
        marker->setProperty(shownBrushProperty, QVariant::fromValue(marker->brush()));
        marker->setProperty(shownPenProperty, QVariant::fromValue(marker->pen()));
        QBrush label = marker->labelBrush();
        label.setColor(faded(label.color()));
        marker->setLabelBrush(label);
        QBrush brush = marker->brush();
        brush.setColor(faded(brush.color()));
        marker->setBrush(brush);
        QPen pen = marker->pen();
        pen.setColor(faded(pen.color()));
        marker->setPen(pen);
    } else {
        marker->setLabelBrush(marker->property(shownLabelBrushProperty).value<QBrush>());
        marker->setBrush(marker->property(shownBrushProperty).value<QBrush>());
        marker->setPen(marker->property(shownPenProperty).value<QPen>());
    }
    marker->setProperty(greyedProperty, greyed);
}

// Qt Charts has no visibility per bar set: a hidden set is drawn transparent, keeping its
// colours to put back.
void setBarSetShown(QBarSet *set, bool shown)
{
    if (set->property(hiddenSetProperty).toBool() == !shown)
        return;
    if (!shown) {
        set->setProperty(shownColorProperty, set->color());
        set->setProperty(shownBorderColorProperty, set->borderColor());
        set->setProperty(shownLabelColorProperty, set->labelColor());
        set->setColor(Qt::transparent);
        set->setBorderColor(Qt::transparent);
        set->setLabelColor(Qt::transparent);
    } else {
        set->setColor(set->property(shownColorProperty).value<QColor>());
        set->setBorderColor(set->property(shownBorderColorProperty).value<QColor>());
        set->setLabelColor(set->property(shownLabelColorProperty).value<QColor>());
    }
    set->setProperty(hiddenSetProperty, !shown);
}

// Showing or hiding a series makes Qt Charts show or hide all its legend markers; the clicked
// marker must stay (greyed), and markers the chart hid on purpose must stay hidden.
void setSeriesShownKeepingLegend(QChart *chart, QAbstractSeries *series, bool shown)
{
    const auto markers = chart->legend()->markers(series);
    QList<bool> markerVisible;
    for (const QLegendMarker *marker : markers)
        markerVisible << marker->isVisible();
    series->setVisible(shown);
    for (qsizetype i = 0; i < markers.size(); ++i)
        markers.at(i)->setVisible(markerVisible.at(i));
}

// A series that follows another's legend entry (published marks beside their vendor's bars)
// carries that entry's name; every other series answers to its own.
const char legendKeyProperty[] = "wsLegendKey";

QString legendKeyOf(const QAbstractSeries *series)
{
    const QString key = series->property(legendKeyProperty).toString();
    return ChartText::shownText(key.isEmpty() ? series->name() : key);
}

} // namespace

void InteractiveChartView::followLegendEntry(QAbstractSeries *series, const QString &entry)
{
    series->setProperty(legendKeyProperty, entry);
}

InteractiveChartView::InteractiveChartView(QWidget *parent)
    : QChartView(parent)
    , mCrosshairVertical(new QGraphicsLineItem)
    , mCrosshairHorizontal(new QGraphicsLineItem)
{
    setFocusPolicy(Qt::StrongFocus);
    QPen pen(QColor(60, 60, 60, 150), 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    for (QGraphicsLineItem *line : { mCrosshairVertical, mCrosshairHorizontal }) {
        line->setPen(pen);
        // Above the chart and everything in it; transparent to the mouse, so that hovering a
        // point under the line still reaches the series.
        line->setZValue(1.0);
        line->setAcceptedMouseButtons(Qt::NoButton);
        line->setAcceptHoverEvents(false);
        line->hide();
        ChartExporter::markInteractive(line);
        scene()->addItem(line);
    }
    setZoomable(true);
}

void InteractiveChartView::replaceChart(QChart *chart)
{
    QChart *previous = this->chart();
    setChart(chart);
    if (previous != chart)
        delete previous;
}

void InteractiveChartView::setZoomable(bool zoomable)
{
    mZoomable = zoomable;
    // Click-through keeps series' clicked() signals working inside the plot area.
    setRubberBand(zoomable ? RubberBands(RectangleRubberBand | ClickThroughRubberBand)
                           : RubberBands(NoRubberBand));
    if (!zoomable) {
        mPanning = false;
        viewport()->unsetCursor();
        hideCrosshair();
    }
}

void InteractiveChartView::setSeriesHidden(const QString &name, bool hidden)
{
    if (hidden)
        mHidden.insert(name);
    else
        mHidden.remove(name);
    applyHidden();
    hiddenSeriesChanged();
}

void InteractiveChartView::resetZoom()
{
    if (chart())
        chart()->zoomReset();
}

bool InteractiveChartView::exportTo(const QString &path, const QSize &size, double dpi,
                                    QString *error)
{
    ChartExportSettings settings;
    settings.path = path;
    settings.size = size;
    settings.dpi = dpi;
    QString message;
    beginExport();
    const auto result = ChartExporter::exportChart(chart(), settings, &message);
    endExport();
    if (result == ChartExporter::Result::Success)
        return true;
    if (error)
        *error = message;
    return false;
}

void InteractiveChartView::copyToClipboard()
{
    if (!chart())
        return;
    // At the screen's pixel density, so that a paste on a high-density screen stays sharp.
    const double ratio = devicePixelRatioF();
    beginExport();
    QMimeData *copied =
        ChartExporter::mimeData(chart(), size(), ChartExporter::referenceDpi * ratio);
    endExport();
    QGuiApplication::clipboard()->setMimeData(copied);
}

QMenu *InteractiveChartView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    connect(menu->addAction(tr("Copy")), &QAction::triggered, this,
            &InteractiveChartView::copyToClipboard);
    connect(menu->addAction(tr("Export…")), &QAction::triggered, this,
            &InteractiveChartView::exportRequested);
    if (mZoomable) {
        menu->addSeparator();
        connect(menu->addAction(tr("Reset zoom")), &QAction::triggered, this,
                &InteractiveChartView::resetZoom);
    }
    return menu;
}

void InteractiveChartView::finishRebuild()
{
    if (!chart())
        return;
    // Markers of removed series are deleted with their connections; markers that survive a
    // rebuild are already connected, which UniqueConnection turns into a no-op.
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->type() == QLegendMarker::LegendMarkerTypePie)
            continue;
        connect(marker, &QLegendMarker::clicked, this, &InteractiveChartView::toggleSeries,
                Qt::UniqueConnection);
    }
    // Zooming and panning change the value axes' ranges; their ticks stay on round values.
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            RoundTicks::follow(values);
    }
    applyHidden();
}

void InteractiveChartView::toggleSeries()
{
    auto *marker = qobject_cast<QLegendMarker *>(sender());
    if (!marker)
        return;
    const QString key = keyOf(marker);
    if (!key.isEmpty())
        setSeriesHidden(key, !mHidden.contains(key));
}

void InteractiveChartView::applyHidden()
{
    QChart *chart = this->chart();
    if (!chart)
        return;
    // Markers of series added since the legend was last laid out report themselves hidden
    // until it is; laying it out now lets setSeriesShownKeepingLegend tell them apart from
    // markers hidden on purpose.
    if (QGraphicsLayout *layout = chart->legend()->layout())
        layout->activate();
    const auto markers = chart->legend()->markers();
    // Grey markers before hiding and restore them after showing: a bar marker follows its
    // set's colour, which goes transparent while hidden.
    for (QLegendMarker *marker : markers) {
        const QString key = keyOf(marker);
        if (!key.isEmpty() && mHidden.contains(key))
            setMarkerGreyed(marker, true);
    }
    const auto allSeries = chart->series();
    for (QAbstractSeries *series : allSeries) {
        if (series->type() == QAbstractSeries::SeriesTypePie)
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                setBarSetShown(set,
                               set->label().isEmpty() ||
                                   !mHidden.contains(ChartText::shownText(set->label())));
        } else if (!legendKeyOf(series).isEmpty()) {
            const bool shown = !mHidden.contains(legendKeyOf(series));
            if (series->isVisible() != shown)
                setSeriesShownKeepingLegend(chart, series, shown);
        }
    }
    for (QLegendMarker *marker : markers) {
        const QString key = keyOf(marker);
        if (key.isEmpty() || !mHidden.contains(key))
            setMarkerGreyed(marker, false);
    }
}

QPointF InteractiveChartView::toChart(const QPointF &viewportPoint) const
{
    return chart()->mapFromScene(mapToScene(viewportPoint.toPoint()));
}

void InteractiveChartView::zoomAround(QPointF chartPoint, double factor)
{
    const QRectF area = chart()->plotArea();
    if (!area.contains(chartPoint))
        chartPoint = area.center();
    // The rectangle that, stretched to the plot area, keeps chartPoint where it is; a factor
    // below 1 gives a rectangle larger than the plot area, which zooms out.
    const QRectF shown(chartPoint.x() - (chartPoint.x() - area.left()) / factor,
                       chartPoint.y() - (chartPoint.y() - area.top()) / factor,
                       area.width() / factor, area.height() / factor);
    chart()->zoomIn(shown);
}

void InteractiveChartView::panBy(double dx, double dy)
{
    // QChart::scroll does not record where zoomReset() returns to, as zooming does; a zoom to
    // the whole plot area records it without changing the view.
    if (!chart()->isZoomed())
        chart()->zoomIn(chart()->plotArea());
    chart()->scroll(dx, dy);
}

void InteractiveChartView::updateCrosshair(const QPointF &viewportPoint)
{
    if (!mZoomable || mPanning || !chart()) {
        hideCrosshair();
        return;
    }
    const QPointF point = toChart(viewportPoint);
    const QRectF area = chart()->plotArea();
    if (!area.contains(point)) {
        hideCrosshair();
        return;
    }
    const QPointF at = chart()->mapToScene(point);
    const QRectF sceneArea = chart()->mapRectToScene(area);
    mCrosshairVertical->setLine(at.x(), sceneArea.top(), at.x(), sceneArea.bottom());
    mCrosshairHorizontal->setLine(sceneArea.left(), at.y(), sceneArea.right(), at.y());
    mCrosshairVertical->show();
    mCrosshairHorizontal->show();
}

void InteractiveChartView::hideCrosshair()
{
    mCrosshairVertical->hide();
    mCrosshairHorizontal->hide();
}

void InteractiveChartView::mousePressEvent(QMouseEvent *event)
{
    const bool panButton = event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (mZoomable && chart() && panButton) {
        mPanning = true;
        mPanFrom = event->position();
        hideCrosshair();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPointF delta = event->position() - mPanFrom;
        mPanFrom = event->position();
        // The data follow the hand: dragging right brings lower x into view, dragging down
        // higher y.
        panBy(-delta.x(), delta.y());
        event->accept();
        return;
    }
    updateCrosshair(event->position());
    QChartView::mouseMoveEvent(event);
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        if (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton) {
            mPanning = false;
            viewport()->unsetCursor();
            updateCrosshair(event->position());
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        // QChartView zooms out on a right click when a rubber band is set; here the right
        // button opens the menu, so the release skips QChartView.
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mZoomable && chart() && event->button() == Qt::LeftButton &&
        chart()->plotArea().contains(toChart(event->position()))) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void InteractiveChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (!mZoomable || !chart() || delta == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    zoomAround(toChart(event->position()), std::pow(zoomPerNotch, delta / 120.0));
    event->accept();
}

void InteractiveChartView::keyPressEvent(QKeyEvent *event)
{
    if (mZoomable && chart()) {
        const QRectF area = chart()->plotArea();
        const double stepX = area.width() * panStepFraction;
        const double stepY = area.height() * panStepFraction;
        switch (event->key()) {
        case Qt::Key_Left:
            panBy(-stepX, 0.0);
            break;
        case Qt::Key_Right:
            panBy(stepX, 0.0);
            break;
        case Qt::Key_Up:
            panBy(0.0, stepY);
            break;
        case Qt::Key_Down:
            panBy(0.0, -stepY);
            break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomAround(area.center(), zoomPerNotch);
            break;
        case Qt::Key_Minus:
            zoomAround(area.center(), 1.0 / zoomPerNotch);
            break;
        case Qt::Key_Home:
            resetZoom();
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

void InteractiveChartView::leaveEvent(QEvent *event)
{
    hideCrosshair();
    QChartView::leaveEvent(event);
}

void InteractiveChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!chart()) {
        QChartView::contextMenuEvent(event);
        return;
    }
    hideCrosshair();
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace ws
