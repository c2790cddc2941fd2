// SPDX-License-Identifier: MIT
#include "graph/edgeitem.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "graph/supplychainview.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/randomsupplychain.h"
#include "support/replacesupplychain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** DESIGN §6: with 5,000 companies and 20,000 relations, a redraw of the whole scene and a hover
    highlight each within one frame (16 ms). */
class BenchGraphScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redrawWholeScene();
    void redrawAfterZoom();
    void redrawAfterZoomOverview();
    void hoverHighlight();
    void recomputeExposureAndImpact();

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<SupplyChainScene> mScene;
    std::unique_ptr<SupplyChainView> mView;
};

void BenchGraphScene::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("big.sqlite")));
    QVERIFY(opened.database);
    // The default supply chain replaced with a generated one of the budget's size.
    const QString error = test::replaceSupplyChain(opened.database->connection(),
                                                   test::randomSupplyChain(5000, 20000, 7));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mScene = std::make_unique<SupplyChainScene>();
    mScene->setWorkbook(mWorkbook.get());
    mScene->cancelLayout();
    mScene->setLayoutKind(LayoutKind::Force);
    mScene->cancelLayout();
    mScene->relayoutNow();
    mView = std::make_unique<SupplyChainView>();
    mView->setScene(mScene.get());
    mView->resize(1600, 1000);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    mView->fitToVisible();
    QCOMPARE(mScene->nodes().size(), 5000);
    // To look at what is being measured: WS_BENCH_SHOT=overview.png saves the fitted view.
    if (const QByteArray shot = qgetenv("WS_BENCH_SHOT"); !shot.isEmpty())
        mView->viewport()->grab().save(QString::fromLocal8Bit(shot));
}

void BenchGraphScene::cleanupTestCase()
{
    mView.reset();
    mScene.reset();
    mWorkbook.reset();
}

void BenchGraphScene::redrawWholeScene()
{
    // The whole graph fitted in a 1600 × 1000 view, repainted (an expose, a scroll back): the
    // overview is drawn from its cache.
    QBENCHMARK
    {
        mView->viewport()->grab();
    }
}

void BenchGraphScene::redrawAfterZoom()
{
    // The same after a zoom step, which invalidates the overview's cache. Fitted, 5,000
    // companies are far out: one box per tier, the relations between tiers.
    int next = 0;
    QBENCHMARK
    {
        mView->zoomBy(++next % 2 ? 1.01 : 1 / 1.01);
        mView->viewport()->grab();
    }
}

void BenchGraphScene::redrawAfterZoomOverview()
{
    // Closer in, at a quarter of the size: every company a box, every relation a hairline and
    // the largest companies named. WS_BENCH_SHOT_OVERVIEW=file.png saves what is measured.
    mView->zoomBy(0.25 / mView->transform().m11());
    QCOMPARE(mScene->detailLevel(), SupplyChainScene::DetailLevel::Overview);
    if (const QByteArray shot = qgetenv("WS_BENCH_SHOT_OVERVIEW"); !shot.isEmpty())
        mView->viewport()->grab().save(QString::fromLocal8Bit(shot));
    int next = 0;
    QBENCHMARK
    {
        mView->zoomBy(++next % 2 ? 1.01 : 1 / 1.01);
        mView->viewport()->grab();
    }
    mView->fitToVisible();
}

void BenchGraphScene::hoverHighlight()
{
    const QList<NodeItem *> nodes = mScene->nodes();
    int next = 0;
    // Lighting a company's neighbourhood (and dimming the rest), then the repaint it causes.
    QBENCHMARK
    {
        mScene->highlightNeighbourhood(nodes.at(++next % nodes.size())->companyId());
        mView->viewport()->grab();
    }
}

void BenchGraphScene::recomputeExposureAndImpact()
{
    QBENCHMARK
    {
        mWorkbook->reload();
    }
}

QTEST_MAIN(BenchGraphScene)
#include "bench_graphscene.moc"
