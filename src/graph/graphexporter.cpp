// SPDX-License-Identifier: MIT
#include "graphexporter.h"

#include "core/textrules.h"

#include "edgeitem.h"
#include "nodeitem.h"
#include "supplychainscene.h"

#include "files/outputfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

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
                                                 QString *error)
{
    const QString suffix = QFileInfo(settings.path).suffix().toLower();
    if (suffix == QLatin1String("graphml"))
        return writeGraphMl(scene, settings.path, error) ? Result::Success : Result::CannotWrite;
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
    if (const QString failed = OutputFile::write(settings.path, buffer.data()); !failed.isEmpty()) {
        *error = failed;
        return Result::CannotWrite;
    }
    return Result::Success;
}

bool GraphExporter::writeGraphMl(SupplyChainScene *scene, const QString &path, QString *error)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    const auto key = [&](const char *id, const char *forWhat, const char *name, const char *type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(forWhat));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(type));
        xml.writeEndElement();
    };
    key("label", "node", "label", "string");
    key("name_zh", "node", "name_zh", "string");
    key("ticker", "node", "ticker", "string");
    key("country", "node", "country", "string");
    key("tier", "node", "tier", "string");
    key("x", "node", "x", "double");
    key("y", "node", "y", "double");
    key("kind", "edge", "kind", "string");
    key("product", "edge", "product", "string");
    key("weight", "edge", "weight", "double");
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("supply_chain"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    const auto data = [&](const char *name, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(name));
        // A control character typed into a hand-edited workbook cannot be written as XML 1.0
        // (QXmlStreamWriter stops with no reason given): it is replaced, the rest kept.
        xml.writeCharacters(TextRules::xmlSafe(value));
        xml.writeEndElement();
    };
    for (NodeItem *node : scene->nodes()) {
        if (!node->isShown())
            continue;
        const Company &company = node->company();
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("c%1").arg(company.id));
        data("label", company.name);
        data("name_zh", company.nameZh);
        data("ticker", company.ticker);
        data("country", company.country);
        data("tier", company.tier);
        data("x", QString::number(node->pos().x(), 'f', 1));
        data("y", QString::number(node->pos().y(), 'f', 1));
        xml.writeEndElement();
    }
    for (EdgeItem *edge : scene->edges()) {
        if (!edge->isShown())
            continue;
        const Relation &relation = edge->relation();
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(relation.id));
        xml.writeAttribute(QStringLiteral("source"),
                           QStringLiteral("c%1").arg(relation.supplierId));
        xml.writeAttribute(QStringLiteral("target"),
                           QStringLiteral("c%1").arg(relation.customerId));
        data("kind", relation.kind);
        data("product", relation.product);
        data("weight", QString::number(relation.weight, 'g', 6));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    if (xml.hasError()) {
        *error = QObject::tr("the GraphML could not be written");
        return false;
    }
    *error = OutputFile::write(path, bytes);
    return error->isEmpty();
}

} // namespace ws
