// SPDX-License-Identifier: MIT
#include "chartexporter.h"

#include "svgtext.h"

#include "core/textrules.h"
#include "files/outputfile.h"
#include "files/pdfobjectorder.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLocale>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QScreen>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

#include <cmath>
#include <memory>

namespace ws {

namespace {

enum class Format { Png, Svg, Pdf, Unknown };

// QGraphicsItem::data() key of the interactive mark; any value unlikely to clash with the
// keys a chart's own items use.
constexpr int interactiveKey = 0x5753;
const char *const paintingProperty = "wsChartExporterPainting";

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

// The resolution Qt measures text at when no paint device is given (QFontMetrics, the charts'
// text items); any device the chart is drawn on must report the same, or text is drawn at
// another size than it was laid out for.
double screenDpi()
{
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return std::round(screen->logicalDotsPerInchY());
    return 96.0;
}

int dotsPerMeter(double dpi)
{
    return static_cast<int>(std::lround(dpi / 0.0254));
}

QString titleOf(QChart *chart, const ChartExportSettings &settings)
{
    // Metadata of an SVG is XML: a control character in a typed title would make it unreadable.
    if (!settings.title.isEmpty())
        return TextRules::xmlSafe(TextRules::bounded(settings.title, TextRules::maxNoteLength));
    // Chart titles are rich text ("<b>…</b><br>…"); file metadata wants plain words.
    return TextRules::xmlSafe(
        QTextDocumentFragment::fromHtml(chart->title()).toPlainText().simplified());
}

QColor backgroundOf(const QChart *chart)
{
    const QBrush brush = chart->backgroundBrush();
    if (chart->isBackgroundVisible() && brush.style() == Qt::SolidPattern &&
        brush.color().alpha() == 255)
        return brush.color();
    return Qt::white;
}

// Lays @p chart out now. A chart may adapt to its new plot area (the tornado sizes its labels
// to the rows), which asks for another pass; a few passes settle it.
void activateLayout(QChart *chart)
{
    QGraphicsLayout *layout = chart->layout();
    for (int pass = 0; layout && pass < 3 && !layout->isActivated(); ++pass)
        layout->activate();
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

ChartExporter::Result ChartExporter::exportChart(QChart *chart, const ChartExportSettings &settings,
                                                 QString *error)
{
    const Format format = formatOf(settings.path);
    if (format == Format::Unknown) {
        setError(error,
                 tr("Cannot export to “%1”: the file name must end in .png, .svg or .pdf.")
                     .arg(QDir::toNativeSeparators(settings.path)));
        return Result::UnknownFormat;
    }
    if (!chart) {
        setError(error, tr("There is no chart to export."));
        return Result::CannotWrite;
    }
    if (const QString problem = sizeProblem(settings.size, settings.dpi, format == Format::Png);
        !problem.isEmpty()) {
        setError(error, problem);
        return Result::CannotWrite;
    }

    // Drawn in memory first and written in one go (OutputFile): a drawing that fails touches no
    // file, and a write that fails (a full disk) leaves the earlier file as it was.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString reason;
    bool drawn = false;
    switch (format) {
    case Format::Png:
        drawn = writePng(chart, settings, &buffer, &reason);
        break;
    case Format::Svg:
        drawn = writeSvg(chart, settings, &buffer, &reason);
        break;
    case Format::Pdf:
        drawn = writePdf(chart, settings, &buffer, &reason);
        break;
    case Format::Unknown:
        break;
    }
    buffer.close();
    if (!drawn) {
        setError(error,
                 tr("Cannot write “%1”: %2. Nothing was written.")
                     .arg(QDir::toNativeSeparators(settings.path), reason));
        return Result::CannotWrite;
    }
    // Qt embeds a PDF's fonts in a hash's order, which changes from run to run.
    const QByteArray bytes =
        format == Format::Pdf ? PdfObjectOrder::reorder(buffer.data()) : buffer.data();
    if (const QString failed = OutputFile::write(settings.path, bytes); !failed.isEmpty()) {
        setError(error, failed);
        return Result::CannotWrite;
    }
    return Result::Success;
}

QString ChartExporter::sizeProblem(const QSize &size, double dpi, bool raster)
{
    if (size.isEmpty() || !(dpi > 0.0) || !std::isfinite(dpi))
        return tr("Cannot export a chart of %1 × %2 pixels at %3 dpi.")
            .arg(size.width())
            .arg(size.height())
            .arg(dpi);
    if (!raster)
        return QString();
    const QSize pixels = pixelSize(size, dpi);
    if (pixels.width() > maxPixelSide || pixels.height() > maxPixelSide ||
        qint64(pixels.width()) * pixels.height() > maxPixels)
        return tr("A chart of %1 × %2 pixels at %3 dpi would be a PNG of %4 × %5 pixels, more "
                  "than the %6 pixels (and %7 on a side) a PNG may have here. Choose a smaller "
                  "size or resolution.")
            .arg(size.width())
            .arg(size.height())
            .arg(dpi)
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(QLocale().toString(maxPixels), QLocale().toString(maxPixelSide));
    return QString();
}

QSize ChartExporter::pixelSize(const QSize &size, double dpi)
{
    if (size.isEmpty() || !(dpi > 0.0) || !std::isfinite(dpi))
        return QSize();
    const double ratio = dpi / referenceDpi;
    return QSize(static_cast<int>(std::lround(size.width() * ratio)),
                 static_cast<int>(std::lround(size.height() * ratio)));
}

QImage ChartExporter::image(QChart *chart, const QSize &size, double dpi)
{
    const QSize pixels = pixelSize(size, dpi);
    if (!sizeProblem(size, dpi).isEmpty())
        return QImage();
    QImage picture(pixels, QImage::Format_ARGB32_Premultiplied);
    if (picture.isNull())
        return picture; // out of memory
    // The chart is laid out at its size in logical pixels and drawn at dpi / 96 device pixels
    // each, like a window on a high-density screen: the same picture, only sharper.
    picture.setDevicePixelRatio(dpi / referenceDpi);
    // Fonts are sized at the screen's resolution, as the layout measured them; the dpi asked is
    // recorded once the painting is done.
    picture.setDotsPerMeterX(dotsPerMeter(screenDpi()));
    picture.setDotsPerMeterY(dotsPerMeter(screenDpi()));
    picture.fill(chart ? backgroundOf(chart) : QColor(Qt::white));
    if (chart) {
        QPainter painter(&picture);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        paint(chart, &painter, QRectF(QPointF(), QSizeF(size)));
    }
    picture.setDotsPerMeterX(dotsPerMeter(dpi));
    picture.setDotsPerMeterY(dotsPerMeter(dpi));
    return picture;
}

void ChartExporter::paint(QChart *chart, QPainter *painter, const QRectF &target)
{
    if (!chart || !painter || !painter->isActive() || target.isEmpty())
        return;
    QPaintDevice *device = painter->device();
    const double deviceDpi = device ? device->logicalDpiY() : screenDpi();
    if (!device || device->devType() == QInternal::Picture ||
        std::abs(deviceDpi - screenDpi()) < 0.5) {
        paintAtScreenResolution(chart, painter, target);
        return;
    }
    // A device of another resolution would draw each font at its own dpi while the layout was
    // measured at the screen's. A QPicture records at the screen's resolution and, played on
    // the device, scales everything by device dpi / screen dpi itself, text included (still as
    // text).
    const double scale = deviceDpi / screenDpi();
    QPicture recording;
    {
        QPainter recorder(&recording);
        recorder.setRenderHints(painter->renderHints());
        paintAtScreenResolution(chart, &recorder, QRectF(QPointF(), target.size() / scale));
    }
    painter->drawPicture(target.topLeft(), recording);
}

void ChartExporter::paintAtScreenResolution(QChart *chart, QPainter *painter, const QRectF &target)
{
    QGraphicsScene *scene = chart->scene();
    std::unique_ptr<QGraphicsScene> ownScene;
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }

    QList<QGraphicsItem *> hidden;
    const auto items = scene->items();
    for (QGraphicsItem *item : items) {
        if (isInteractive(item) && item->isVisible()) {
            item->hide();
            hidden << item;
        }
    }
    chart->setProperty(paintingProperty, true);
    // The shadow is a QGraphicsEffect, which rasterises the chart: a PDF or SVG would hold a
    // bitmap instead of vectors and text.
    const bool shadow = chart->isDropShadowEnabled();
    chart->setDropShadowEnabled(false);
    const QRectF onScreen = chart->geometry();
    chart->setGeometry(QRectF(onScreen.topLeft(), target.size()));
    activateLayout(chart);

    painter->save();
    painter->fillRect(target, backgroundOf(chart));
    // The chart may refuse a size below its minimum; then it is fitted, not stretched.
    scene->render(painter, target, chart->mapRectToScene(QRectF(QPointF(), chart->size())),
                  Qt::KeepAspectRatio);
    painter->restore();

    chart->setGeometry(onScreen);
    activateLayout(chart);
    chart->setDropShadowEnabled(shadow);
    chart->setProperty(paintingProperty, false);
    for (QGraphicsItem *item : std::as_const(hidden))
        item->show();
    if (ownScene)
        ownScene->removeItem(chart);
}

bool ChartExporter::writePng(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                             QString *error)
{
    QImageWriter writer(device, QByteArrayLiteral("png"));
    const QString title = titleOf(chart, settings);
    if (!title.isEmpty())
        writer.setText(QStringLiteral("Title"), title);
    if (writer.write(image(chart, settings.size, settings.dpi)))
        return true;
    setError(error, writer.errorString());
    return false;
}

bool ChartExporter::writeSvg(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                             QString *error)
{
    // A vector drawing has no pixels: the dpi is ignored. Coordinates are the layout's pixels;
    // the generator's resolution is the screen's, which makes point sizes of fonts match the
    // layout.
    const QSizeF layout(settings.size);
    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&drawn);
    generator.setResolution(static_cast<int>(screenDpi()));
    generator.setSize(layout.toSize());
    generator.setViewBox(QRectF(QPointF(), layout));
    // QSvgGenerator writes the title into the file as it is given, markup and all.
    generator.setTitle(titleOf(chart, settings).toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error, tr("the SVG writer could not start"));
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(chart, &painter, QRectF(QPointF(), layout));
    if (!painter.end()) {
        setError(error, tr("the SVG writer could not finish"));
        return false;
    }
    QString problem;
    const QByteArray joined = SvgText::joinRuns(drawn.data(), &problem);
    if (joined.isEmpty()) {
        setError(error, problem);
        return false;
    }
    return device->write(joined) == joined.size();
}

bool ChartExporter::writePdf(QChart *chart, const ChartExportSettings &settings, QIODevice *device,
                             QString *error)
{
    QPdfWriter writer(device);
    // A vector page has no pixels: the dpi is ignored. Device pixels at the screen's resolution
    // are the layout's pixels; the page is the size at 96 pixels an inch.
    writer.setResolution(static_cast<int>(screenDpi()));
    writer.setTitle(titleOf(chart, settings));
    writer.setCreator(QCoreApplication::applicationName());
    const QSizeF points = QSizeF(settings.size) * (72.0 / referenceDpi);
    const QPageSize pageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
    if (!writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point))) {
        setError(error,
                 tr("the PDF writer refused a page of %1 × %2 points")
                     .arg(points.width())
                     .arg(points.height()));
        return false;
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        setError(error, tr("the PDF writer could not start"));
        return false;
    }
    paint(chart, &painter, QRectF(QPointF(), QSizeF(settings.size)));
    return painter.end();
}

QMimeData *ChartExporter::mimeData(QChart *chart, const QSize &size, double dpi)
{
    auto *data = new QMimeData;
    if (!chart || size.isEmpty() || !(dpi > 0.0))
        return data;
    const QImage picture = image(chart, size, dpi);
    data->setImageData(picture);
    // Explicit PNG bytes as well: some programs take only a named image type.
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (picture.save(&png, "PNG"))
        data->setData(QStringLiteral("image/png"), png.data());

    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    ChartExportSettings settings;
    settings.size = size;
    settings.dpi = dpi;
    if (writeSvg(chart, settings, &svg, nullptr))
        data->setData(QStringLiteral("image/svg+xml"), svg.data());
    return data;
}

void ChartExporter::markInteractive(QGraphicsItem *item)
{
    if (item)
        item->setData(interactiveKey, true);
}

bool ChartExporter::isInteractive(const QGraphicsItem *item)
{
    return item && item->data(interactiveKey).toBool();
}

bool ChartExporter::isPainting(const QChart *chart)
{
    return chart && chart->property(paintingProperty).toBool();
}

} // namespace ws
