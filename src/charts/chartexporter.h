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

/** What ChartExporter::exportChart writes: the file (its suffix picks the format), the size of
    the chart's layout in pixels at 96 dpi, and for a PNG the resolution. */
struct ChartExportSettings
{
    QString path;
    QSize size { 1200, 800 };
    /** PNG only: dpi / 96 device pixels to each layout pixel. SVG and PDF ignore it. */
    double dpi = 96.0;
    /** Title stored in the SVG or PDF; empty: the chart's own title as plain text. */
    QString title;
};

/** Writes a chart to PNG, SVG or PDF, or to the clipboard, without any widget: reports, the
    command line and the chart views all export through it.

    Every format goes through paint(), which lays the chart out at the size asked and renders its
    scene there; so the file shows the chart as it would look in a window of that size, whatever
    size it has on screen, and the on-screen chart is left as it was.

    Resolution works like a device pixel ratio, as publication exports do: the chart is always
    laid out at @c size (pixels at 96 dpi), and a PNG at @c dpi has size × dpi / 96 pixels,
    the same picture drawn sharper. A 1200 × 800 chart at 300 dpi is a 3750 × 2500 PNG with the
    layout of the 96-dpi one. The PNG records the dpi. SVG and PDF are vectors: they ignore the
    dpi and come out at size / 96 inches. */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ws::ChartExporter)

public:
    /** CannotWrite also covers a missing chart, an empty size and a resolution that is not
        positive. */
    enum class Result { Success, UnknownFormat, CannotWrite };

    /** The resolution at which a layout pixel is one picture pixel. */
    static constexpr double referenceDpi = 96.0;
    /** The longest side of a PNG, in pixels (PNG readers and QImage stop near 32,767). */
    static constexpr int maxPixelSide = 32767;
    /** The most pixels of a PNG: 600 MB in memory while it is drawn, 1200 × 800 at 1200 dpi. */
    static constexpr qint64 maxPixels = 150'000'000;

    /** The pixels of a PNG of a chart laid out at @p size, at @p dpi. */
    static QSize pixelSize(const QSize &size, double dpi);
    /** Why a chart of @p size at @p dpi cannot be exported (as a PNG, when @p raster): a
        sentence for the user, or empty when it can. */
    static QString sizeProblem(const QSize &size, double dpi, bool raster = true);

    /** Writes @p chart to settings.path, in the format its suffix names (.png, .svg or .pdf, in
        any case). On failure @p error, if given, receives a sentence for the user. A file that
        existed is replaced only once the new one is complete. */
    static Result exportChart(QChart *chart, const ChartExportSettings &settings, QString *error);

    /** The chart laid out at @p size, as a picture of pixelSize(size, dpi) pixels with a device
        pixel ratio of dpi / 96, recording @p dpi, on white (or the chart's background colour).
        A null image when it would be too large (sizeProblem). */
    static QImage image(QChart *chart, const QSize &size, double dpi = 96.0);

    /** The one routine every format uses: draws @p chart laid out to fill @p target, in the
        painter's coordinates, then puts the chart back as it was. Items marked interactive are
        left out and the drop shadow is turned off, so vector output holds no raster image. On a
        device whose resolution differs from the screen's (a 1200 dpi printer) the chart is laid
        out at target × screen dpi / device dpi, so text keeps its size relative to the chart. */
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);

    /** PNG (as an image) and SVG ("image/svg+xml") of the chart laid out at @p size, for the
        clipboard; the caller owns the result. @p dpi above 96 makes a sharper picture of the same
        layout. */
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
