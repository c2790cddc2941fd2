// SPDX-License-Identifier: MIT
#include "graph/edgeitem.h"
#include "graph/graphexporter.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace ws;

/** The supply-chain scene over the default data: items, hover, focus, filters, drags, export. */
class TestSupplyChainGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void holdsAnItemPerCompanyAndRelation();
    void layeredLayoutPutsSuppliersLeftOfCustomers();
    void hoverLightsNeighboursAndDimsTheRest();
    void focusShowsOnlyTheChain();
    void vendorChainAndTierFilters();
    void draggedPositionsAreKeptAndUndone();
    void graphMlHoldsEveryNodeAndEdge();
    void svgKeepsNamesAsText();

private:
    int companyNamed(const QString &name) const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<SupplyChainScene> mScene;
};

void TestSupplyChainGraph::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("graph.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mScene = std::make_unique<SupplyChainScene>();
    mScene->setWorkbook(mWorkbook.get());
    mScene->cancelLayout();
    mScene->relayoutNow();
}

void TestSupplyChainGraph::cleanupTestCase()
{
    mScene.reset();
    mWorkbook.reset();
}

int TestSupplyChainGraph::companyNamed(const QString &name) const
{
    for (const Company &company : mWorkbook->supplyChain()->chain().companies) {
        if (company.name == name)
            return company.id;
    }
    return 0;
}

void TestSupplyChainGraph::holdsAnItemPerCompanyAndRelation()
{
    QCOMPARE(mScene->nodes().size(), mWorkbook->supplyChain()->chain().companies.size());
    QCOMPARE(mScene->edges().size(), mWorkbook->supplyChain()->chain().relations.size());
    NodeItem *wiwynn = mScene->node(companyNamed(QStringLiteral("Wiwynn")));
    QVERIFY(wiwynn);
    QCOMPARE(wiwynn->company().nameZh, QStringLiteral("緯穎"));
    QCOMPARE(wiwynn->type(), int(NodeItem::Type));
}

void TestSupplyChainGraph::layeredLayoutPutsSuppliersLeftOfCustomers()
{
    // Tiers are columns left to right: a foundry (TSMC) left of a design house (Alchip), left of
    // a vendor (AWS), left of a customer (Anthropic).
    const auto x = [&](const char *name) {
        return mScene->node(companyNamed(QString::fromUtf8(name)))->pos().x();
    };
    QVERIFY(x("TSMC") < x("Alchip"));
    QVERIFY(x("Alchip") < x("Amazon Web Services"));
    QVERIFY(x("Amazon Web Services") < x("Anthropic"));
}

void TestSupplyChainGraph::hoverLightsNeighboursAndDimsTheRest()
{
    const int alchip = companyNamed(QStringLiteral("Alchip"));
    mScene->highlightNeighbourhood(alchip);
    // Alchip buys from TSMC and ASE and supplies AWS: all lit; Lite-On is no neighbour.
    QVERIFY(mScene->node(alchip)->isHighlighted());
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("TSMC")))->isDimmed());
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("Amazon Web Services")))->isDimmed());
    QVERIFY(mScene->node(companyNamed(QStringLiteral("Lite-On")))->isDimmed());
    int lit = 0;
    for (EdgeItem *edge : mScene->edges()) {
        const bool touches =
            edge->relation().supplierId == alchip || edge->relation().customerId == alchip;
        QCOMPARE(edge->isHighlighted(), touches);
        QCOMPARE(edge->isDimmed(), !touches);
        lit += touches;
    }
    QCOMPARE(lit, 3); // TSMC → Alchip, ASE → Alchip and Alchip → AWS
    mScene->highlightNeighbourhood(0);
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("Lite-On")))->isDimmed());
    QCOMPARE(mScene->highlighted(), 0);
}

void TestSupplyChainGraph::focusShowsOnlyTheChain()
{
    const int unimicron = companyNamed(QStringLiteral("Unimicron"));
    const QSet<int> chain = mScene->chainOf(unimicron);
    // Unimicron → Wiwynn or Accton → AWS → Anthropic and Apple; nothing upstream of Unimicron.
    const QSet<int> expected = { unimicron,
                                 companyNamed(QStringLiteral("Wiwynn")),
                                 companyNamed(QStringLiteral("Accton")),
                                 companyNamed(QStringLiteral("Amazon Web Services")),
                                 companyNamed(QStringLiteral("Anthropic")),
                                 companyNamed(QStringLiteral("Apple")) };
    QCOMPARE(chain, expected);
    mScene->setFocusCompany(unimicron);
    QVERIFY(mScene->node(unimicron)->isShown());
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("TSMC")))->isShown());
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("Lite-On")))->isShown());
    mScene->setFocusCompany(0);
    QVERIFY(mScene->node(companyNamed(QStringLiteral("TSMC")))->isShown());
}

void TestSupplyChainGraph::vendorChainAndTierFilters()
{
    mScene->setVendorChain(companyNamed(QStringLiteral("Amazon Web Services")));
    QVERIFY(mScene->node(companyNamed(QStringLiteral("Alchip")))->isShown());
    QVERIFY(mScene->node(companyNamed(QStringLiteral("King Slide")))->isShown());
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("Broadcom")))->isShown()); // Google's
    mScene->setVendorChain(0);
    mScene->setHiddenTiers({ QStringLiteral("substrate") });
    QVERIFY(!mScene->node(companyNamed(QStringLiteral("Unimicron")))->isShown());
    QVERIFY(mScene->node(companyNamed(QStringLiteral("Wiwynn")))->isShown());
    for (EdgeItem *edge : mScene->edges()) {
        if (edge->supplier()->companyId() == companyNamed(QStringLiteral("Unimicron")))
            QVERIFY(!edge->isShown());
    }
    mScene->setHiddenTiers({});
}

void TestSupplyChainGraph::draggedPositionsAreKeptAndUndone()
{
    const int accton = companyNamed(QStringLiteral("Accton"));
    const QPointF computed = mScene->node(accton)->pos();
    QCOMPARE(mWorkbook->supplyChain()->moveNodes(mScene->layoutName(),
                                                 { { accton, computed + QPointF(500, 300) } }),
             QString());
    QCOMPARE(mScene->node(accton)->pos(), computed + QPointF(500, 300));
    QCOMPARE(mWorkbook->supplyChain()->nodePositions(QStringLiteral("layered")).value(accton),
             computed + QPointF(500, 300));
    mWorkbook->undoStack()->undo();
    QCOMPARE(mScene->node(accton)->pos(), computed);
    QVERIFY(!mWorkbook->supplyChain()->nodePositions(QStringLiteral("layered")).contains(accton));
}

void TestSupplyChainGraph::graphMlHoldsEveryNodeAndEdge()
{
    const QString path = mDir.filePath(QStringLiteral("chain.graphml"));
    QString error;
    QVERIFY2(GraphExporter::writeGraphMl(mScene.get(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int nodes = 0, edges = 0;
    QStringList labels;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("node"))
            ++nodes;
        else if (xml.name() == QLatin1String("edge"))
            ++edges;
        else if (xml.name() == QLatin1String("data") &&
                 xml.attributes().value(QStringLiteral("key")) == QLatin1String("name_zh"))
            labels << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, mWorkbook->supplyChain()->chain().companies.size());
    QCOMPARE(edges, mWorkbook->supplyChain()->chain().relations.size());
    for (const char *name : { "世芯電子", "台積電", "日月光投控", "欣興電子", "金像電", "高技",
                              "智邦", "緯穎", "光寶", "奇鋐", "貿聯-KY", "川湖" })
        QVERIFY2(labels.contains(QString::fromUtf8(name)), name);
}

void TestSupplyChainGraph::svgKeepsNamesAsText()
{
    const QString path = mDir.filePath(QStringLiteral("chain.svg"));
    QString error;
    QCOMPARE(GraphExporter::exportGraph(mScene.get(), { path, 1.0, QStringLiteral("Supply chain") },
                                        &error),
             GraphExporter::Result::Success);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY(text.contains(QStringLiteral("Wiwynn")));
    QVERIFY(text.contains(QStringLiteral("緯穎")));
    QCOMPARE(GraphExporter::exportGraph(
                 mScene.get(), { mDir.filePath(QStringLiteral("x.gif")), 1.0, {} }, &error),
             GraphExporter::Result::UnknownFormat);
}

QTEST_MAIN(TestSupplyChainGraph)
#include "tst_supplychaingraph.moc"
