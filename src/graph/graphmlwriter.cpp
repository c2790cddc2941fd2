// SPDX-License-Identifier: MIT
#include "graphmlwriter.h"

#include "core/textrules.h"

#include "edgeitem.h"
#include "graphcolours.h"
#include "graphmetrics.h"
#include "nodeitem.h"
#include "supplychainscene.h"
#include "tierstyle.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace ws {

namespace {

const QString graphMlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
const QString yedNamespace = QStringLiteral("http://www.yworks.com/xml/graphml");
const QString schemaInstanceNamespace = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
// yEd's schema: GraphML 1.0's own, with <data> redefined to hold yEd's graphics. The plain
// GraphML schema allows only text in <data>, so a validator is pointed at this one, as yEd's own
// files point it.
const QString schemaLocation =
    graphMlNamespace + QStringLiteral(" http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");

/** @p value in the C locale with @p decimals places, never "-0.0": the same number is always
    written the same way. */
QString fixed(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('-')) &&
        std::all_of(text.cbegin() + 1, text.cend(),
                    [](QChar c) { return c == QLatin1Char('0') || c == QLatin1Char('.'); }))
        text.remove(0, 1);
    return text;
}

class GraphMlWriter
{
public:
    GraphMlWriter(SupplyChainScene *scene, const GraphMetrics &metrics)
        : mScene(scene)
        , mMetrics(metrics)
        , mXml(&mBytes)
    {
        mXml.setAutoFormatting(true);
    }

    QByteArray write()
    {
        mXml.writeStartDocument();
        mXml.writeStartElement(QStringLiteral("graphml"));
        mXml.writeDefaultNamespace(graphMlNamespace);
        mXml.writeNamespace(schemaInstanceNamespace, QStringLiteral("xsi"));
        mXml.writeNamespace(yedNamespace, QStringLiteral("y"));
        mXml.writeAttribute(schemaInstanceNamespace, QStringLiteral("schemaLocation"),
                            schemaLocation);
        writeKeys();
        mXml.writeStartElement(QStringLiteral("graph"));
        mXml.writeAttribute(QStringLiteral("id"), QStringLiteral("supply_chain"));
        mXml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
        if (!mMetrics.scenario.isEmpty())
            data(QStringLiteral("impact_scenario"), mMetrics.scenario);
        if (mMetrics.year)
            data(QStringLiteral("impact_year"), QString::number(mMetrics.year));
        writeNodes();
        writeEdges();
        mXml.writeEndElement(); // graph
        mXml.writeEndElement(); // graphml
        mXml.writeEndDocument();
        return mXml.hasError() ? QByteArray() : mBytes;
    }

private:
    void key(const QString &id, const char *forWhat, const char *type)
    {
        mXml.writeStartElement(QStringLiteral("key"));
        mXml.writeAttribute(QStringLiteral("id"), id);
        mXml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(forWhat));
        mXml.writeAttribute(QStringLiteral("attr.name"), id);
        mXml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(type));
        mXml.writeEndElement();
    }

    void writeKeys()
    {
        for (const char *name : { "name", "label", "name_zh", "ticker", "country", "tier" })
            key(QString::fromLatin1(name), "node", "string");
        key(QStringLiteral("x"), "node", "double");
        key(QStringLiteral("y"), "node", "double");
        for (const GraphMetrics::VendorColumn &vendor : mMetrics.vendors)
            key(vendor.key, "node", "double");
        key(QStringLiteral("impact"), "node", "double");
        key(QStringLiteral("impact_scenario"), "graph", "string");
        key(QStringLiteral("impact_year"), "graph", "int");
        // yEd's own drawing of a node; it has no attribute name or type.
        mXml.writeStartElement(QStringLiteral("key"));
        mXml.writeAttribute(QStringLiteral("id"), QStringLiteral("graphics"));
        mXml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
        mXml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
        mXml.writeEndElement();
        key(QStringLiteral("kind"), "edge", "string");
        key(QStringLiteral("product"), "edge", "string");
        key(QStringLiteral("weight"), "edge", "double");
    }

    void data(const QString &key, const QString &value)
    {
        mXml.writeStartElement(QStringLiteral("data"));
        mXml.writeAttribute(QStringLiteral("key"), key);
        // A control character typed into a hand-edited workbook cannot be written as XML 1.0
        // (QXmlStreamWriter stops with no reason given): it is replaced, the rest kept.
        mXml.writeCharacters(TextRules::xmlSafe(value));
        mXml.writeEndElement();
    }

    /** yEd's box: where and how large it is drawn, in the tier's colour, with the name. */
    void writeGraphics(const NodeItem *node)
    {
        const QRectF box = node->box().translated(node->pos());
        const QColor fill = tierColor(node->company().tier);
        mXml.writeStartElement(QStringLiteral("data"));
        mXml.writeAttribute(QStringLiteral("key"), QStringLiteral("graphics"));
        mXml.writeStartElement(yedNamespace, QStringLiteral("ShapeNode"));
        mXml.writeStartElement(yedNamespace, QStringLiteral("Geometry"));
        mXml.writeAttribute(QStringLiteral("x"), fixed(box.x(), 1));
        mXml.writeAttribute(QStringLiteral("y"), fixed(box.y(), 1));
        mXml.writeAttribute(QStringLiteral("width"), fixed(box.width(), 1));
        mXml.writeAttribute(QStringLiteral("height"), fixed(box.height(), 1));
        mXml.writeEndElement();
        mXml.writeStartElement(yedNamespace, QStringLiteral("Fill"));
        mXml.writeAttribute(QStringLiteral("color"), fill.name().toUpper());
        mXml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
        mXml.writeEndElement();
        mXml.writeStartElement(yedNamespace, QStringLiteral("BorderStyle"));
        mXml.writeAttribute(QStringLiteral("color"),
                            GraphColours::paper().border(fill).name().toUpper());
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
        mXml.writeAttribute(QStringLiteral("width"), QStringLiteral("1.0"));
        mXml.writeEndElement();
        mXml.writeStartElement(yedNamespace, QStringLiteral("NodeLabel"));
        mXml.writeAttribute(QStringLiteral("textColor"),
                            GraphColours::textOn(fill).name().toUpper());
        mXml.writeCharacters(TextRules::xmlSafe(node->company().name));
        mXml.writeEndElement();
        mXml.writeStartElement(yedNamespace, QStringLiteral("Shape"));
        mXml.writeAttribute(QStringLiteral("type"), QStringLiteral("roundrectangle"));
        mXml.writeEndElement();
        mXml.writeEndElement(); // ShapeNode
        mXml.writeEndElement(); // data
    }

    void writeNodes()
    {
        QList<NodeItem *> nodes = mScene->nodes();
        std::sort(nodes.begin(), nodes.end(), [](const NodeItem *a, const NodeItem *b) {
            return a->companyId() < b->companyId();
        });
        for (const NodeItem *node : std::as_const(nodes)) {
            if (!node->isShown())
                continue;
            const Company &company = node->company();
            mXml.writeStartElement(QStringLiteral("node"));
            mXml.writeAttribute(QStringLiteral("id"), QStringLiteral("c%1").arg(company.id));
            // First: readers that take yEd's geometry and label as attributes (networkx) let
            // the typed data after it have the last word.
            writeGraphics(node);
            data(QStringLiteral("name"), company.name);
            data(QStringLiteral("label"), company.name);
            data(QStringLiteral("name_zh"), company.nameZh);
            data(QStringLiteral("ticker"), company.ticker);
            data(QStringLiteral("country"), company.country);
            data(QStringLiteral("tier"), company.tier);
            data(QStringLiteral("x"), fixed(node->pos().x(), 1));
            data(QStringLiteral("y"), fixed(node->pos().y(), 1));
            const auto exposure = mMetrics.exposure.find(company.id);
            for (qsizetype v = 0; v < mMetrics.vendors.size(); ++v) {
                const double value =
                    exposure != mMetrics.exposure.end() && v < exposure->second.size()
                    ? exposure->second.at(v)
                    : 0.0;
                data(mMetrics.vendors.at(v).key, fixed(value, 6));
            }
            if (const auto impact = mMetrics.impact.find(company.id);
                impact != mMetrics.impact.end())
                data(QStringLiteral("impact"), fixed(impact->second, 3));
            mXml.writeEndElement();
        }
    }

    void writeEdges()
    {
        QList<EdgeItem *> edges = mScene->edges();
        std::sort(edges.begin(), edges.end(), [](const EdgeItem *a, const EdgeItem *b) {
            return a->relationId() < b->relationId();
        });
        for (const EdgeItem *edge : std::as_const(edges)) {
            if (!edge->isShown())
                continue;
            const Relation &relation = edge->relation();
            mXml.writeStartElement(QStringLiteral("edge"));
            mXml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(relation.id));
            mXml.writeAttribute(QStringLiteral("source"),
                                QStringLiteral("c%1").arg(relation.supplierId));
            mXml.writeAttribute(QStringLiteral("target"),
                                QStringLiteral("c%1").arg(relation.customerId));
            data(QStringLiteral("kind"), relation.kind);
            data(QStringLiteral("product"), relation.product);
            data(QStringLiteral("weight"), fixed(relation.weight, 6));
            mXml.writeEndElement();
        }
    }

    SupplyChainScene *mScene;
    const GraphMetrics &mMetrics;
    QByteArray mBytes;
    QXmlStreamWriter mXml;
};

} // namespace

QByteArray graphMl(SupplyChainScene *scene, const GraphMetrics &metrics)
{
    return GraphMlWriter(scene, metrics).write();
}

} // namespace ws
