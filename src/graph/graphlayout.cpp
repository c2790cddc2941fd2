// SPDX-License-Identifier: MIT
#include "graphlayout.h"

#include "core/supplychain.h"
#include "graph/dotoutput.h"
#include "graph/graphvizcommand.h"

#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace ws {

namespace {

constexpr double pointsPerInch = 72.0;

// Gaps between the nodes of a column and between columns, in points; the fallback uses the
// same so that switching between them does not change the look. Small enough that the default
// workbook's graph, fitted to a laptop's window, keeps its names readable.
constexpr double nodeGap = 10.0;
constexpr double columnGap = 32.0;

// Edges are routed as splines around the boxes only up to this many: on larger graphs routing
// costs more than the rest of the layout, and the scene draws its own curves instead.
constexpr int splineEdgeLimit = 300;
// Above this many edges dot's work is bounded (boundedDotAttributes).
constexpr int boundedDotEdgeLimit = 300;
// dot threads an edge through a virtual node in every column it crosses, and its time grows
// about with the square of real plus virtual nodes. Measured with the bounds below on a
// 2-core machine: 6,800 (500 companies, 2,000 relations) 0.25 s, 13,400 (1,000 / 4,000)
// 1.1 s, 20,200 (1,500 / 6,000) 3.5 s, 27,200 (2,000 / 8,000) 7.3 s, 67,300 (5,000 /
// 20,000) 136 s. Beyond this limit the layered layout is our own (layeredPlacement), which
// takes milliseconds and, drawn with the straight edges large graphs get, crosses fewer
// edges than bounded dot (on those random graphs, 15% fewer).
constexpr qint64 dotNodeLimit = 14'000;
// Graphs up to this size are laid out by Graphviz's library in process even where its tools
// are installed: on them the library takes less time (under 50 ms; the default workbook has 31
// companies and 42 relations) than starting a tool (about 30 ms of CPU each, and the layered
// layout starts two), and a cancel waits for it no longer than that.
constexpr qsizetype inProcessNodeLimit = 32;
constexpr qsizetype inProcessEdgeLimit = 48;
// Barycentre sweeps of the fallback, each one left to right and back.
constexpr int barycentreSweeps = 4;

// dot's limits for a large graph. The ranks are fixed by the tiers, so the network simplex
// that ranks (nslimit1) has little to do; the one that spaces nodes within a column (nslimit,
// in iterations per node) and crossing minimisation (mclimit, remincross) take the time.
// Unbounded, 500 companies with 2,000 relations take 2.3 s; bounded 0.25 s.
struct DotAttribute
{
    const char *name;
    const char *value;
};
constexpr DotAttribute boundedDotAttributes[] = {
    { "nslimit", "0.2" },   { "nslimit1", "1" },       { "mclimit", "0.1" },
    { "searchsize", "10" }, { "remincross", "false" },
};

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// One context for the process, used only under graphvizMutex: a GVC_t must not be used by two
// threads at once, and a context of its own for each run would leak about 4 KB a run (Graphviz
// 2.43's gvFreeContext does not free everything it loaded). Never freed, like the plugins.
GVC_t *graphvizContext()
{
    static GVC_t *context = nullptr;
    if (!context)
        context = gvContext();
    return context;
}

// Graphviz reports through a process-wide callback; while graphvizMutex is held it appends
// here instead of writing to standard error, so that a failure can say what went wrong.
QByteArray *capturedMessages = nullptr;

int captureMessage(char *message)
{
    if (capturedMessages)
        capturedMessages->append(message);
    return 0;
}

/** Routes Graphviz's messages into a buffer for as long as it lives. */
class MessageCapture
{
public:
    MessageCapture()
        : mPrevious(agseterrf(&captureMessage))
    {
        capturedMessages = &mMessages;
    }
    ~MessageCapture()
    {
        capturedMessages = nullptr;
        agseterrf(mPrevious);
    }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;

    QString text() const { return QString::fromUtf8(mMessages).trimmed(); }

private:
    agusererrf mPrevious;
    QByteArray mMessages;
};

QByteArray inches(double points)
{
    return QByteArray::number(points / pointsPerInch, 'g', 6);
}

/** The input with duplicate nodes and dangling edges dropped, and each node's column in the
    layered layout: SupplyChain::tierColumns(), then each unknown tier by name. */
struct CleanGraph
{
    std::vector<int> nodes; // indices into the node list
    std::vector<int> edges; // indices into the edge list
    std::vector<std::pair<int, int>> ends; // of each edge, as positions in `nodes`
    std::vector<int> columnOf; // by position in `nodes`
    int columnCount = 0;

    /** The nodes dot would lay out: the real ones and one per column a long edge crosses. */
    qint64 dotNodeCount() const
    {
        qint64 count = static_cast<qint64>(nodes.size());
        for (const auto &[from, to] : ends)
            count += std::max(0, std::abs(columnOf[from] - columnOf[to]) - 1);
        return count;
    }
};

CleanGraph cleanGraph(const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges)
{
    CleanGraph clean;
    QHash<int, int> positionOf;
    positionOf.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        if (positionOf.contains(nodes[i].id))
            continue;
        positionOf.insert(nodes[i].id, static_cast<int>(clean.nodes.size()));
        clean.nodes.push_back(i);
    }
    for (int i = 0; i < edges.size(); ++i) {
        const auto from = positionOf.constFind(edges[i].from);
        const auto to = positionOf.constFind(edges[i].to);
        if (from == positionOf.cend() || to == positionOf.cend())
            continue;
        clean.edges.push_back(i);
        clean.ends.emplace_back(*from, *to);
    }

    // Columns by SupplyChain::tierColumns(); unknown tiers after them, one column each, by name.
    const int knownColumns = static_cast<int>(SupplyChain::tierColumns().size());
    QStringList unknown;
    for (int index : clean.nodes) {
        const QString &tier = nodes[index].tier;
        if (SupplyChain::tierColumn(tier) < 0 && !unknown.contains(tier))
            unknown << tier;
    }
    unknown.sort();
    const auto key = [&](const QString &tier) {
        const int column = SupplyChain::tierColumn(tier);
        return column >= 0 ? column : knownColumns + static_cast<int>(unknown.indexOf(tier));
    };
    std::vector<int> present; // the column keys in use, ascending
    for (int index : clean.nodes)
        present.push_back(key(nodes[index].tier));
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    clean.columnCount = static_cast<int>(present.size());
    clean.columnOf.reserve(clean.nodes.size());
    for (int index : clean.nodes) {
        const auto at = std::lower_bound(present.begin(), present.end(), key(nodes[index].tier));
        clean.columnOf.push_back(static_cast<int>(at - present.begin()));
    }
    return clean;
}

/** Whether the edges of this layout are routed as splines (routeEdges). */
bool routesEdges(LayoutKind kind, const CleanGraph &clean)
{
    return kind == LayoutKind::Layered &&
        static_cast<qsizetype>(clean.edges.size()) <= splineEdgeLimit;
}

/** Attributes by name: written in the order of their names, as Graphviz writes them. */
using DotAttributes = std::map<QByteArray, QByteArray>;

/** Whether @p text can stand in DOT unquoted: a name of letters, digits and underscores that
    does not start with a digit and is no keyword, or a number. */
bool isPlainDotId(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    const auto isLetter = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
            static_cast<unsigned char>(c) >= 0x80;
    };
    const auto isDigit = [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    };
    if (isLetter(text.front())) {
        static const QByteArrayList keywords { "node",    "edge",   "graph",
                                               "digraph", "strict", "subgraph" };
        return std::all_of(text.begin(), text.end(),
                           [&](char c) { return isLetter(c) || isDigit(c); }) &&
            !keywords.contains(text.toLower());
    }
    // -?(.[0-9]+ | [0-9]+(.[0-9]*)?)
    const qsizetype start = text.front() == '-' ? 1 : 0;
    qsizetype digits = 0;
    qsizetype points = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (isDigit(text[i]))
            ++digits;
        else if (text[i] == '.')
            ++points;
        else
            return false;
    }
    return digits > 0 && points <= 1;
}

/** @p text as a DOT ID: as it is when it is a plain name or a number, quoted otherwise. */
QByteArray dotId(const QByteArray &text)
{
    if (isPlainDotId(text))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\\\"");
    return '"' + quoted + '"';
}

/** " [a=1, b=2]", or nothing when there are no attributes. */
QByteArray dotList(const DotAttributes &attributes)
{
    QByteArray list;
    for (const auto &[name, value] : attributes)
        list += (list.isEmpty() ? " [" : ", ") + dotId(name) + '=' + dotId(value);
    return list.isEmpty() ? list : list + ']';
}

// Every node is a fixed-size box without a label: the scene paints the labels, and an empty one
// spares Graphviz measuring text for boxes whose size is fixed anyway.
const DotAttributes nodeDefaults { { "fixedsize", "true" },
                                   { "height", "0.5" },
                                   { "label", "" },
                                   { "shape", "box" },
                                   { "width", "0.75" } };

/** A node's own width and height, in inches, where they differ from nodeDefaults. */
DotAttributes nodeSize(const LayoutNode &node)
{
    DotAttributes size { { "height", inches(node.size.height()) },
                         { "width", inches(node.size.width()) } };
    for (auto it = size.begin(); it != size.end();)
        it = it->second == nodeDefaults.at(it->first) ? size.erase(it) : std::next(it);
    return size;
}

/** What Graphviz is handed for one layout: DOT text, which its tools read on standard input and
    its library with agmemread, so that both lay out the very same graph. Nodes and edges come
    in the order given, which sfdp's result and time depend on. Written directly, without
    cgraph: for 5,000 companies and 20,000 relations building a cgraph graph and writing it
    out took 0.2 s that a cancel could not interrupt. */
struct GraphvizInput
{
    QByteArray dot;
    QString engine;
    QString note; // what was bounded
};

GraphvizInput graphvizInput(LayoutKind kind, const QList<LayoutNode> &nodes,
                            const CleanGraph &clean)
{
    GraphvizInput input;
    const auto edgeCount = static_cast<int>(clean.edges.size());
    DotAttributes graph;
    if (kind == LayoutKind::Layered) {
        input.engine = QStringLiteral("dot");
        graph["rankdir"] = "LR";
        graph["nodesep"] = inches(nodeGap);
        graph["ranksep"] = inches(columnGap);
        // "none" skips edge routing here: dot orders the columns, the columns are then packed
        // (packColumns) and the edges routed around the packed boxes (routeEdges).
        graph["splines"] = "none";
        if (edgeCount > boundedDotEdgeLimit) {
            QStringList bounded;
            for (const auto &attribute : boundedDotAttributes) {
                graph[attribute.name] = attribute.value;
                bounded << QStringLiteral("%1=%2").arg(QLatin1String(attribute.name),
                                                       QLatin1String(attribute.value));
            }
            input.note =
                QStringLiteral("dot work bounded (%1) for %2 edges")
                    .arg(bounded.join(QStringLiteral(", ")), QLocale().toString(edgeCount));
        }
    } else {
        input.engine = QStringLiteral("sfdp");
        // No "start": sfdp's own random start is seeded with a constant, so the same graph in
        // the same order (nodes and edges by id) is laid out the same on every run, in process
        // and by the tool alike; a seed of ours would only move the benchmarked layout.
        // K is sfdp's ideal edge length in inches: about a node's width, so that overlap
        // removal has little left to push apart.
        double meanWidth = 0.0;
        for (int index : clean.nodes)
            meanWidth += nodes[index].size.width();
        meanWidth /= static_cast<double>(std::max<std::size_t>(1, clean.nodes.size()));
        graph["K"] = inches(std::max(meanWidth, 36.0));
        graph["overlap"] = "prism";
        // Straight edges, drawn by the scene: routing them around nodes is slow on big graphs.
        graph["splines"] = "false";
    }

    std::vector<QByteArray> names;
    names.reserve(clean.nodes.size());
    for (int index : clean.nodes)
        names.push_back(dotId(QByteArray::number(nodes[index].id)));

    QByteArray &text = input.dot;
    text.reserve(static_cast<qsizetype>(40 * (clean.nodes.size() + clean.edges.size())));
    text += "digraph supplychain {\n\tgraph" + dotList(graph) + ";\n";
    text += "\tnode" + dotList(nodeDefaults) + ";\n";
    if (kind == LayoutKind::Layered)
        text += "\tedge [constraint=true, style=\"\", weight=1];\n";
    for (std::size_t i = 0; i < clean.nodes.size(); ++i)
        text += '\t' + names[i] + dotList(nodeSize(nodes[clean.nodes[i]])) + ";\n";
    if (kind == LayoutKind::Force) {
        for (const auto &[from, to] : clean.ends)
            text += '\t' + names[from] + " -> " + names[to] + ";\n";
        text += "}\n";
        return input;
    }

    // One rank per tier: a rank=same subgraph each, chained in tier order by invisible
    // weightless edges so that the columns come in that order whatever the data's edges say.
    std::vector<QByteArray> members(clean.columnCount);
    std::vector<int> firsts(clean.columnCount, -1);
    for (std::size_t i = 0; i < clean.nodes.size(); ++i) {
        const int column = clean.columnOf[i];
        members[column] += names[i] + "; ";
        if (firsts[column] < 0)
            firsts[column] = static_cast<int>(i);
    }
    for (int column = 0; column < clean.columnCount; ++column)
        text += "\tsubgraph tier" + QByteArray::number(column) +
            " {\n\t\tgraph [rank=same];\n\t\t" + members[column] + "\n\t}\n";
    for (int column = 1; column < clean.columnCount; ++column)
        text += '\t' + names[firsts[column - 1]] + " -> " + names[firsts[column]] +
            " [style=invis, weight=0];\n";
    for (const auto &[from, to] : clean.ends) {
        text += '\t' + names[from] + " -> " + names[to];
        // An edge against the tier order (or within a tier) must not move the columns.
        if (clean.columnOf[from] >= clean.columnOf[to])
            text += " [constraint=false]";
        text += ";\n";
    }
    text += "}\n";
    return input;
}

/** DOT text for routing the edges as splines around the boxes where they now stand: the nodes
    pinned at their scene positions (in points, y up), for Graphviz's "nop2" engine (neato
    -n2), which keeps the nodes where they are and only routes. */
QByteArray routesInput(const LayoutResult &result, const QList<LayoutNode> &nodes,
                       const CleanGraph &clean)
{
    DotAttributes defaults = nodeDefaults;
    defaults["pos"] = "";
    QByteArray text = "digraph routes {\n\tgraph [splines=true];\n";
    text += "\tnode" + dotList(defaults) + ";\n";
    std::vector<QByteArray> names;
    names.reserve(clean.nodes.size());
    for (int index : clean.nodes) {
        const LayoutNode &node = nodes[index];
        const QPointF p = result.positions.value(node.id);
        DotAttributes attributes = nodeSize(node);
        // Points, y up, pinned.
        attributes["pos"] =
            QByteArray::number(p.x(), 'f', 2) + ',' + QByteArray::number(-p.y(), 'f', 2) + '!';
        names.push_back(dotId(QByteArray::number(node.id)));
        text += '\t' + names.back() + dotList(attributes) + ";\n";
    }
    for (const auto &[from, to] : clean.ends)
        text += '\t' + names[from] + " -> " + names[to] + ";\n";
    return text + "}\n";
}

/** A graph Graphviz's library read from DOT text; closed with it. */
class ReadGraph
{
public:
    explicit ReadGraph(const QByteArray &dot)
        : mGraph(agmemread(dot.constData()))
    {
    }
    ~ReadGraph()
    {
        if (mGraph)
            agclose(mGraph);
    }
    ReadGraph(const ReadGraph &) = delete;
    ReadGraph &operator=(const ReadGraph &) = delete;

    Agraph_t *graph() const { return mGraph; }
    Agnode_t *node(int id) const
    {
        QByteArray name = QByteArray::number(id);
        return agnode(mGraph, name.data(), 0);
    }

private:
    Agraph_t *mGraph;
};

QPainterPath splinePath(const splines *spl, double flipY)
{
    QPainterPath path;
    if (!spl)
        return path;
    const auto scene = [flipY](const pointf &p) {
        return QPointF(p.x, flipY - p.y);
    };
    for (int b = 0; b < spl->size; ++b) {
        const bezier &curve = spl->list[b];
        if (curve.size < 1)
            continue;
        if (curve.sflag) {
            path.moveTo(scene(curve.sp));
            path.lineTo(scene(curve.list[0]));
        } else {
            path.moveTo(scene(curve.list[0]));
        }
        for (int i = 1; i + 2 < curve.size; i += 3)
            path.cubicTo(scene(curve.list[i]), scene(curve.list[i + 1]), scene(curve.list[i + 2]));
        // The arrowhead's tip is where the edge meets its customer; the scene draws the head.
        if (curve.eflag)
            path.lineTo(scene(curve.ep));
    }
    return path;
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

LayoutResult cancelledResult()
{
    LayoutResult result;
    result.cancelled = true;
    return result;
}

void computeBounds(LayoutResult &result, const QList<LayoutNode> &nodes, const CleanGraph &clean)
{
    QRectF bounds;
    for (int index : clean.nodes) {
        const LayoutNode &node = nodes[index];
        const QPointF centre = result.positions.value(node.id);
        bounds |= QRectF(centre - QPointF(node.size.width(), node.size.height()) / 2, node.size);
    }
    for (const QPainterPath &path : std::as_const(result.edgePaths))
        bounds |= path.boundingRect();
    result.bounds = bounds;
}

/** Stacks each column's nodes in dot's order, one under the other with nodeGap between them,
    columns centred on one another. dot spreads a column to keep long edges straight, which on
    a graph of a few dozen companies makes it twice as tall as its tallest column; packed, the
    graph fitted to a window is large enough to read. */
void packColumns(LayoutResult &result, const QList<LayoutNode> &nodes, const CleanGraph &clean)
{
    std::vector<std::vector<int>> members(clean.columnCount);
    for (std::size_t i = 0; i < clean.nodes.size(); ++i)
        members[clean.columnOf[i]].push_back(static_cast<int>(i));
    for (auto &column : members) {
        const auto y = [&](int i) {
            return result.positions.value(nodes[clean.nodes[i]].id).y();
        };
        std::stable_sort(column.begin(), column.end(), [&](int a, int b) { return y(a) < y(b); });
        double height = nodeGap * static_cast<double>(column.size() - 1);
        for (int i : column)
            height += nodes[clean.nodes[i]].size.height();
        double top = -height / 2;
        for (int i : column) {
            const LayoutNode &node = nodes[clean.nodes[i]];
            QPointF &p = result.positions[node.id];
            p.setY(top + node.size.height() / 2);
            top += node.size.height() + nodeGap;
        }
    }
}

/** A route as Graphviz gave it: the names of its ends, and its path in scene coordinates. */
struct Route
{
    QByteArray tail;
    QByteArray head;
    QPainterPath path;
};

/** Gives each edge its route. Graphviz names an edge by its ends only, so parallel edges are
    matched in order: @p routes must list them in the order they were given. */
void assignRoutes(LayoutResult &result, const QList<LayoutNode> &nodes,
                  const QList<LayoutEdge> &edges, const CleanGraph &clean,
                  const std::vector<Route> &routes)
{
    QHash<QByteArray, std::vector<int>> waiting; // edge positions in `clean` by "tail head"
    for (std::size_t i = clean.ends.size(); i-- > 0;) {
        const auto &[from, to] = clean.ends[i];
        waiting[QByteArray::number(nodes[clean.nodes[from]].id) + ' ' +
                QByteArray::number(nodes[clean.nodes[to]].id)]
            .push_back(static_cast<int>(i));
    }
    for (const Route &route : routes) {
        auto found = waiting.find(route.tail + ' ' + route.head);
        if (found == waiting.end() || found->empty())
            continue;
        const int i = found->back();
        found->pop_back();
        if (!route.path.isEmpty())
            result.edgePaths.insert(edges[clean.edges[i]].id, route.path);
    }
}

/** Routes the edges with Graphviz's library in process. Without routes the scene draws its
    own curves, so a failure here costs looks, not the layout. */
void routeEdgesWithLibrary(LayoutResult &result, const QList<LayoutNode> &nodes,
                           const QList<LayoutEdge> &edges, const CleanGraph &clean)
{
    const QByteArray input = routesInput(result, nodes, clean);
    QMutexLocker lock(&graphvizMutex());
    MessageCapture messages;
    GVC_t *context = graphvizContext();
    const ReadGraph routes(input);
    if (!context || !routes.graph())
        return;
    if (gvLayout(context, routes.graph(), "nop2") == 0) {
        // Graphviz may have moved the drawing as a whole: map it back through the first node.
        const int firstId = nodes[clean.nodes.front()].id;
        const pointf first = ND_coord(routes.node(firstId));
        const QPointF scene = result.positions.value(firstId);
        const double dx = scene.x() - first.x;
        const double flipY = scene.y() + first.y;
        std::vector<Route> found;
        found.reserve(clean.ends.size());
        // Out-edges come in the order they were made, so parallel ones keep theirs.
        for (Agnode_t *n = agfstnode(routes.graph()); n; n = agnxtnode(routes.graph(), n)) {
            for (Agedge_t *e = agfstout(routes.graph(), n); e; e = agnxtout(routes.graph(), e))
                found.push_back(Route { agnameof(agtail(e)), agnameof(aghead(e)),
                                        splinePath(ED_spl(e), flipY).translated(dx, 0) });
        }
        assignRoutes(result, nodes, edges, clean, found);
    }
    gvFreeLayout(context, routes.graph());
}

/** Routes the edges with `neato -n2` as a child process; false when it is not installed.
    Without routes the scene draws its own curves, so a failure costs looks, not the layout. */
bool routeEdgesWithCommand(LayoutResult &result, const QList<LayoutNode> &nodes,
                           const QList<LayoutEdge> &edges, const CleanGraph &clean,
                           const std::atomic_bool *cancel)
{
    const GraphvizCommand::Output output = GraphvizCommand::run(
        QStringLiteral("neato"), { QStringLiteral("-n2"), QStringLiteral("-Tdot") },
        routesInput(result, nodes, clean), cancel);
    if (output.outcome == GraphvizCommand::Outcome::Missing)
        return false;
    DotOutput dot;
    if (output.outcome != GraphvizCommand::Outcome::Finished || !dot.read(output.text))
        return true;
    const int firstId = nodes[clean.nodes.front()].id;
    const std::optional<QPointF> first = dot.centre(QByteArray::number(firstId));
    if (!first)
        return true;
    // Graphviz may have moved the drawing as a whole: map it back through the first node.
    const QPointF scene = result.positions.value(firstId);
    const double dx = scene.x() - first->x();
    const double flipY = scene.y() + first->y();
    std::vector<Route> found;
    found.reserve(dot.edges().size());
    for (const DotOutput::Edge &edge : dot.edges())
        found.push_back(
            Route { edge.tail, edge.head, DotOutput::route(edge.pos, flipY).translated(dx, 0) });
    assignRoutes(result, nodes, edges, clean, found);
    return true;
}

/** Places the nodes with Graphviz's library in process: positions in scene coordinates, or
    the error. Graphviz cannot be interrupted, so cancel is honoured before and after it. */
LayoutResult placeWithLibrary(const GraphvizInput &input, const QList<LayoutNode> &nodes,
                              const CleanGraph &clean, const std::atomic_bool *cancel)
{
    QMutexLocker lock(&graphvizMutex());
    if (isCancelled(cancel))
        return cancelledResult();

    MessageCapture messages;
    GVC_t *context = graphvizContext();
    LayoutResult result;
    if (!context) {
        result.error = QStringLiteral("Graphviz could not start: %1").arg(messages.text());
        return result;
    }
    const ReadGraph graph(input.dot);
    if (!graph.graph()) {
        result.error = QStringLiteral("Graphviz could not read the graph: %1").arg(messages.text());
        return result;
    }
    result.note = input.note;
    if (gvLayout(context, graph.graph(), input.engine.toLatin1().constData()) != 0) {
        gvFreeLayout(context, graph.graph()); // whatever it got to
        result.error = QStringLiteral("Graphviz %1 failed: %2").arg(input.engine, messages.text());
        return result;
    }
    if (isCancelled(cancel)) {
        gvFreeLayout(context, graph.graph());
        return cancelledResult();
    }

    // Graphviz's y axis points up; the scene's points down.
    const double flipY = GD_bb(graph.graph()).UR.y;
    result.positions.reserve(static_cast<qsizetype>(clean.nodes.size()));
    for (int index : clean.nodes) {
        const int id = nodes[index].id;
        const pointf p = ND_coord(graph.node(id));
        result.positions.insert(id, QPointF(p.x, flipY - p.y));
    }
    gvFreeLayout(context, graph.graph());
    return result;
}

/** Places the nodes with Graphviz's command-line tool (dot or sfdp) as a child process, which
    a cancel kills at once; nothing when the tool is not installed. */
std::optional<LayoutResult> placeWithCommand(const GraphvizInput &input,
                                             const QList<LayoutNode> &nodes,
                                             const CleanGraph &clean,
                                             const std::atomic_bool *cancel)
{
    const GraphvizCommand::Output output =
        GraphvizCommand::run(input.engine, { QStringLiteral("-Tdot") }, input.dot, cancel);
    LayoutResult result;
    switch (output.outcome) {
    case GraphvizCommand::Outcome::Missing:
        return std::nullopt;
    case GraphvizCommand::Outcome::Cancelled:
        return cancelledResult();
    case GraphvizCommand::Outcome::Failed:
        result.error = QStringLiteral("Graphviz %1 failed: %2").arg(input.engine, output.error);
        return result;
    case GraphvizCommand::Outcome::Finished:
        break;
    }
    DotOutput dot;
    if (!dot.read(output.text)) {
        result.error = QStringLiteral("Graphviz %1 wrote a layout that cannot be read: %2")
                           .arg(input.engine, dot.error());
        return result;
    }
    result.note = input.note;
    // Graphviz's y axis points up; the scene's points down. bb is (lower left, upper right).
    const double flipY = dot.boundingBox().bottom();
    result.positions.reserve(static_cast<qsizetype>(clean.nodes.size()));
    for (int index : clean.nodes) {
        const int id = nodes[index].id;
        const std::optional<QPointF> p = dot.centre(QByteArray::number(id));
        if (!p) {
            result.positions.clear();
            result.error =
                QStringLiteral("Graphviz %1 did not place node %2").arg(input.engine).arg(id);
            return result;
        }
        result.positions.insert(id, QPointF(p->x(), flipY - p->y()));
    }
    return result;
}

/** A layout by Graphviz: with its command-line tools as child processes where they are
    installed, so that a cancel stops them at once, and with its library in process where
    they are not or the graph is small. */
LayoutResult runGraphviz(LayoutKind kind, const QList<LayoutNode> &nodes,
                         const QList<LayoutEdge> &edges, const CleanGraph &clean,
                         const std::atomic_bool *cancel)
{
    if (isCancelled(cancel))
        return cancelledResult();
    const bool small = static_cast<qsizetype>(clean.nodes.size()) <= inProcessNodeLimit &&
        static_cast<qsizetype>(clean.edges.size()) <= inProcessEdgeLimit;
    const GraphvizInput input = graphvizInput(kind, nodes, clean);
    std::optional<LayoutResult> placed =
        small ? std::nullopt : placeWithCommand(input, nodes, clean, cancel);
    LayoutResult result =
        placed ? std::move(*placed) : placeWithLibrary(input, nodes, clean, cancel);
    if (result.cancelled || !result.error.isEmpty())
        return result;
    if (kind == LayoutKind::Layered) {
        packColumns(result, nodes, clean);
        if (routesEdges(kind, clean) && !isCancelled(cancel) &&
            (small || !routeEdgesWithCommand(result, nodes, edges, clean, cancel)))
            routeEdgesWithLibrary(result, nodes, edges, clean);
    }
    if (isCancelled(cancel))
        return cancelledResult();
    computeBounds(result, nodes, clean);
    // Start at the origin, as Graphviz's layouts do.
    const QPointF shift = -result.bounds.topLeft();
    for (QPointF &p : result.positions)
        p += shift;
    for (QPainterPath &path : result.edgePaths)
        path.translate(shift);
    result.bounds.translate(shift);
    return result;
}

/** The layered layout without Graphviz, for graphs too large for dot: tiers as columns, each
    column ordered by barycentre sweeps (Sugiyama's heuristic, with edges between any two
    columns rather than adjacent ones only), nodes evenly spaced. */
LayoutResult layeredPlacement(const QList<LayoutNode> &nodes, const CleanGraph &clean,
                              const std::atomic_bool *cancel)
{
    const std::size_t count = clean.nodes.size();
    const std::vector<int> &columnOf = clean.columnOf;
    std::vector<std::vector<int>> members(clean.columnCount);
    for (std::size_t i = 0; i < count; ++i)
        members[columnOf[i]].push_back(static_cast<int>(i));
    std::vector<std::vector<int>> neighbours(count);
    for (const auto &[from, to] : clean.ends) {
        if (columnOf[from] == columnOf[to])
            continue; // within a column an edge says nothing about the order
        neighbours[from].push_back(to);
        neighbours[to].push_back(from);
    }

    // A node's place as a fraction of its column, so that columns of different sizes compare.
    std::vector<double> place(count);
    const auto updatePlaces = [&](const std::vector<int> &column) {
        for (std::size_t k = 0; k < column.size(); ++k)
            place[column[k]] = (static_cast<double>(k) + 0.5) / static_cast<double>(column.size());
    };
    for (const auto &column : members)
        updatePlaces(column);

    std::vector<double> key(count);
    const auto sortColumn = [&](std::vector<int> &column, bool fromLeft) {
        const int here = columnOf[column.front()];
        for (int v : column) {
            double sum = 0.0;
            int n = 0;
            for (int u : neighbours[v]) {
                if (fromLeft ? columnOf[u] < here : columnOf[u] > here) {
                    sum += place[u];
                    ++n;
                }
            }
            // A node with no neighbours on that side keeps its place.
            key[v] = n > 0 ? sum / n : place[v];
        }
        std::stable_sort(column.begin(), column.end(),
                         [&](int a, int b) { return key[a] < key[b]; });
        updatePlaces(column);
    };
    for (int sweep = 0; sweep < barycentreSweeps; ++sweep) {
        if (isCancelled(cancel))
            return cancelledResult();
        for (std::size_t c = 1; c < members.size(); ++c)
            sortColumn(members[c], true);
        for (std::size_t c = members.size() - 1; c-- > 0;)
            sortColumn(members[c], false);
    }

    LayoutResult result;
    result.positions.reserve(static_cast<qsizetype>(count));
    double x = 0.0;
    for (const auto &column : members) {
        double columnWidth = 0.0;
        double pitch = 0.0;
        for (int v : column) {
            const QSizeF size = nodes[clean.nodes[v]].size;
            columnWidth = std::max(columnWidth, size.width());
            pitch = std::max(pitch, size.height());
        }
        pitch += nodeGap;
        // Columns are centred on one another, as dot centres its ranks.
        const double top = -pitch * static_cast<double>(column.size() - 1) / 2;
        for (std::size_t k = 0; k < column.size(); ++k)
            result.positions.insert(
                nodes[clean.nodes[column[k]]].id,
                QPointF(x + columnWidth / 2, top + pitch * static_cast<double>(k)));
        x += columnWidth + columnGap;
    }
    computeBounds(result, nodes, clean);
    // Start at the origin, as Graphviz's layouts do.
    const QPointF shift = -result.bounds.topLeft();
    for (QPointF &p : result.positions)
        p += shift;
    result.bounds.translate(shift);
    return result;
}

} // namespace

LayoutResult GraphLayout::run(LayoutKind kind, const QList<LayoutNode> &nodes,
                              const QList<LayoutEdge> &edges, const std::atomic_bool *cancel)
{
    if (isCancelled(cancel))
        return cancelledResult();
    const CleanGraph clean = cleanGraph(nodes, edges);
    if (clean.nodes.empty())
        return {};
    if (kind == LayoutKind::Layered) {
        const qint64 dotNodes = clean.dotNodeCount();
        if (dotNodes > dotNodeLimit) {
            LayoutResult result = layeredPlacement(nodes, clean, cancel);
            if (!result.cancelled)
                result.note =
                    QStringLiteral("layered by tier without dot (barycentre ordering, %1 "
                                   "sweeps): %2 edges would make %3 nodes for dot, over "
                                   "its limit of %4")
                        .arg(barycentreSweeps)
                        .arg(QLocale().toString(static_cast<qint64>(clean.edges.size())),
                             QLocale().toString(dotNodes), QLocale().toString(dotNodeLimit));
            return result;
        }
    }
    return runGraphviz(kind, nodes, edges, clean, cancel);
}

QString GraphLayout::toDot(LayoutKind kind, const QList<LayoutNode> &nodes,
                           const QList<LayoutEdge> &edges)
{
    return QString::fromUtf8(graphvizInput(kind, nodes, cleanGraph(nodes, edges)).dot);
}

} // namespace ws
