// SPDX-License-Identifier: MIT
#include "graph/graphlayout.h"
#include "graph/graphvizcommand.h"
#include "graph/layoutjob.h"
#include "support/randomsupplychain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cmath>
#include <memory>

using namespace ws;

namespace {

const QSizeF nodeSize(120, 40);

struct Graph
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

Graph graphOf(const SupplyChain &chain)
{
    Graph graph;
    for (const Company &company : chain.companies)
        graph.nodes << LayoutNode { company.id, company.name, company.tier, nodeSize };
    for (const Relation &relation : chain.relations)
        graph.edges << LayoutEdge { relation.id, relation.supplierId, relation.customerId };
    return graph;
}

/** Six companies whose tiers, in SupplyChain::tierColumns(), are foundry, foundry, design,
    substrate, server and customer; every edge runs from an earlier column to a later one. */
Graph handMadeChain()
{
    Graph graph;
    const auto node = [&](int id, const char *name, const char *tier) {
        graph.nodes << LayoutNode { id, QLatin1String(name), QLatin1String(tier), nodeSize };
    };
    node(1, "Foundry A", "foundry");
    node(2, "Foundry B", "foundry");
    node(3, "Design house", "design");
    node(4, "Substrate maker", "substrate");
    node(5, "Server ODM", "server");
    node(6, "Cloud", "customer");
    graph.edges = { { 11, 1, 3 }, { 12, 2, 3 }, { 13, 3, 5 },
                    { 14, 4, 5 }, { 15, 5, 6 }, { 16, 1, 5 } };
    return graph;
}

bool allFinite(const LayoutResult &result)
{
    for (const QPointF &p : result.positions) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    }
    return true;
}

/** Sets an environment variable for as long as it lives, then puts the old value back. */
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : mName(name)
        , mWasSet(qEnvironmentVariableIsSet(name))
        , mOld(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (mWasSet)
            qputenv(mName, mOld);
        else
            qunsetenv(mName);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *mName;
    bool mWasSet;
    QByteArray mOld;
};

/** Graphviz's command-line tools out of sight, so that layouts use the library in process. */
class WithoutGraphvizTools : public ScopedEnvironment
{
public:
    WithoutGraphvizTools()
        : ScopedEnvironment(GraphvizCommand::directoryVariable, QByteArray())
    {
    }
};

/** An installed locale whose decimal separator is a comma: de_DE.UTF-8 (scripts/install-deps
    generates it), else the first such locale of `locale -a`; empty when there is none.
    Leaves the process in the "C" locale. */
QByteArray commaDecimalLocale(QStringList *tried)
{
    QByteArrayList candidates { "de_DE.UTF-8" };
    QProcess list;
    list.start(QStringLiteral("locale"), { QStringLiteral("-a") });
    if (list.waitForFinished(10'000))
        candidates += list.readAllStandardOutput().split('\n');
    QByteArray found;
    for (const QByteArray &name : std::as_const(candidates)) {
        if (name.isEmpty() || !std::setlocale(LC_ALL, name.constData()))
            continue;
        *tried << QString::fromLocal8Bit(name);
        if (std::localeconv()->decimal_point == QByteArray(",")) {
            found = name;
            break;
        }
    }
    std::setlocale(LC_ALL, "C");
    return found;
}

/** The process ids of this process's children, from /proc. */
QList<qint64> childProcesses()
{
    QList<qint64> children;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(task + QStringLiteral("/children")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &id : file.readAll().simplified().split(' ')) {
            if (!id.isEmpty())
                children << id.toLongLong();
        }
    }
    return children;
}

QList<int> sortedKeys(const QHash<int, QPainterPath> &paths)
{
    QList<int> keys = paths.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

/** The node's box inside the bounds, allowing for rounding. */
bool boxInside(const QRectF &bounds, QPointF centre, QSizeF size)
{
    const QRectF box(centre - QPointF(size.width(), size.height()) / 2, size);
    return bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box);
}

} // namespace

/** GraphLayout and LayoutJob (DESIGN §4: layered by tier with dot, force-directed with sfdp). */
class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layeredPutsSuppliersLeftOfCustomers();
    void layeredAlignsTierColumnsInTierOrder();
    void layeredRoutesSmallGraphsWithSplines();
    void layeredPutsUnknownTiersLastByName();
    void forcePlacesEveryNodeWithoutOverlap();
    void ignoresEdgesToMissingNodes();
    void emptyGraphLaysOutNothing();
    void cancelledBeforeStartReturnsCancelled();
    void cancelledWhileRunningReturnsCancelled();
    void jobReportsProgressAndResult();
    void boundsDotWorkOnFiveHundredCompanies();
    void replacesDotBeyondItsLimitKeepingColumns();
    void dotTextNamesEveryNodeWithItsSize();
    void usesGraphvizToolsAsChildProcesses();
    void fallsBackToLibraryWithoutTheTools();
    void smallGraphsStayInProcess();
    void layoutUnderCommaLocaleMatchesC_data();
    void layoutUnderCommaLocaleMatchesC();
    void cancelStopsFiveThousandCompaniesAtOnce();
};

void TestGraphLayout::layeredPutsSuppliersLeftOfCustomers()
{
    const Graph graph = handMadeChain();
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 6);
    QVERIFY(allFinite(result));
    for (const LayoutEdge &edge : graph.edges) {
        const QPointF from = result.positions.value(edge.from);
        const QPointF to = result.positions.value(edge.to);
        // Adjacent columns are at least a node's width (120) plus the gap apart.
        QVERIFY2(
            to.x() - from.x() >= nodeSize.width(),
            qPrintable(QStringLiteral("edge %1: %2 → %3").arg(edge.id).arg(from.x()).arg(to.x())));
    }
    QVERIFY(result.note.isEmpty()); // nothing bounded on six nodes
    for (int id = 1; id <= 6; ++id)
        QVERIFY(result.bounds.contains(result.positions.value(id)));
}

void TestGraphLayout::layeredAlignsTierColumnsInTierOrder()
{
    const Graph graph = handMadeChain();
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const auto x = [&](int id) {
        return result.positions.value(id).x();
    };
    // Both foundries share a column, one above the other.
    QVERIFY(std::abs(x(1) - x(2)) < 0.5);
    QVERIFY(std::abs(result.positions.value(1).y() - result.positions.value(2).y()) >=
            nodeSize.height());
    // Design comes before substrate by column order alone: no edge joins them.
    QVERIFY(x(1) < x(3));
    QVERIFY(x(3) < x(4));
    QVERIFY(x(4) < x(5));
    QVERIFY(x(5) < x(6));
}

void TestGraphLayout::layeredRoutesSmallGraphsWithSplines()
{
    const Graph graph = handMadeChain();
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QCOMPARE(result.edgePaths.size(), graph.edges.size());
    for (const LayoutEdge &edge : graph.edges) {
        const QPainterPath path = result.edgePaths.value(edge.id);
        const QPointF from = result.positions.value(edge.from);
        const QPointF to = result.positions.value(edge.to);
        // A path leaves its supplier's right side and ends on its customer's left side.
        QVERIFY(std::abs(path.pointAtPercent(0).x() - (from.x() + nodeSize.width() / 2)) < 2);
        QVERIFY(std::abs(path.pointAtPercent(1).x() - (to.x() - nodeSize.width() / 2)) < 2);
    }
}

void TestGraphLayout::layeredPutsUnknownTiersLastByName()
{
    Graph graph = handMadeChain();
    graph.nodes << LayoutNode { 7, QStringLiteral("Mystery"), QStringLiteral("mystery"), nodeSize }
                << LayoutNode { 8, QStringLiteral("Other"), QStringLiteral("another"), nodeSize };
    // Against the tier order: must not pull the unknown tier in front of the foundries.
    graph.edges << LayoutEdge { 17, 7, 1 };
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const auto x = [&](int id) {
        return result.positions.value(id).x();
    };
    QVERIFY(x(1) < x(3));
    QVERIFY(x(5) < x(6));
    QVERIFY(x(6) < x(8)); // "another" after the last known tier, customer…
    QVERIFY(x(8) < x(7)); // …and before "mystery"
}

void TestGraphLayout::forcePlacesEveryNodeWithoutOverlap()
{
    const Graph graph = graphOf(test::randomSupplyChain(60, 150, 7));
    const LayoutResult result = GraphLayout::run(LayoutKind::Force, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 60);
    QVERIFY(allFinite(result));
    QVERIFY(result.edgePaths.isEmpty()); // straight lines for force layouts
    // overlap=prism leaves no two boxes overlapping: equal boxes do not overlap when their
    // centres are a width apart across or a height apart down.
    for (int a = 1; a <= 60; ++a) {
        for (int b = a + 1; b <= 60; ++b) {
            const QPointF d = result.positions.value(a) - result.positions.value(b);
            QVERIFY2(std::abs(d.x()) >= nodeSize.width() - 1 ||
                         std::abs(d.y()) >= nodeSize.height() - 1,
                     qPrintable(QStringLiteral("%1 and %2 overlap").arg(a).arg(b)));
        }
    }
}

void TestGraphLayout::ignoresEdgesToMissingNodes()
{
    Graph graph = handMadeChain();
    graph.edges << LayoutEdge { 99, 6, 42 };
    for (LayoutKind kind : { LayoutKind::Layered, LayoutKind::Force }) {
        const LayoutResult result = GraphLayout::run(kind, graph.nodes, graph.edges);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.positions.size(), 6);
        QVERIFY(!result.edgePaths.contains(99));
    }
}

void TestGraphLayout::emptyGraphLaysOutNothing()
{
    for (LayoutKind kind : { LayoutKind::Layered, LayoutKind::Force }) {
        const LayoutResult result = GraphLayout::run(kind, {}, { LayoutEdge { 1, 1, 2 } });
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.cancelled);
        QVERIFY(result.positions.isEmpty());
        QVERIFY(result.bounds.isNull());
    }
}

void TestGraphLayout::cancelledBeforeStartReturnsCancelled()
{
    const Graph graph = handMadeChain();
    const std::atomic_bool cancel { true };
    const LayoutResult direct =
        GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges, &cancel);
    QVERIFY(direct.cancelled);
    QVERIFY(direct.positions.isEmpty());

    LayoutJob job(LayoutKind::Force, graph.nodes, graph.edges);
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.cancel();
    job.start();
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.constFirst().constFirst().value<LayoutResult>().cancelled);
}

void TestGraphLayout::cancelledWhileRunningReturnsCancelled()
{
    // Large enough that the worker is still in Graphviz when cancel() arrives.
    const Graph graph = graphOf(test::randomSupplyChain(500, 2000, 3));
    LayoutJob job(LayoutKind::Layered, graph.nodes, graph.edges);
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    job.cancel();
    QVERIFY(finished.wait(120'000));
    const auto result = finished.constFirst().constFirst().value<LayoutResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.positions.isEmpty());
}

void TestGraphLayout::jobReportsProgressAndResult()
{
    const Graph graph = handMadeChain();
    LayoutJob job(LayoutKind::Layered, graph.nodes, graph.edges);
    QSignalSpy progress(&job, &LayoutJob::progress);
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.start();
    job.start(); // single-shot: a second start is ignored
    QVERIFY(finished.wait(10'000));
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(0).at(0).toString(), QStringLiteral("Laying out 6 companies…"));
    QVERIFY(progress.at(1).at(0).toString().startsWith(QStringLiteral("Laid out 6 companies")));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<LayoutResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.positions.size(), 6);
    QVERIFY(result.positions.value(1).x() < result.positions.value(6).x());
}

void TestGraphLayout::boundsDotWorkOnFiveHundredCompanies()
{
    // Unbounded, dot takes minutes on this graph.
    const Graph graph = graphOf(test::randomSupplyChain(500, 2000, 1));
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 500);
    QVERIFY(allFinite(result));
    QVERIFY2(result.note.contains(QStringLiteral("bounded")) &&
                 result.note.contains(QStringLiteral("nslimit=")),
             qPrintable(result.note));
    QVERIFY(result.edgePaths.isEmpty()); // straight lines beyond 300 edges
    // Columns still follow the tiers: every company of a column's tiers at one x, in order.
    QHash<int, double> columnX;
    for (const LayoutNode &node : graph.nodes) {
        const double x = result.positions.value(node.id).x();
        const int column = SupplyChain::tierColumn(node.tier);
        if (!columnX.contains(column))
            columnX.insert(column, x);
        QVERIFY(std::abs(columnX.value(column) - x) < 0.5);
    }
    for (int i = 1; i < SupplyChain::tierColumns().size(); ++i)
        QVERIFY(columnX.value(i - 1) < columnX.value(i));
}

void TestGraphLayout::replacesDotBeyondItsLimitKeepingColumns()
{
    const Graph graph = graphOf(test::randomSupplyChain(3000, 15000, 5));
    const LayoutResult result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 3000);
    QVERIFY(allFinite(result));
    QVERIFY2(result.note.contains(QStringLiteral("without dot")), qPrintable(result.note));
    // Columns in order, and within a column no two boxes overlap.
    const int columnCount = static_cast<int>(SupplyChain::tierColumns().size());
    QHash<int, QList<QPointF>> columns;
    for (const LayoutNode &node : graph.nodes)
        columns[SupplyChain::tierColumn(node.tier)] << result.positions.value(node.id);
    for (int i = 0; i < columnCount; ++i) {
        QList<QPointF> column = columns.value(i);
        QVERIFY(!column.isEmpty());
        std::sort(column.begin(), column.end(),
                  [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        for (int k = 0; k < column.size(); ++k) {
            QCOMPARE(column[k].x(), column.first().x());
            if (k > 0)
                QVERIFY(column[k].y() - column[k - 1].y() >= nodeSize.height());
        }
        if (i > 0)
            QVERIFY(columns.value(i - 1).first().x() + nodeSize.width() < column.first().x());
    }
    QVERIFY(result.bounds.contains(result.positions.value(1)));
}

void TestGraphLayout::dotTextNamesEveryNodeWithItsSize()
{
    const Graph graph = handMadeChain();
    for (LayoutKind kind : { LayoutKind::Layered, LayoutKind::Force }) {
        const QString dot = GraphLayout::toDot(kind, graph.nodes, graph.edges);
        QVERIFY(dot.startsWith(QStringLiteral("digraph supplychain")));
        for (const LayoutNode &node : graph.nodes) {
            const QRegularExpression statement(
                QStringLiteral("(^|\\s)%1\\s*[;\\[\\n]").arg(node.id));
            QVERIFY2(statement.match(dot).hasMatch(), qPrintable(dot));
        }
        // 120 × 40 points are 1.66667 × 0.555556 inches.
        QVERIFY(dot.contains(QStringLiteral("width=1.66667")));
        QVERIFY(dot.contains(QStringLiteral("height=0.555556")));
        QVERIFY(dot.contains(kind == LayoutKind::Layered ? QStringLiteral("rankdir=LR")
                                                         : QStringLiteral("overlap=prism")));
    }
}

void TestGraphLayout::usesGraphvizToolsAsChildProcesses()
{
    if (GraphvizCommand::find(QStringLiteral("sfdp")).isEmpty())
        QSKIP("Graphviz's sfdp is not found (Debian's graphviz package; WS_GRAPHVIZ_DIR may hide "
              "it)");
    // Large enough that sfdp runs for seconds: a child process must appear while it does.
    const Graph graph = graphOf(test::randomSupplyChain(2000, 8000, 4));
    const QList<qint64> before = childProcesses();
    LayoutJob job(LayoutKind::Force, graph.nodes, graph.edges);
    QSignalSpy finished(&job, &LayoutJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().size() > before.size(), 10'000);
    QVERIFY(finished.wait(300'000));
    const auto result = finished.constFirst().constFirst().value<LayoutResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.positions.size(), 2000);
    QCOMPARE(childProcesses(), before);
    // A new process each time: the same graph gets the same picture, which sfdp in process
    // gives only on its first run.
    const Graph small = graphOf(test::randomSupplyChain(60, 150, 7));
    QCOMPARE(GraphLayout::run(LayoutKind::Force, small.nodes, small.edges).positions,
             GraphLayout::run(LayoutKind::Force, small.nodes, small.edges).positions);
}

void TestGraphLayout::fallsBackToLibraryWithoutTheTools()
{
    // Above the size laid out in process anyway (32 companies, 48 relations), and at most 300
    // relations, so that the layered layout's edges are routed.
    const Graph chain = graphOf(test::randomSupplyChain(40, 60, 5));
    const Graph random = graphOf(test::randomSupplyChain(60, 150, 7));
    const LayoutResult layeredByTools =
        GraphLayout::run(LayoutKind::Layered, chain.nodes, chain.edges);

    const WithoutGraphvizTools hidden;
    QVERIFY(GraphvizCommand::find(QStringLiteral("dot")).isEmpty());
    const LayoutResult layered = GraphLayout::run(LayoutKind::Layered, chain.nodes, chain.edges);
    const LayoutResult force = GraphLayout::run(LayoutKind::Force, random.nodes, random.edges);
    for (const LayoutResult *result : { &layered, &force }) {
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        QVERIFY(!result->cancelled);
        QVERIFY(allFinite(*result));
    }
    QCOMPARE(layered.positions.size(), 40);
    QCOMPARE(layered.edgePaths.size(), 60);
    QCOMPARE(force.positions.size(), 60);
    for (const LayoutNode &node : chain.nodes) {
        for (const LayoutNode &other : chain.nodes) {
            if (SupplyChain::tierColumn(node.tier) < SupplyChain::tierColumn(other.tier))
                QVERIFY(layered.positions.value(node.id).x() <
                        layered.positions.value(other.id).x());
        }
    }

    // overlap=prism leaves no two boxes overlapping (see forcePlacesEveryNodeWithoutOverlap).
    for (const LayoutNode &a : random.nodes) {
        for (const LayoutNode &b : random.nodes) {
            const QPointF d = force.positions.value(a.id) - force.positions.value(b.id);
            QVERIFY(a.id == b.id || std::abs(d.x()) >= nodeSize.width() - 1 ||
                    std::abs(d.y()) >= nodeSize.height() - 1);
        }
    }

    // The same dot on the same graph, once in process and once as a command, places the nodes
    // alike, up to how the command writes coordinates: 5 significant digits (%.5g), so within
    // 0.05 of a point for coordinates under 10,000, twice over (the node and the bounds its
    // position is shifted by). sfdp in process is left out: only its first run in a process
    // is the command's, later runs of the same graph differ (state kept by the library).
    const auto agree = [](const LayoutResult &a, const LayoutResult &b) {
        if (a.positions.keys() != b.positions.keys())
            return false;
        for (auto it = a.positions.cbegin(); it != a.positions.cend(); ++it) {
            const QPointF d = *it - b.positions.value(it.key());
            if (std::abs(d.x()) > 0.1 || std::abs(d.y()) > 0.1)
                return false;
        }
        return true;
    };
    QVERIFY(agree(layered, layeredByTools));
    // The routes too: each one starts and ends where the other does.
    QCOMPARE(sortedKeys(layeredByTools.edgePaths), sortedKeys(layered.edgePaths));
    for (auto it = layered.edgePaths.cbegin(); it != layered.edgePaths.cend(); ++it) {
        const QPainterPath byTools = layeredByTools.edgePaths.value(it.key());
        for (qreal at : { 0.0, 1.0 }) {
            const QPointF d = it->pointAtPercent(at) - byTools.pointAtPercent(at);
            QVERIFY(std::abs(d.x()) <= 0.1 && std::abs(d.y()) <= 0.1);
        }
    }
}

void TestGraphLayout::smallGraphsStayInProcess()
{
    // Tools that only fail, in place of Graphviz's.
    QTemporaryDir tools;
    QVERIFY(tools.isValid());
    for (const char *name : { "dot", "sfdp", "neato" }) {
        QFile tool(tools.filePath(QLatin1String(name)));
        QVERIFY(tool.open(QIODevice::WriteOnly));
        tool.write("#!/bin/sh\necho 'this tool always fails' >&2\nexit 3\n");
        tool.close();
        QVERIFY(tool.setPermissions(tool.permissions() | QFileDevice::ExeOwner));
    }
    const ScopedEnvironment failing(GraphvizCommand::directoryVariable, tools.path().toUtf8());

    // 6 companies are laid out in process: the tools are not asked.
    const Graph small = handMadeChain();
    const LayoutResult layered = GraphLayout::run(LayoutKind::Layered, small.nodes, small.edges);
    QVERIFY2(layered.error.isEmpty(), qPrintable(layered.error));
    QCOMPARE(layered.positions.size(), 6);
    QCOMPARE(layered.edgePaths.size(), 6);
    // 60 are not, and the tool's failure is reported with what it said.
    const Graph large = graphOf(test::randomSupplyChain(60, 150, 7));
    const LayoutResult force = GraphLayout::run(LayoutKind::Force, large.nodes, large.edges);
    QCOMPARE(force.error, QStringLiteral("Graphviz sfdp failed: this tool always fails"));
    QVERIFY(force.positions.isEmpty());
}

void TestGraphLayout::layoutUnderCommaLocaleMatchesC_data()
{
    QTest::addColumn<bool>("tools");
    QTest::addColumn<LayoutKind>("kind");
    QTest::addColumn<int>("companies");
    QTest::addColumn<int>("relations");
    // Up to 32 companies and 48 relations the library lays out in process anyway; up to 300
    // relations the layered layout's edges are routed with splines; 500 make dot bounded.
    QTest::newRow("dot, small") << true << LayoutKind::Layered << 6 << 6;
    QTest::newRow("dot, tools") << true << LayoutKind::Layered << 40 << 60;
    QTest::newRow("dot 500, tools") << true << LayoutKind::Layered << 500 << 2000;
    QTest::newRow("sfdp, tools") << true << LayoutKind::Force << 60 << 150;
    QTest::newRow("dot, library") << false << LayoutKind::Layered << 40 << 60;
    QTest::newRow("sfdp, library") << false << LayoutKind::Force << 60 << 150;
}

void TestGraphLayout::layoutUnderCommaLocaleMatchesC()
{
    QFETCH(bool, tools);
    QFETCH(LayoutKind, kind);
    QFETCH(int, companies);
    QFETCH(int, relations);
    QStringList tried;
    const QByteArray comma = commaDecimalLocale(&tried);
    if (comma.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no installed locale has a decimal comma (tried: %1); "
                                        "scripts/install-deps generates de_DE.UTF-8")
                             .arg(tried.join(QStringLiteral(", ")))));
    const Graph graph = companies == 6 ? handMadeChain()
                                       : graphOf(test::randomSupplyChain(companies, relations, 9));
    std::unique_ptr<WithoutGraphvizTools> hidden;
    if (!tools)
        hidden = std::make_unique<WithoutGraphvizTools>();

    // sfdp in process places a graph differently the first time in a process than every time
    // after (fallsBackToLibraryWithoutTheTools), so that first time is spent here.
    if (!tools)
        GraphLayout::run(kind, graph.nodes, graph.edges);
    const LayoutResult inC = GraphLayout::run(kind, graph.nodes, graph.edges);
    QVERIFY2(inC.error.isEmpty(), qPrintable(inC.error));

    // The whole process in the comma locale, its environment too, as when the user's session
    // runs in German and nothing pinned LC_NUMERIC.
    const ScopedEnvironment environment("LC_ALL", comma);
    std::setlocale(LC_ALL, comma.constData());
    const auto restore = qScopeGuard([] { std::setlocale(LC_ALL, "C"); });
    QCOMPARE(QByteArray(std::localeconv()->decimal_point), QByteArray(","));
    // Under this locale "1.5" reads as 1: what Graphviz would make of our node sizes and of
    // its own coordinates, were it not given the C locale.
    QCOMPARE(std::strtod("1.5", nullptr), 1.0);
    const LayoutResult inComma = GraphLayout::run(kind, graph.nodes, graph.edges);
    std::setlocale(LC_ALL, "C");

    QVERIFY2(inComma.error.isEmpty(), qPrintable(inComma.error));
    QCOMPARE(inComma.positions.size(), graph.nodes.size());
    QVERIFY(allFinite(inComma));
    QCOMPARE(inComma.positions, inC.positions);
    QCOMPARE(inComma.bounds, inC.bounds);
    QCOMPARE(sortedKeys(inComma.edgePaths), sortedKeys(inC.edgePaths));
    for (auto it = inC.edgePaths.cbegin(); it != inC.edgePaths.cend(); ++it)
        QVERIFY(inComma.edgePaths.value(it.key()) == *it);
    // Laid out from the origin, every box inside the reported bounds, and the bounds no
    // larger than the boxes need: each side touched by some box.
    QVERIFY(std::abs(inComma.bounds.left()) < 0.01 && std::abs(inComma.bounds.top()) < 0.01);
    QRectF boxes;
    for (const LayoutNode &node : graph.nodes) {
        const QPointF centre = inComma.positions.value(node.id);
        QVERIFY(boxInside(inComma.bounds, centre, node.size));
        boxes |= QRectF(centre - QPointF(node.size.width(), node.size.height()) / 2, node.size);
    }
    if (inComma.edgePaths.isEmpty())
        QVERIFY(std::abs(boxes.width() - inComma.bounds.width()) < 0.01 &&
                std::abs(boxes.height() - inComma.bounds.height()) < 0.01);
}

void TestGraphLayout::cancelStopsFiveThousandCompaniesAtOnce()
{
    if (GraphvizCommand::find(QStringLiteral("sfdp")).isEmpty())
        QSKIP("Graphviz's sfdp is not found (Debian's graphviz package; WS_GRAPHVIZ_DIR may hide "
              "it)");
    // sfdp takes about 10 s on this graph (tests/benchmarks/bench_graphlayout).
    const Graph graph = graphOf(test::randomSupplyChain(5000, 20'000, 2024));
    const QList<qint64> before = childProcesses();

    // Cancelled: finished, with nothing laid out, well within 100 ms.
    {
        LayoutJob job(LayoutKind::Force, graph.nodes, graph.edges);
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(childProcesses().size() > before.size(), 10'000);
        QTest::qWait(200); // well inside sfdp
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(finished.wait(100));
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
        const auto result = finished.constFirst().constFirst().value<LayoutResult>();
        QVERIFY(result.cancelled);
        QVERIFY(result.positions.isEmpty());
        QCOMPARE(childProcesses(), before);
    }

    // Destroyed while running, as the scene does when a new layout replaces a running one:
    // back within 100 ms, and no result delivered afterwards.
    auto *job = new LayoutJob(LayoutKind::Force, graph.nodes, graph.edges);
    QSignalSpy finished(job, &LayoutJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(childProcesses().size() > before.size(), 10'000);
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    delete job;
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(childProcesses(), before);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
