// SPDX-License-Identifier: MIT
#include "graphexporter.h"

#include "core/textrules.h"

#include "graphmlwriter.h"
#include "nodeitem.h"
#include "supplychainscene.h"

#include "files/outputfile.h"
#include "files/pdfobjectorder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

#include <cmath>

namespace ws {

namespace {

constexpr double titleHeight = 28.0;
constexpr double margin = 16.0;

/** For the time of a paint: paper colours whatever the screen's palette (exports and reports
    are read on white), and every company drawn as itself even if the view is zoomed out. */
class PaperScene
{
public:
    explicit PaperScene(SupplyChainScene *scene)
        : mScene(scene)
        , mColours(scene->colours())
        , mOverview(scene->isOverview())
    {
        mScene->setColours(GraphColours::paper());
        mScene->setOverview(false);
    }
    ~PaperScene()
    {
        mScene->setOverview(mOverview);
        mScene->setColours(mColours);
    }
    PaperScene(const PaperScene &) = delete;
    PaperScene &operator=(const PaperScene &) = delete;

private:
    SupplyChainScene *mScene;
    GraphColours mColours;
    bool mOverview;
};

} // namespace

QRectF GraphExporter::visibleBounds(SupplyChainScene *scene)
{
    QRectF bounds;
    for (NodeItem *node : scene->nodes()) {
        if (node->isShown())
            bounds |= node->sceneBoundingRect();
    }
    return bounds.adjusted(-margin, -margin, margin, margin);
}

void GraphExporter::paint(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                          const QString &title)
{
    paintRegion(scene, painter, target, title, QRectF());
}

void GraphExporter::paintPart(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                              const QRectF &source)
{
    paintRegion(scene, painter, target, QString(), source);
}

void GraphExporter::paintRegion(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                                const QString &title, const QRectF &source)
{
    // Paper colours and every company itself for the time of the paint; a recording below
    // paints again, which is harmless.
    const PaperScene paper(scene);
    // On a device of another resolution (a 300 dpi PDF, a printer) fonts would be drawn at its
    // dpi while the boxes were sized at the screen's: record at the screen's resolution and let
    // the picture scale everything, text included (still as text).
    QPaintDevice *device = painter->device();
    const double screenDpi = 96.0;
    if (device && device->devType() != QInternal::Picture &&
        std::abs(device->logicalDpiY() - screenDpi) > 0.5) {
        const double scale = device->logicalDpiY() / screenDpi;
        QPicture recording;
        {
            QPainter recorder(&recording);
            recorder.setRenderHints(painter->renderHints());
            paintRegion(scene, &recorder, QRectF(QPointF(), target.size() / scale), title, source);
        }
        painter->drawPicture(target.topLeft(), recording);
        return;
    }
    QRectF graphTarget = target;
    if (!title.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(11);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(target.left(), target.top(), target.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, title);
        graphTarget.setTop(target.top() + titleHeight);
    }
    // Hidden items are not rendered by QGraphicsScene::render; selection marks would be, so
    // the selection is cleared for the time of the paint.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    scene->render(painter, graphTarget, source.isEmpty() ? visibleBounds(scene) : source,
                  Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

GraphExporter::Result GraphExporter::exportGraph(SupplyChainScene *scene, const Settings &settings,
                                                 QString *error, const GraphMetrics &metrics)
{
    const QString suffix = QFileInfo(settings.path).suffix().toLower();
    if (suffix == QLatin1String("graphml"))
        return writeGraphMl(scene, settings.path, error, metrics) ? Result::Success
                                                                  : Result::CannotWrite;
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf")) {
        *error = QObject::tr("unknown format '.%1': use .png, .svg, .pdf or .graphml").arg(suffix);
        return Result::UnknownFormat;
    }

    const QRectF bounds = visibleBounds(scene);
    const double extra = settings.title.isEmpty() ? 0.0 : titleHeight;
    const QSizeF size(bounds.width(), bounds.height() + extra);
    // Drawn in memory and written in one go (OutputFile), so that a failed write (a full disk)
    // leaves the earlier file as it was instead of a cut-off picture.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        QImage image((size * settings.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(scene, &painter, QRectF(QPointF(0, 0), QSizeF(image.size())), settings.title);
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            *error = QObject::tr("the image could not be encoded");
            return Result::CannotWrite;
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        // QSvgGenerator writes the title into the file as it is given, markup and all.
        svg.setTitle((settings.title.isEmpty() ? QObject::tr("Supply chain")
                                               : TextRules::xmlSafe(settings.title))
                         .toHtmlEscaped());
        QPainter painter(&svg);
        paint(scene, &painter, QRectF(QPointF(0, 0), size), settings.title);
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(settings.title);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(size, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        paint(scene, &painter, QRectF(QPointF(0, 0), size), settings.title);
    }
    buffer.close();
    // Qt embeds a PDF's fonts in a hash's order, which changes from run to run.
    const QByteArray bytes =
        suffix == QLatin1String("pdf") ? PdfObjectOrder::reorder(buffer.data()) : buffer.data();
    if (const QString failed = OutputFile::write(settings.path, bytes); !failed.isEmpty()) {
        *error = failed;
        return Result::CannotWrite;
    }
    return Result::Success;
}

bool GraphExporter::writeGraphMl(SupplyChainScene *scene, const QString &path, QString *error,
                                 const GraphMetrics &metrics)
{
    const QByteArray bytes = graphMl(scene, metrics);
    if (bytes.isEmpty()) {
        *error = QObject::tr("the GraphML could not be written");
        return false;
    }
    *error = OutputFile::write(path, bytes);
    return error->isEmpty();
}

} // namespace ws
