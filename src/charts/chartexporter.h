// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QGraphicsItem;
class QIODevice;
class QMimeData;
class QPainter;
class QRectF;

namespace ws {

/** What ChartExporter::exportChart writes: the file (its suffix picks the format), the size in
    pixels of the picture and the resolution it is meant for. */
struct ChartExportSettings
{
    QString path;
    QSize size { 1200, 800 };
    double dpi = 96.0;
    /** Title stored in the SVG or PDF; empty: the chart's own title as plain text. */
    QString title;
};

/** Writes a chart to PNG, SVG or PDF, or to the clipboard, without any widget: reports, the
    command line and the chart views all export through it.

    Every format goes through paint(), which lays the chart out at the size asked and renders its
    scene there; so the file shows the chart as it would look in a window of that size, whatever
    size it has on screen, and the on-screen chart is left as it was.

    Resolution: text is measured at the screen's logical resolution (96 dpi offscreen and on
    Qt 6 desktops), so a chart exported at @c dpi is laid out at size × 96 / dpi and drawn scaled
    by dpi / 96. A 1200 × 800 picture at 96 dpi holds a 1200 × 800 layout; at 192 dpi the same
    pixels hold a 600 × 400 layout drawn twice as large, with text twice as many pixels high. The
    PNG records the dpi, and the SVG and PDF come out at the physical size size / dpi inches. */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ws::ChartExporter)

public:
    /** CannotWrite also covers a missing chart, an empty size and a resolution that is not
        positive. */
    enum class Result { Success, UnknownFormat, CannotWrite };

    /** Writes @p chart to settings.path, in the format its suffix names (.png, .svg or .pdf, in
        any case). On failure @p error, if given, receives a sentence for the user. A file that
        existed is replaced only once the new one is complete. */
    static Result exportChart(QChart *chart, const ChartExportSettings &settings, QString *error);

    /** The chart as a picture of exactly @p size pixels recording @p dpi, on white (or the
        chart's background colour), with no device pixel ratio. */
    static QImage image(QChart *chart, const QSize &size, double dpi = 96.0);

    /** The one routine every format uses: draws @p chart laid out to fill @p target, in the
        painter's coordinates, then puts the chart back as it was. Items marked interactive are
        left out and the drop shadow is turned off, so vector output holds no raster image. On a
        device whose resolution differs from the screen's (a 1200 dpi printer) the chart is laid
        out at target × screen dpi / device dpi, so text keeps its size relative to the chart. */
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);

    /** PNG (as an image) and SVG ("image/svg+xml") of the chart, for the clipboard; the caller
        owns the result. @p dpi above 96 makes a sharper picture of the same layout. */
    static QMimeData *mimeData(QChart *chart, const QSize &size, double dpi = 96.0);

    /** Marks @p item (a crosshair, a selection or hover mark) as part of the interaction rather
        than of the chart: paint() hides it while drawing. */
    static void markInteractive(QGraphicsItem *item);
    static bool isInteractive(const QGraphicsItem *item);

    /** Whether paint() is drawing @p chart right now; items of a subclass that paint selection
        marks themselves can leave them out while this is true. */
    static bool isPainting(const QChart *chart);

private:
    static bool writePng(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                         QString *error);
    static bool writeSvg(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                         QString *error);
    static bool writePdf(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                         QString *error);
    static void paintAtScreenResolution(QChart *chart, QPainter *painter, const QRectF &target);
};

} // namespace ws
