// SPDX-License-Identifier: MIT
#include "core/localname.h"
#include "desktop/mainwindow.h"
#include "desktop/supplychainpage.h"
#include "graph/graphmetrics.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "graph/supplychainview.h"
#include "models/supplychainanalysis.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace ws;

/** The Supply chain page as a new user first sees it, in a window of a laptop's and of a
    desktop's screen size, on a new default workbook and no remembered settings. */
class TestSupplyChainPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstViewIsFittedAndReadable_data();
    void firstViewIsFittedAndReadable();
    void detailsPanelLeavesTheGraphItsRoomAt1024();
    void legendKeepsEachSwatchWithItsTier();
    void layoutChoiceIsRemembered();
    void paletteChangeRecoloursTheGraph();
    void graphMlCarriesTheShownScenarioAndYear();

private:
    void openWindow(const QSize &size);
    SupplyChainPage *page() const { return mWindow->supplyChainPage(); }

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
};

void TestSupplyChainPage::init()
{
    QSettings().clear();
}

void TestSupplyChainPage::cleanup()
{
    mWindow.reset();
    QSettings().clear();
}

void TestSupplyChainPage::openWindow(const QSize &size)
{
    mWindow.reset();
    auto opened = Database::open(mDir.filePath(QStringLiteral("page.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWindow = std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    mWindow->resize(size);
    QVERIFY(mWindow->showPage(QStringLiteral("Supply chain")));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->scene()->isLayingOut(), 20000);
    QTest::qWait(50); // the fit after the layout, and any resize it causes
}

void TestSupplyChainPage::firstViewIsFittedAndReadable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestSupplyChainPage::firstViewIsFittedAndReadable()
{
    QFETCH(QSize, size);
    openWindow(size);
    SupplyChainView *view = page()->view();
    SupplyChainScene *scene = page()->scene();
    QVERIFY(!scene->nodes().isEmpty());
    QCOMPARE(scene->detailLevel(), SupplyChainScene::DetailLevel::Items);

    // Fitted: the companies' boxes fill at least 60 % of the viewport one way and overflow
    // neither.
    QRectF scenePart;
    for (NodeItem *node : scene->nodes())
        scenePart |= node->box().translated(node->pos());
    const QRect shown = view->mapFromScene(scenePart).boundingRect();
    const QRect viewport = view->viewport()->rect();
    const double widthShare = double(shown.width()) / viewport.width();
    const double heightShare = double(shown.height()) / viewport.height();
    QVERIFY2(std::max(widthShare, heightShare) >= 0.6,
             qPrintable(QStringLiteral("the graph fills %1 × %2 of the view")
                            .arg(widthShare)
                            .arg(heightShare)));
    QVERIFY2(viewport.adjusted(-1, -1, 1, 1).contains(shown),
             qPrintable(QStringLiteral("the graph overflows the view")));

    // No two boxes overlap.
    const QList<NodeItem *> nodes = scene->nodes();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (qsizetype k = i + 1; k < nodes.size(); ++k) {
            const QRectF a = nodes[i]->box().translated(nodes[i]->pos());
            const QRectF b = nodes[k]->box().translated(nodes[k]->pos());
            QVERIFY2(!a.intersects(b),
                     qPrintable(QStringLiteral("%1 overlaps %2")
                                    .arg(nodes[i]->company().name, nodes[k]->company().name)));
        }
    }

    // Every name whole in its box: its width in the name's font is inside the box, and the
    // title drawn is the name itself, not an elided one.
    const QFontMetricsF metrics(NodeItem::nameFont());
    for (NodeItem *node : nodes) {
        const QString name = shownName(node->company());
        QVERIFY2(metrics.horizontalAdvance(name) < node->box().width(), qPrintable(name));
        QCOMPARE(node->shownTitle(), name);
    }

    // Names at least 9 px high on screen: the font's pixel size times the view's scale.
    const double onScreen = NodeItem::nameFont().pixelSize() * view->transform().m11();
    qInfo("names %.2f px high", onScreen);
    QVERIFY2(onScreen >= 9.0, qPrintable(QStringLiteral("names are %1 px high").arg(onScreen)));
}

void TestSupplyChainPage::detailsPanelLeavesTheGraphItsRoomAt1024()
{
    openWindow(QSize(1024, 768));
    auto *tabs = page()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    // The graph keeps at least 60 % of what the page and the panel share.
    const int graph = page()->view()->width();
    QVERIFY2(graph >= 0.6 * (graph + tabs->width()),
             qPrintable(QStringLiteral("graph %1 px, panel %2 px").arg(graph).arg(tabs->width())));
}

void TestSupplyChainPage::legendKeepsEachSwatchWithItsTier()
{
    openWindow(QSize(1366, 768));
    auto *legend = page()->findChild<QLabel *>(QStringLiteral("supplyChainLegend"));
    QVERIFY(legend);
    // Laid out as the label lays it out, at its width: no line ends in a colour swatch (at
    // 1366 px the first line broke between "■" and "Servers and racks").
    QTextDocument document;
    document.setDefaultFont(legend->font());
    document.setHtml(legend->text());
    document.setDocumentMargin(0);
    document.setTextWidth(legend->contentsRect().width());
    QVERIFY(document.size().height() > 0); // laid out
    int lines = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QString text = block.text().mid(line.textStart(), line.textLength()).trimmed();
            QVERIFY2(!text.endsWith(QChar(0x25A0)), qPrintable(text));
            ++lines;
        }
    }
    QVERIFY2(lines >= 3,
             qPrintable(QString::number(
                 lines))); // the swatches wrap at this width: the check has lines to look at
}

void TestSupplyChainPage::layoutChoiceIsRemembered()
{
    openWindow(QSize(1366, 768));
    auto *layout = page()->findChild<QComboBox *>(QStringLiteral("layoutCombo"));
    QVERIFY(layout);
    QCOMPARE(page()->scene()->layoutKind(), LayoutKind::Layered);
    layout->setCurrentIndex(layout->findData(static_cast<int>(LayoutKind::Force)));
    QCOMPARE(page()->scene()->layoutKind(), LayoutKind::Force);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->scene()->isLayingOut(), 20000);

    // The next run starts with it.
    openWindow(QSize(1366, 768));
    layout = page()->findChild<QComboBox *>(QStringLiteral("layoutCombo"));
    QCOMPARE(page()->scene()->layoutKind(), LayoutKind::Force);
    QCOMPARE(layout->currentData().toInt(), static_cast<int>(LayoutKind::Force));
}

void TestSupplyChainPage::paletteChangeRecoloursTheGraph()
{
    openWindow(QSize(1366, 768));
    SupplyChainScene *scene = page()->scene();
    SupplyChainView *view = page()->view();
    const QPalette light = QApplication::palette();
    NodeItem *nvidia = nullptr;
    int tsmc = 0;
    for (NodeItem *node : scene->nodes()) {
        if (node->company().name == QLatin1String("Nvidia"))
            nvidia = node;
        if (node->company().name == QLatin1String("TSMC"))
            tsmc = node->companyId();
    }
    QVERIFY(nvidia && tsmc);
    // A pixel just inside the box's left edge, on its fill (the text is centred).
    const auto fillPixel = [&] {
        const QRectF box = nvidia->box().translated(nvidia->pos());
        const QPoint at = view->mapFromScene(QPointF(box.left() + 5, box.center().y()));
        return view->viewport()->grab().toImage().pixelColor(at);
    };
    const auto backgroundPixel = [&] {
        return view->viewport()->grab().toImage().pixelColor(2, 2);
    };
    const QColor lightFill = fillPixel();
    QCOMPARE(backgroundPixel(), light.color(QPalette::Base));

    QPalette dark = light;
    const QColor base(0x1E, 0x1F, 0x22);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x30));
    dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Link, QColor(0x00, 0x00, 0xFF)); // as dark as a default link
    QApplication::setPalette(dark);
    QApplication::processEvents();
    page()->showCompany(tsmc);

    QCOMPARE(scene->backgroundBrush().color(), base);
    QCOMPARE(backgroundPixel(), base);
    // Nvidia's box, near-black on light, is lifted on dark so that it stands out.
    const QColor darkFill = fillPixel();
    QVERIFY2(darkFill.lightness() > lightFill.lightness() + 20,
             qPrintable(QStringLiteral("%1 → %2").arg(lightFill.name(), darkFill.name())));

    // The details' links read on the dark base: lighter than #0000FF.
    QTextDocument details;
    details.setHtml(page()->detailsHtml());
    int links = 0;
    for (QTextBlock block = details.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isAnchor())
                continue;
            ++links;
            QVERIFY2(format.foreground().color().lightness() >= 150,
                     qPrintable(format.foreground().color().name()));
        }
    }
    QVERIFY(links > 0); // TSMC supplies and buys from others

    QApplication::setPalette(light);
    QApplication::processEvents();
    QCOMPARE(backgroundPixel(), light.color(QPalette::Base));
    QCOMPARE(fillPixel(), lightFill);
}

void TestSupplyChainPage::graphMlCarriesTheShownScenarioAndYear()
{
    openWindow(QSize(1280, 800));
    auto *year = page()->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QVERIFY(year);
    year->setCurrentIndex(year->findData(2027));
    QCOMPARE(page()->analysis()->year(), 2027);
    Workbook *workbook = mWindow->workbook();
    for (const Scenario &scenario : workbook->scenarios()) {
        if (scenario.name == QLatin1String("AWS upside"))
            workbook->setScenario(scenario.id);
    }
    QCOMPARE(workbook->scenarioName(), QStringLiteral("AWS upside"));

    const GraphMetrics metrics = page()->graphMetrics();
    QCOMPARE(metrics.scenario, QStringLiteral("AWS upside"));
    QCOMPARE(metrics.year, 2027);
    const QList<BenefitRow> &rows = page()->analysis()->rows();
    QVERIFY(rows.size() > 10);
    QCOMPARE(metrics.impact.size(), static_cast<std::size_t>(rows.size()));
    for (const BenefitRow &row : rows)
        QCOMPARE(metrics.impact.at(row.companyId), row.impact);
}

QTEST_MAIN(TestSupplyChainPage)
#include "tst_supplychainpage.moc"
