// SPDX-License-Identifier: MIT
#include "../support/randomsupplychain.h"
#include "graph/graphlayout.h"
#include "graph/graphvizcommand.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace ws;

namespace {

struct Graph
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

Graph randomGraph(int companies, int relations)
{
    const SupplyChain chain = test::randomSupplyChain(companies, relations, 2024);
    Graph graph;
    for (const Company &company : chain.companies)
        graph.nodes << LayoutNode { company.id, company.name, company.tier, QSizeF(120, 40) };
    for (const Relation &relation : chain.relations)
        graph.edges << LayoutEdge { relation.id, relation.supplierId, relation.customerId };
    return graph;
}

/** With WS_BENCH_DOT_DIR set, writes the DOT text of what is laid out there, so that
    scripts/bench can time Graphviz's command-line tools on exactly the same input. */
void writeDot(const QString &fileName, LayoutKind kind, const Graph &graph)
{
    const QString dir = qEnvironmentVariable("WS_BENCH_DOT_DIR");
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(GraphLayout::toDot(kind, graph.nodes, graph.edges).toUtf8());
}

void reportNote(const LayoutResult &result)
{
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // QTest runs a benchmark function more than once; one note each is enough.
    static QSet<QByteArray> reported;
    const QByteArray function = QTest::currentTestFunction();
    if (!result.note.isEmpty() && !reported.contains(function)) {
        reported.insert(function);
        qInfo("note: %s", qPrintable(result.note));
    }
}

} // namespace

/** DESIGN §6: the layout of 5,000 companies and 20,000 relations no slower than Graphviz's own
    command-line tool on the same graph (scripts/bench times `sfdp` on the DOT written here).
    Layouts run Graphviz's tools as child processes, so that they can be cancelled at once;
    the ...InProcess figure is the library in process, the fallback, for comparison. */
class BenchGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forceFiveThousandCompanies();
    void forceFiveThousandCompaniesInProcess();
    void layeredFiveThousandCompanies();
    void layeredFiveHundredCompanies();
    void layeredDefaultSize();
    void forceDefaultSize();
};

void BenchGraphLayout::forceFiveThousandCompanies()
{
    const Graph graph = randomGraph(5000, 20'000);
    writeDot(QStringLiteral("force-5000.dot"), LayoutKind::Force, graph);
    LayoutResult result;
    QBENCHMARK_ONCE
    {
        result = GraphLayout::run(LayoutKind::Force, graph.nodes, graph.edges);
    }
    reportNote(result);
    QCOMPARE(result.positions.size(), 5000);
}

void BenchGraphLayout::forceFiveThousandCompaniesInProcess()
{
    const Graph graph = randomGraph(5000, 20'000);
    qputenv(GraphvizCommand::directoryVariable, QByteArray()); // no tools: the library
    LayoutResult result;
    QBENCHMARK_ONCE
    {
        result = GraphLayout::run(LayoutKind::Force, graph.nodes, graph.edges);
    }
    qunsetenv(GraphvizCommand::directoryVariable);
    reportNote(result);
    QCOMPARE(result.positions.size(), 5000);
}

void BenchGraphLayout::layeredFiveThousandCompanies()
{
    const Graph graph = randomGraph(5000, 20'000);
    LayoutResult result;
    QBENCHMARK_ONCE
    {
        result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    }
    reportNote(result);
    QCOMPARE(result.positions.size(), 5000);
}

void BenchGraphLayout::layeredFiveHundredCompanies()
{
    const Graph graph = randomGraph(500, 2000);
    writeDot(QStringLiteral("layered-500.dot"), LayoutKind::Layered, graph);
    LayoutResult result;
    QBENCHMARK_ONCE
    {
        result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    }
    reportNote(result);
    QCOMPARE(result.positions.size(), 500);
}

void BenchGraphLayout::layeredDefaultSize()
{
    const Graph graph = randomGraph(25, 25);
    LayoutResult result;
    QBENCHMARK
    {
        result = GraphLayout::run(LayoutKind::Layered, graph.nodes, graph.edges);
    }
    reportNote(result);
    QCOMPARE(result.positions.size(), 25);
}

void BenchGraphLayout::forceDefaultSize()
{
    const Graph graph = randomGraph(25, 25);
    LayoutResult result;
    QBENCHMARK
    {
        result = GraphLayout::run(LayoutKind::Force, graph.nodes, graph.edges);
    }
    reportNote(result);
    QCOMPARE(result.positions.size(), 25);
}

QTEST_GUILESS_MAIN(BenchGraphLayout)
#include "bench_graphlayout.moc"
