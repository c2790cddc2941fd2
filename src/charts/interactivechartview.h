// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QPointF>
#include <QSet>

class QGraphicsLineItem;
class QMenu;

class QAbstractSeries;

namespace ws {

/** A chart view that behaves as people expect of a modern chart: clicking a legend entry hides
    or shows its series (the entry greys out), rubber-band zoom, wheel zoom, middle- or
    Shift-drag to pan, arrow keys to pan, +/- to zoom, Home / double-click to reset, a crosshair
    on hover, and a right-click menu to copy or export. Every chart of the app derives from it
    and rebuilds its series in rebuild(). */
class InteractiveChartView : public QChartView
{
    Q_OBJECT

public:
    explicit InteractiveChartView(QWidget *parent = nullptr);

    /** Whether zoom, pan and the crosshair apply (not for a donut). Default: true. */
    void setZoomable(bool zoomable);
    bool isZoomable() const { return mZoomable; }

    /** Names of the series (and labels of the bar sets) hidden from the legend; kept across
        rebuilds. */
    QSet<QString> hiddenSeries() const { return mHidden; }
    void setSeriesHidden(const QString &name, bool hidden);

    void resetZoom();

    /** Makes @p series hide and show with the legend entry called @p entry rather than with
        its own (which the chart keeps out of the legend), e.g. published marks beside their
        vendor's bars. */
    static void followLegendEntry(QAbstractSeries *series, const QString &entry);

    /** The right-click menu: Copy, Export…, and Reset zoom when zoomable. The caller owns it. */
    QMenu *createContextMenu(QWidget *parent = nullptr);

    /** Renders the chart to @p path (.png, .svg or .pdf) at @p size; see ChartExporter. */
    bool exportTo(const QString &path, const QSize &size, double dpi, QString *error);
    void copyToClipboard();

Q_SIGNALS:
    /** The user asked, from the right-click menu, to export the chart to a file. */
    void exportRequested();

protected:
    /** Shows @p chart in place of the one the view has. QChartView::setChart() leaves the
        chart it replaces to the caller, so the default chart the constructor made would leak;
        this deletes it. */
    void replaceChart(QChart *chart);

    /** Subclasses call this at the end of each rebuild, once their series exist: it connects the
        legend markers and re-applies the hidden state. A marker hides its series, keyed by the
        series' name; a bar-set marker hides that set's bars (keyed by the set's label, drawn
        transparent as Qt Charts cannot hide one set); a pie-slice marker does nothing, since a
        ring with a slice missing would misstate the other shares. It also keeps the ticks of
        the value axes on round values through zooms (RoundTicks). */
    void finishRebuild();

    /** Called before and after the chart is drawn for an export or a copy. */
    virtual void beginExport() { }
    virtual void endExport() { }

    /** Called whenever the set of hidden series changes (a legend click, setSeriesHidden), once
        the chart shows it: a chart can say what hiding means for what it draws. */
    virtual void hiddenSeriesChanged() { }

    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void toggleSeries();
    void applyHidden();
    void zoomAround(QPointF chartPoint, double factor);
    void panBy(double dx, double dy);
    void updateCrosshair(const QPointF &viewportPoint);
    void hideCrosshair();
    QPointF toChart(const QPointF &viewportPoint) const;

    bool mZoomable = true;
    QSet<QString> mHidden;
    bool mPanning = false;
    QPointF mPanFrom;
    QGraphicsLineItem *mCrosshairVertical = nullptr;
    QGraphicsLineItem *mCrosshairHorizontal = nullptr;
};

} // namespace ws
