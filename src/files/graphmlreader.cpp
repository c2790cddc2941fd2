// SPDX-License-Identifier: MIT
#include "graphmlreader.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

namespace ws {

QString GraphMlProblem::text() const
{
    if (element.isEmpty())
        return line > 0 ? tr("line %1: %2").arg(line).arg(reason) : reason;
    const QString where = line > 0 ? tr("%1 (line %2)").arg(element).arg(line) : element;
    return attribute.isEmpty() ? tr("%1: %2").arg(where, reason)
                               : tr("%1, %2: %3").arg(where, attribute, reason);
}

namespace GraphMlReader {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::GraphMlReader", text);
}

const QString graphMlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
const QString yedNamespace = QStringLiteral("http://www.yworks.com/xml/graphml");

// One pass over the XML; the first problem stops it, as nothing after a broken part can be
// trusted.
class Parser
{
public:
    Parser(const QByteArray &bytes, GraphMlGraph *graph)
        : mXml(bytes)
        , mGraph(graph)
    {
    }

    QList<GraphMlProblem> run()
    {
        if (readDocument())
            finish();
        QString xmlError = mXml.errorString();
        if (xmlError.endsWith(QLatin1Char('.')))
            xmlError.chop(1);
        if (mXml.hasError() && mProblem.reason.isEmpty())
            mProblem = { {},
                         static_cast<int>(mXml.lineNumber()),
                         {},
                         tr("this is not well-formed XML, at column %1: %2")
                             .arg(mXml.columnNumber())
                             .arg(xmlError) };
        if (mProblem.reason.isEmpty())
            return {};
        *mGraph = GraphMlGraph();
        return { mProblem };
    }

private:
    int line() const { return static_cast<int>(mXml.lineNumber()); }

    bool fail(const QString &reason, int at = -1)
    {
        if (mProblem.reason.isEmpty())
            mProblem = { {}, at < 0 ? line() : at, {}, reason };
        return false;
    }

    // GraphML's own elements; older files leave the namespace out.
    bool isGraphMl() const
    {
        const QStringView ns = mXml.namespaceUri();
        return ns.isEmpty() || ns == graphMlNamespace;
    }

    QString attribute(const char *name) const
    {
        return mXml.attributes().value(QLatin1String(name)).toString();
    }

    bool readDocument()
    {
        // Everything before the root element: a DOCTYPE is refused, so that no entity is ever
        // declared, let alone expanded (GraphML has no DTD).
        while (!mXml.atEnd()) {
            mXml.readNext();
            if (mXml.tokenType() == QXmlStreamReader::DTD)
                return fail(tr("the file has a document type declaration (<!DOCTYPE …>), which "
                               "GraphML does not use; it is refused so that no entity it "
                               "declares is expanded"));
            if (mXml.tokenType() == QXmlStreamReader::StartElement)
                break;
        }
        if (mXml.hasError())
            return false;
        if (mXml.tokenType() != QXmlStreamReader::StartElement)
            return fail(tr("the file holds no XML element; it is not GraphML"));
        if (mXml.name() != QLatin1String("graphml") || !isGraphMl())
            return fail(tr("the file's root element is <%1>, not <graphml>: it is not a GraphML "
                           "file")
                            .arg(mXml.qualifiedName()));
        bool graphSeen = false;
        while (mXml.readNextStartElement()) {
            if (!isGraphMl()) {
                mXml.skipCurrentElement();
            } else if (mXml.name() == QLatin1String("key")) {
                readKey();
            } else if (mXml.name() == QLatin1String("graph")) {
                if (graphSeen)
                    return fail(tr("the file holds more than one <graph>; import them one at "
                                   "a time"));
                graphSeen = true;
                if (!readGraph())
                    return false;
            } else {
                mXml.skipCurrentElement(); // <data> of the document, <desc>
            }
        }
        if (mXml.hasError())
            return false;
        if (!graphSeen)
            return fail(tr("the file holds no <graph>"));
        return true;
    }

    void readKey()
    {
        GraphMlKey key;
        key.id = attribute("id");
        key.domain = attribute("for");
        if (key.domain.isEmpty())
            key.domain = QStringLiteral("all");
        key.name = attribute("attr.name");
        if (key.name.isEmpty())
            key.name = key.id;
        key.type = attribute("attr.type");
        key.yfilesType = attribute("yfiles.type");
        const int at = line();
        while (mXml.readNextStartElement()) {
            if (isGraphMl() && mXml.name() == QLatin1String("default")) {
                key.hasDefault = true;
                key.defaultValue = mXml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                mXml.skipCurrentElement();
            }
        }
        static const QStringList types = { QStringLiteral("boolean"), QStringLiteral("int"),
                                           QStringLiteral("long"),    QStringLiteral("float"),
                                           QStringLiteral("double"),  QStringLiteral("string") };
        if (key.id.isEmpty())
            fail(tr("a <key> has no id"), at);
        else if (!key.type.isEmpty() && !types.contains(key.type))
            fail(tr("key '%1' has attr.type '%2'; GraphML's types are %3")
                     .arg(key.id, key.type, types.join(QStringLiteral(", "))),
                 at);
        else
            mGraph->keys << key;
    }

    bool readGraph()
    {
        const bool directedByDefault = attribute("edgedefault") != QLatin1String("undirected");
        while (mXml.readNextStartElement()) {
            if (!isGraphMl()) {
                mXml.skipCurrentElement();
                continue;
            }
            const QStringView name = mXml.name();
            if (name == QLatin1String("node")) {
                if (!readNode())
                    return false;
            } else if (name == QLatin1String("edge")) {
                if (!readEdge(directedByDefault))
                    return false;
            } else if (name == QLatin1String("hyperedge")) {
                return fail(tr("the graph has a <hyperedge>, an edge joining more than two nodes; "
                               "a relation joins one supplier to one customer: replace it by "
                               "edges"));
            } else if (name == QLatin1String("locator")) {
                return fail(tr("the graph is kept in another file (<locator>); import that "
                               "file"));
            } else if (name == QLatin1String("graph")) {
                return fail(tr("a <graph> inside the graph: nested graphs cannot be imported"));
            } else {
                mXml.skipCurrentElement(); // <data> of the graph, <desc>
            }
        }
        return !mXml.hasError();
    }

    // The content of a node or an edge: its data; a graph inside it is refused.
    bool readItemContent(GraphMlItem *item, const QString &what)
    {
        while (mXml.readNextStartElement()) {
            if (!isGraphMl()) {
                mXml.skipCurrentElement();
            } else if (mXml.name() == QLatin1String("data")) {
                if (!readData(item))
                    return false;
            } else if (mXml.name() == QLatin1String("graph")) {
                return fail(tr("%1 holds a graph of its own (a nested graph, or a group in "
                               "yEd); only one flat graph can be imported: ungroup it first")
                                .arg(what));
            } else if (mXml.name() == QLatin1String("locator")) {
                return fail(tr("%1 refers to a graph in another file (<locator>), which cannot "
                               "be imported")
                                .arg(what));
            } else {
                mXml.skipCurrentElement(); // <port>, <desc>
            }
        }
        return !mXml.hasError();
    }

    bool readNode()
    {
        GraphMlItem node;
        node.id = attribute("id");
        node.line = line();
        if (node.id.isEmpty())
            return fail(tr("a <node> has no id"));
        if (const auto seen = mNodeLines.constFind(node.id); seen != mNodeLines.cend())
            return fail(tr("node id '%1' is given twice (lines %2 and %3)")
                            .arg(node.id)
                            .arg(*seen)
                            .arg(node.line));
        mNodeLines.insert(node.id, node.line);
        if (!readItemContent(&node, tr("node %1").arg(node.id)))
            return false;
        mGraph->nodes << node;
        return true;
    }

    bool readEdge(bool directedByDefault)
    {
        GraphMlItem edge;
        edge.id = attribute("id");
        edge.line = line();
        edge.source = attribute("source");
        edge.target = attribute("target");
        const QString directed = attribute("directed");
        edge.directed = directed.isEmpty() ? directedByDefault : directed == QLatin1String("true");
        if (edge.source.isEmpty() || edge.target.isEmpty())
            return fail(tr("an <edge> needs both a source and a target"));
        if (!readItemContent(&edge, tr("edge %1").arg(edge.id)))
            return false;
        mGraph->edges << edge;
        return true;
    }

    // A <data>: its text, or for yEd's graphics the first label found in them.
    bool readData(GraphMlItem *item)
    {
        const QString key = attribute("key");
        if (key.isEmpty())
            return fail(tr("a <data> has no key"));
        if (!mDataKeys.contains(key))
            mDataKeys.insert(key, line());
        QString text;
        int depth = 0;
        while (!mXml.atEnd()) {
            mXml.readNext();
            switch (mXml.tokenType()) {
            case QXmlStreamReader::Characters:
                if (depth == 0)
                    text += mXml.text();
                break;
            case QXmlStreamReader::StartElement:
                if (mXml.namespaceUri() == yedNamespace &&
                    mXml.name() == QLatin1String("NodeLabel"))
                    readYedLabel(item);
                else
                    ++depth;
                break;
            case QXmlStreamReader::EndElement:
                if (depth == 0) {
                    item->data.insert(key, text);
                    return true;
                }
                --depth;
                break;
            default:
                break;
            }
        }
        return false;
    }

    // A label's own text; newer yEd files put its model after the text, as child elements.
    void readYedLabel(GraphMlItem *item)
    {
        QString text;
        while (!mXml.atEnd()) {
            mXml.readNext();
            if (mXml.tokenType() == QXmlStreamReader::Characters)
                text += mXml.text();
            else if (mXml.tokenType() == QXmlStreamReader::StartElement)
                mXml.skipCurrentElement();
            else if (mXml.tokenType() == QXmlStreamReader::EndElement)
                break;
        }
        if (item->yedLabel.trimmed().isEmpty())
            item->yedLabel = text;
    }

    // Keys are looked up once everything is read: GraphML declares them first, but a key
    // declared after its data is still the same key.
    void finish()
    {
        QSet<QString> declared;
        for (const GraphMlKey &key : std::as_const(mGraph->keys))
            declared.insert(key.id);
        for (auto it = mDataKeys.cbegin(); it != mDataKeys.cend(); ++it) {
            if (!declared.contains(it.key())) {
                fail(tr("a <data> refers to key '%1', which no <key> declares").arg(it.key()),
                     it.value());
                return;
            }
        }
        for (const GraphMlKey &key : std::as_const(mGraph->keys)) {
            if (!key.hasDefault)
                continue;
            const bool forNodes =
                key.domain == QLatin1String("node") || key.domain == QLatin1String("all");
            const bool forEdges =
                key.domain == QLatin1String("edge") || key.domain == QLatin1String("all");
            for (GraphMlItem &node : mGraph->nodes) {
                if (forNodes && !node.data.contains(key.id))
                    node.data.insert(key.id, key.defaultValue);
            }
            for (GraphMlItem &edge : mGraph->edges) {
                if (forEdges && !edge.data.contains(key.id))
                    edge.data.insert(key.id, key.defaultValue);
            }
        }
    }

    QXmlStreamReader mXml;
    GraphMlGraph *mGraph;
    GraphMlProblem mProblem;
    QHash<QString, int> mNodeLines; // node id → line, to refuse an id given twice
    QHash<QString, int> mDataKeys; // key id used by a <data> → its first line
};

} // namespace

namespace {

GraphMlProblem tooLarge(qint64 size)
{
    return { {},
             0,
             {},
             tr("the file has %1 MB; a GraphML import takes at most %2 MB")
                 .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                 .arg(maxBytes / (1024 * 1024)) };
}

} // namespace

QList<GraphMlProblem> read(const QByteArray &bytes, GraphMlGraph *graph)
{
    *graph = GraphMlGraph();
    if (bytes.size() > maxBytes)
        return { tooLarge(bytes.size()) };
    return Parser(bytes, graph).run();
}

QList<GraphMlProblem> readFile(const QString &path, GraphMlGraph *graph)
{
    *graph = GraphMlGraph();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { GraphMlProblem { {}, 0, {}, tr("cannot be read: %1").arg(file.errorString()) } };
    if (file.size() > maxBytes)
        return { tooLarge(file.size()) };
    // A file that grows while it is read (a pipe, a log) stops one byte past the limit.
    return read(file.read(maxBytes + 1), graph);
}

} // namespace GraphMlReader
} // namespace ws
