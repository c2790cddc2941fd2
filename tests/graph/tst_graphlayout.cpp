// SPDX-License-Identifier: MIT
#include "graph/graphlayout.h"
#include "graph/layoutjob.h"
#include "support/randomsupplychain.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

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

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
