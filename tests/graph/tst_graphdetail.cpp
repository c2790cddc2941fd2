// SPDX-License-Identifier: MIT
#include "graph/graphvizcommand.h"
#include "graph/nodeitem.h"
#include "graph/overlapremoval.h"
#include "graph/overviewitem.h"
#include "graph/supplychainscene.h"
#include "graph/supplychainview.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/randomsupplychain.h"
#include "support/replacesupplychain.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** Levels of detail of the graph at 5,000 companies and 20,000 relations, the overlap
    removal the layouts rely on, and cancelling a layout of that size. */
class TestGraphDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void overlapRemovalSeparatesAndKeepsOrder();
    void zoomedFarOutShowsATierBoxEach();
    void zoomedOutNamesTheLargestFirst();
    void zoomedInShowsTheCompanies();
    void cancelledLayoutKeepsPositionsAtOnce();

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<SupplyChainScene> mScene;
    std::unique_ptr<SupplyChainView> mView;
};

void TestGraphDetail::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("big.sqlite")));
    QVERIFY(opened.database);
    const QString error = test::replaceSupplyChain(opened.database->connection(),
                                                   test::randomSupplyChain(5000, 20000, 7));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mScene = std::make_unique<SupplyChainScene>();
    mScene->setWorkbook(mWorkbook.get());
    mScene->cancelLayout();
    mScene->relayoutNow(); // layered: by tier without dot at this size, in milliseconds
    mView = std::make_unique<SupplyChainView>();
    mView->setScene(mScene.get());
    mView->resize(1366, 768);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
    mView->fitToVisible();
    QCOMPARE(mScene->nodes().size(), 5000);
}

void TestGraphDetail::cleanupTestCase()
{
    mView.reset();
    mScene.reset();
    mWorkbook.reset();
}

void TestGraphDetail::overlapRemovalSeparatesAndKeepsOrder()
{
    // Three boxes 40 high in one column, 10 apart in y: each must end 40 + 4 below the one
    // above it (0, 44, 88); a fourth beside them (x from 200) is in nobody's way and stays.
    const QList<QRectF> boxes = { QRectF(0, 0, 100, 40), QRectF(10, 10, 100, 40),
                                  QRectF(0, 20, 100, 40), QRectF(200, 5, 50, 40) };
    const QList<QRectF> placed = removeOverlaps(boxes, {}, 4.0);
    QCOMPARE(placed[0], boxes[0]);
    QCOMPARE(placed[1], QRectF(10, 44, 100, 40));
    QCOMPARE(placed[2], QRectF(0, 88, 100, 40));
    QCOMPARE(placed[3], boxes[3]);
    // A fixed box stays where it is and the other one makes room below it.
    const QList<QRectF> fixedFirst =
        removeOverlaps({ QRectF(0, 10, 100, 40), QRectF(0, 0, 100, 40) }, { false, true }, 4.0);
    QCOMPARE(fixedFirst[1], QRectF(0, 0, 100, 40));
    QCOMPARE(fixedFirst[0], QRectF(0, 44, 100, 40));
}

void TestGraphDetail::zoomedFarOutShowsATierBoxEach()
{
    mView->fitToVisible();
    QVERIFY2(mView->transform().m11() < SupplyChainScene::groupDetail,
             qPrintable(QString::number(mView->transform().m11())));
    QCOMPARE(mScene->detailLevel(), SupplyChainScene::DetailLevel::Groups);
    // randomSupplyChain spreads the companies over all twelve tiers.
    const QList<TierGroup> &groups = mScene->overviewItem()->groups();
    QCOMPARE(groups.size(), SupplyChain::tierOrder().size());
    int companies = 0;
    for (const TierGroup &group : groups)
        companies += group.count;
    QCOMPARE(companies, 5000);
    QCOMPARE(groups.first().tier, SupplyChain::tierOrder().first());
    // Drawn: the picture is not the empty background.
    const QImage shot = mView->viewport()->grab().toImage();
    const QRgb background = shot.pixel(0, 0);
    int painted = 0;
    for (int y = 0; y < shot.height(); y += 4) {
        for (int x = 0; x < shot.width(); x += 4)
            painted += shot.pixel(x, y) != background;
    }
    QVERIFY(painted > 100);
}

void TestGraphDetail::zoomedOutNamesTheLargestFirst()
{
    // The measure grows with the id: company 5000 is the largest, 4999 the next.
    QHash<int, double> measure;
    for (NodeItem *node : mScene->nodes())
        measure.insert(node->companyId(), node->companyId());
    mScene->setMeasure(measure, QString());
    mView->zoomBy(0.25 / mView->transform().m11());
    QCOMPARE(mScene->detailLevel(), SupplyChainScene::DetailLevel::Overview);
    mView->centerOn(mScene->node(5000));
    mView->viewport()->grab();
    const QList<int> named = mScene->overviewItem()->labelled();
    QVERIFY(!named.isEmpty());
    QCOMPARE(named.first(), 5000);
    // Tried largest first: the named ones come in falling order of the measure.
    for (qsizetype i = 1; i < named.size(); ++i)
        QVERIFY(named[i] < named[i - 1]);
    // Only as many as fit: each name, 12 px bold on a 6 px wider and 2 px taller ground
    // centred on its company, overlaps no other.
    QFont font;
    font.setPixelSize(12);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    QList<QRectF> grounds;
    for (int id : named) {
        NodeItem *node = mScene->node(id);
        const QSizeF size(metrics.horizontalAdvance(node->company().name) + 6,
                          metrics.height() + 2);
        const QPointF centre = mView->mapFromScene(node->pos());
        const QRectF ground(centre - QPointF(size.width(), size.height()) / 2, size);
        for (const QRectF &other : std::as_const(grounds))
            QVERIFY2(!other.intersects(ground), qPrintable(node->company().name));
        grounds << ground;
    }
    // And not everyone: the view holds far more companies than names.
    int inView = 0;
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    for (NodeItem *node : mScene->nodes())
        inView += visible.contains(node->pos());
    QVERIFY2(named.size() < inView,
             qPrintable(QStringLiteral("%1 named of %2 in view").arg(named.size()).arg(inView)));
}

void TestGraphDetail::zoomedInShowsTheCompanies()
{
    mView->zoomBy(1.0 / mView->transform().m11());
    QCOMPARE(mScene->detailLevel(), SupplyChainScene::DetailLevel::Items);
    QVERIFY(mScene->nodes().first()->isVisible());
}

void TestGraphDetail::cancelledLayoutKeepsPositionsAtOnce()
{
    if (GraphvizCommand::find(QStringLiteral("sfdp")).isEmpty())
        QSKIP("Graphviz's sfdp is not found (Debian's graphviz package; WS_GRAPHVIZ_DIR may hide "
              "it)");
    QHash<int, QPointF> before;
    for (NodeItem *node : mScene->nodes())
        before.insert(node->companyId(), node->pos());
    QSignalSpy started(mScene.get(), &SupplyChainScene::layoutStarted);
    QSignalSpy finished(mScene.get(), &SupplyChainScene::layoutFinished);

    // The force layout takes sfdp about 10 s at this size; the Cancel button calls this.
    mScene->setLayoutKind(LayoutKind::Force);
    QTRY_VERIFY(!started.isEmpty());
    QTest::qWait(500);
    QVERIFY(mScene->isLayingOut());
    QVERIFY(finished.isEmpty());
    QElapsedTimer timer;
    timer.start();
    mScene->cancelLayout();
    QVERIFY(finished.wait(100));
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.constFirst().constFirst().toString(),
             QStringLiteral("Layout cancelled; the previous positions stay."));
    QVERIFY(!mScene->isLayingOut());
    for (NodeItem *node : mScene->nodes())
        QCOMPARE(node->pos(), before.value(node->companyId()));

    mScene->setLayoutKind(LayoutKind::Layered);
    mScene->relayoutNow();
}

QTEST_MAIN(TestGraphDetail)
#include "tst_graphdetail.moc"
