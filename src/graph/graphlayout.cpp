// SPDX-License-Identifier: MIT
#include "graphlayout.h"

#include "core/supplychain.h"

#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QtDebug>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>
#include <vector>

namespace ws {

namespace {

constexpr double pointsPerInch = 72.0;

// Gaps between nodes of a column and between columns, in points; the fallback uses the same.
constexpr double nodeGap = 14.0;
constexpr double columnGap = 72.0;

// Graphviz's dot computes splines only up to this many edges: routing them costs more than
// the rest of the layout on larger graphs, which are drawn with straight lines instead.
constexpr qsizetype splineEdgeLimit = 300;
// Above this many edges dot's work is bounded (see boundedDotAttributes).
constexpr qsizetype boundedDotEdgeLimit = 300;
// Above this many edges even bounded dot takes longer than an analyst should wait (measured
// with bench_graphlayout), so the layered layout is our own (layeredPlacement).
constexpr qsizetype dotEdgeLimit = 6000;
// Barycentre sweeps of the fallback, each one left to right and back.
constexpr int barycentreSweeps = 4;

// dot's limits for a large graph. Ranks are fixed by the tiers, so the network simplex that
// ranks (nslimit1) has little to do; the one that places nodes across ranks (nslimit) and
// crossing minimisation (mclimit, remincross) are where the minutes go.
struct BoundedDotAttribute
{
    const char *name;
    const char *value;
};
constexpr BoundedDotAttribute boundedDotAttributes[] = {
    { "nslimit", "2" },     { "nslimit1", "2" },       { "mclimit", "0.2" },
    { "searchsize", "10" }, { "remincross", "false" },
};

// Graphviz's API predates const; it copies these strings and never writes to them.
char *gv(const char *text)
{
    return const_cast<char *>(text);
}

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
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

/** The column of each tier: known tiers in SupplyChain::tierOrder(), then the others by
    name. Only tiers that have nodes get a column. */
QHash<QString, int> tierColumns(const QList<LayoutNode> &nodes)
{
    const QStringList order = SupplyChain::tierOrder();
    QList<QString> known;
    QStringList unknown;
    for (const LayoutNode &node : nodes) {
        if (order.contains(node.tier)) {
            if (!known.contains(node.tier))
                known << node.tier;
        } else if (!unknown.contains(node.tier)) {
            unknown << node.tier;
        }
    }
    std::sort(known.begin(), known.end(), [&](const QString &a, const QString &b) {
        return order.indexOf(a) < order.indexOf(b);
    });
    unknown.sort();
    QHash<QString, int> columns;
    for (const QString &tier : std::as_const(known))
        columns.insert(tier, static_cast<int>(columns.size()));
    for (const QString &tier : std::as_const(unknown))
        columns.insert(tier, static_cast<int>(columns.size()));
    return columns;
}

/** The input with duplicate nodes and dangling edges dropped, as indices into the input. */
struct CleanGraph
{
    std::vector<int> nodes; // indices into the node list
    std::vector<int> edges; // indices into the edge list
    std::vector<std::pair<int, int>> ends; // of each edge, as positions in `nodes`
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
    return clean;
}

/** A cgraph graph built from our nodes and edges, with the attributes of one layout kind. */
class GraphvizGraph
{
public:
    GraphvizGraph(LayoutKind kind, const QList<LayoutNode> &nodes, const CleanGraph &clean,
                  Agdisc_t *discipline);
    ~GraphvizGraph()
    {
        if (mGraph)
            agclose(mGraph);
    }
    GraphvizGraph(const GraphvizGraph &) = delete;
    GraphvizGraph &operator=(const GraphvizGraph &) = delete;

    Agraph_t *graph() const { return mGraph; }
    const char *engine() const { return mEngine; }
    bool wantsSplines() const { return mWantsSplines; }
    QString note() const { return mNote; }
    // Parallel to CleanGraph::nodes and CleanGraph::edges.
    const std::vector<Agnode_t *> &nodes() const { return mNodes; }
    const std::vector<Agedge_t *> &edges() const { return mEdges; }

private:
    Agraph_t *mGraph = nullptr;
    const char *mEngine = "dot";
    bool mWantsSplines = false;
    QString mNote;
    std::vector<Agnode_t *> mNodes;
    std::vector<Agedge_t *> mEdges;
};

GraphvizGraph::GraphvizGraph(LayoutKind kind, const QList<LayoutNode> &nodes,
                             const CleanGraph &clean, Agdisc_t *discipline)
{
    mGraph = agopen(gv("supplychain"), Agdirected, discipline);
    Agraph_t *g = mGraph;
    const auto edgeCount = static_cast<qsizetype>(clean.edges.size());

    // Labels are painted by the scene; an empty one spares Graphviz measuring text for boxes
    // whose size is fixed anyway.
    agattr(g, AGNODE, gv("shape"), gv("box"));
    agattr(g, AGNODE, gv("fixedsize"), gv("true"));
    Agsym_t *label = agattr(g, AGNODE, gv("label"), gv(""));
    label->print = 1; // agwrite leaves out empty defaults, and the DOT text must match
    Agsym_t *width = agattr(g, AGNODE, gv("width"), gv("0.75"));
    Agsym_t *height = agattr(g, AGNODE, gv("height"), gv("0.5"));

    if (kind == LayoutKind::Layered) {
        mEngine = "dot";
        agattr(g, AGRAPH, gv("rankdir"), gv("LR"));
        agattr(g, AGRAPH, gv("nodesep"), inches(nodeGap).data());
        agattr(g, AGRAPH, gv("ranksep"), inches(columnGap).data());
        mWantsSplines = edgeCount <= splineEdgeLimit;
        // "none" skips edge routing altogether; the scene draws straight lines.
        agattr(g, AGRAPH, gv("splines"), gv(mWantsSplines ? "true" : "none"));
        if (edgeCount > boundedDotEdgeLimit) {
            QStringList bounded;
            for (const auto &attribute : boundedDotAttributes) {
                agattr(g, AGRAPH, gv(attribute.name), gv(attribute.value));
                bounded << QStringLiteral("%1=%2").arg(QLatin1String(attribute.name),
                                                       QLatin1String(attribute.value));
            }
            mNote = QStringLiteral("dot work bounded (%1) for %2 edges")
                        .arg(bounded.join(QStringLiteral(", ")), QLocale().toString(edgeCount));
        }
    } else {
        mEngine = "sfdp";
        // K is sfdp's ideal edge length in inches: about a node's width, so that overlap
        // removal has little left to push apart.
        double meanWidth = 0.0;
        for (int index : clean.nodes)
            meanWidth += nodes[index].size.width();
        meanWidth /= std::max<std::size_t>(1, clean.nodes.size());
        agattr(g, AGRAPH, gv("K"), inches(std::max(meanWidth, 36.0)).data());
        agattr(g, AGRAPH, gv("overlap"), gv("prism"));
        agattr(g, AGRAPH, gv("splines"), gv("false"));
    }

    mNodes.reserve(clean.nodes.size());
    for (int index : clean.nodes) {
        const LayoutNode &node = nodes[index];
        QByteArray name = QByteArray::number(node.id);
        Agnode_t *n = agnode(g, name.data(), 1);
        agxset(n, width, inches(node.size.width()).data());
        agxset(n, height, inches(node.size.height()).data());
        mNodes.push_back(n);
    }

    if (kind == LayoutKind::Layered) {
        // One rank per tier: a rank=same subgraph each, chained in tier order by invisible
        // weightless edges so that the columns come in that order whatever the data's edges say.
        const QHash<QString, int> columns = tierColumns(nodes);
        Agsym_t *rank = agattr(g, AGRAPH, gv("rank"), gv(""));
        std::vector<Agraph_t *> tiers(static_cast<std::size_t>(columns.size()), nullptr);
        std::vector<Agnode_t *> firsts(tiers.size(), nullptr);
        std::vector<int> columnOf(clean.nodes.size());
        for (std::size_t i = 0; i < clean.nodes.size(); ++i) {
            const int column = columns.value(nodes[clean.nodes[i]].tier);
            columnOf[i] = column;
            auto &tier = tiers[static_cast<std::size_t>(column)];
            if (!tier) {
                QByteArray name = "tier" + QByteArray::number(column);
                tier = agsubg(g, name.data(), 1);
                agxset(tier, rank, gv("same"));
                firsts[static_cast<std::size_t>(column)] = mNodes[i];
            }
            agsubnode(tier, mNodes[i], 1);
        }
        Agsym_t *style = agattr(g, AGEDGE, gv("style"), gv(""));
        Agsym_t *weight = agattr(g, AGEDGE, gv("weight"), gv("1"));
        Agsym_t *constraint = agattr(g, AGEDGE, gv("constraint"), gv("true"));
        for (std::size_t i = 1; i < firsts.size(); ++i) {
            Agedge_t *e = agedge(g, firsts[i - 1], firsts[i], nullptr, 1);
            agxset(e, style, gv("invis"));
            agxset(e, weight, gv("0"));
        }
        mEdges.reserve(clean.edges.size());
        for (const auto &[from, to] : clean.ends) {
            Agedge_t *e = agedge(g, mNodes[static_cast<std::size_t>(from)],
                                 mNodes[static_cast<std::size_t>(to)], nullptr, 1);
            // An edge against the tier order (or within a tier) must not move the columns.
            if (columnOf[static_cast<std::size_t>(from)] >= columnOf[static_cast<std::size_t>(to)])
                agxset(e, constraint, gv("false"));
            mEdges.push_back(e);
        }
    } else {
        mEdges.reserve(clean.edges.size());
        for (const auto &[from, to] : clean.ends)
            mEdges.push_back(agedge(g, mNodes[static_cast<std::size_t>(from)],
                                    mNodes[static_cast<std::size_t>(to)], nullptr, 1));
    }
}

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

LayoutResult runGraphviz(LayoutKind kind, const QList<LayoutNode> &nodes,
                         const QList<LayoutEdge> &edges, const CleanGraph &clean,
                         const std::atomic_bool *cancel)
{
    QMutexLocker lock(&graphvizMutex());
    if (isCancelled(cancel))
        return cancelledResult();

    MessageCapture messages;
    // One context per run: a GVC_t must not be shared between threads, and creating one only
    // reads the plugin configuration.
    std::unique_ptr<GVC_t, int (*)(GVC_t *)> context(gvContext(), &gvFreeContext);
    LayoutResult result;
    if (!context) {
        result.error = QStringLiteral("Graphviz could not start: %1").arg(messages.text());
        return result;
    }
    GraphvizGraph graph(kind, nodes, clean, nullptr);
    result.note = graph.note();
    if (gvLayout(context.get(), graph.graph(), graph.engine()) != 0) {
        result.error = QStringLiteral("Graphviz %1 failed: %2")
                           .arg(QLatin1String(graph.engine()), messages.text());
        return result;
    }
    if (isCancelled(cancel)) {
        gvFreeLayout(context.get(), graph.graph());
        return cancelledResult();
    }

    // Graphviz's y axis points up; the scene's points down.
    const double flipY = GD_bb(graph.graph()).UR.y;
    result.positions.reserve(static_cast<qsizetype>(clean.nodes.size()));
    for (std::size_t i = 0; i < clean.nodes.size(); ++i) {
        const pointf p = ND_coord(graph.nodes()[i]);
        result.positions.insert(nodes[clean.nodes[i]].id, QPointF(p.x, flipY - p.y));
    }
    if (graph.wantsSplines()) {
        for (std::size_t i = 0; i < clean.edges.size(); ++i) {
            QPainterPath path = splinePath(ED_spl(graph.edges()[i]), flipY);
            if (!path.isEmpty())
                result.edgePaths.insert(edges[clean.edges[i]].id, path);
        }
    }
    gvFreeLayout(context.get(), graph.graph());
    computeBounds(result, nodes, clean);
    return result;
}

/** The layered layout without Graphviz, for graphs too large for dot: tiers as columns, each
    column ordered by barycentre sweeps (Sugiyama's heuristic, edges between any two columns),
    nodes evenly spaced. Seconds fewer than dot, at the cost of more crossings. */
LayoutResult layeredPlacement(const QList<LayoutNode> &nodes, const CleanGraph &clean,
                              const std::atomic_bool *cancel)
{
    const QHash<QString, int> columns = tierColumns(nodes);
    const std::size_t count = clean.nodes.size();
    std::vector<int> columnOf(count);
    std::vector<std::vector<int>> members(static_cast<std::size_t>(columns.size()));
    for (std::size_t i = 0; i < count; ++i) {
        columnOf[i] = columns.value(nodes[clean.nodes[i]].tier);
        members[static_cast<std::size_t>(columnOf[i])].push_back(static_cast<int>(i));
    }
    std::vector<std::vector<int>> neighbours(count);
    for (const auto &[from, to] : clean.ends) {
        if (columnOf[static_cast<std::size_t>(from)] == columnOf[static_cast<std::size_t>(to)])
            continue; // within a column an edge says nothing about order
        neighbours[static_cast<std::size_t>(from)].push_back(to);
        neighbours[static_cast<std::size_t>(to)].push_back(from);
    }

    // A node's place as a fraction of its column, so that columns of different sizes compare.
    std::vector<double> place(count);
    const auto updatePlaces = [&](const std::vector<int> &column) {
        for (std::size_t k = 0; k < column.size(); ++k)
            place[static_cast<std::size_t>(column[k])] =
                (static_cast<double>(k) + 0.5) / static_cast<double>(column.size());
    };
    for (const auto &column : members)
        updatePlaces(column);

    std::vector<double> key(count);
    const auto sortColumn = [&](std::vector<int> &column, bool fromLeft) {
        const int here = columnOf[static_cast<std::size_t>(column.front())];
        for (int v : column) {
            double sum = 0.0;
            int n = 0;
            for (int u : neighbours[static_cast<std::size_t>(v)]) {
                const int there = columnOf[static_cast<std::size_t>(u)];
                if (fromLeft ? there < here : there > here) {
                    sum += place[static_cast<std::size_t>(u)];
                    ++n;
                }
            }
            key[static_cast<std::size_t>(v)] = n > 0 ? sum / n : place[static_cast<std::size_t>(v)];
        }
        std::stable_sort(column.begin(), column.end(), [&](int a, int b) {
            return key[static_cast<std::size_t>(a)] < key[static_cast<std::size_t>(b)];
        });
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
            const QSizeF size = nodes[clean.nodes[static_cast<std::size_t>(v)]].size;
            columnWidth = std::max(columnWidth, size.width());
            pitch = std::max(pitch, size.height());
        }
        pitch += nodeGap;
        // Columns are centred on one another, as dot centres its ranks.
        const double top = -pitch * static_cast<double>(column.size()) / 2 + pitch / 2;
        for (std::size_t k = 0; k < column.size(); ++k) {
            const LayoutNode &node = nodes[clean.nodes[static_cast<std::size_t>(column[k])]];
            result.positions.insert(
                node.id, QPointF(x + columnWidth / 2, top + pitch * static_cast<double>(k)));
        }
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

int writeToByteArray(void *channel, const char *text)
{
    static_cast<QByteArray *>(channel)->append(text);
    return 0;
}

int flushNothing(void *)
{
    return 0;
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
    const auto edgeCount = static_cast<qsizetype>(clean.edges.size());
    if (kind == LayoutKind::Layered && edgeCount > dotEdgeLimit) {
        LayoutResult result = layeredPlacement(nodes, clean, cancel);
        if (!result.cancelled)
            result.note = QStringLiteral("layered by tier without dot (barycentre ordering, "
                                         "%1 sweeps) for %2 edges, more than dot's %3")
                              .arg(barycentreSweeps)
                              .arg(QLocale().toString(edgeCount), QLocale().toString(dotEdgeLimit));
        return result;
    }
    return runGraphviz(kind, nodes, edges, clean, cancel);
}

QString GraphLayout::toDot(LayoutKind kind, const QList<LayoutNode> &nodes,
                           const QList<LayoutEdge> &edges)
{
    const CleanGraph clean = cleanGraph(nodes, edges);
    QMutexLocker lock(&graphvizMutex());
    MessageCapture messages;
    Agiodisc_t io = AgIoDisc;
    io.putstr = &writeToByteArray;
    io.flush = &flushNothing;
    Agdisc_t discipline = { &AgMemDisc, &AgIdDisc, &io };
    GraphvizGraph graph(kind, nodes, clean, &discipline);
    QByteArray dot;
    agwrite(graph.graph(), &dot);
    return QString::fromUtf8(dot);
}

} // namespace ws
