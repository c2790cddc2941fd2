// SPDX-License-Identifier: MIT
#include "charts/sharedonutchart.h"
#include "desktop/calibrationpage.h"
#include "desktop/chartspage.h"
#include "desktop/forecastpage.h"
#include "desktop/historypage.h"
#include "desktop/mainwindow.h"
#include "desktop/overviewpage.h"
#include "desktop/reportpage.h"
#include "desktop/sensitivitypage.h"
#include "desktop/sourcespage.h"
#include "desktop/supplychainpage.h"
#include "graph/supplychainscene.h"
#include "models/calibrationmodel.h"
#include "models/sensitivitymodel.h"
#include "models/sourcemodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** Design point 7 of issue 16: a page, and the supply chain's Graphviz layout, is made when it
    is first shown, and every page works when it is gone to later. */
class TestLazyPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void freshWindowMakesOnlyThePageItShows();
    void supplyChainLayoutWaitsUntilThePageIsShown();
    void pageChosenBeforeShowingIsTheOnlyOneMade();
    void restoredPageIsTheOnlyOneMade();
    void everyPageWorksWhenGoneToLater();
    void menuActionMakesThePageItNeeds();

private:
    std::unique_ptr<MainWindow> open();
    /** The names of the page classes made so far, in the tabs' order. */
    QStringList madePages() const;

    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
};

void TestLazyPages::init()
{
    QSettings().clear();
}

void TestLazyPages::cleanup()
{
    mWindow.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestLazyPages::open()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("lazy.sqlite")));
    if (!opened.database)
        return nullptr;
    return std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
}

QStringList TestLazyPages::madePages() const
{
    QStringList made;
    const auto note = [&](QObject *page, const char *name) {
        if (page)
            made << QLatin1String(name);
    };
    // findChild, not the window's accessors: those make the page they are asked for.
    note(mWindow->findChild<OverviewPage *>(), "Overview");
    note(mWindow->findChild<ForecastPage *>(), "Forecast");
    note(mWindow->findChild<ChartsPage *>(), "Charts");
    note(mWindow->findChild<SupplyChainPage *>(), "SupplyChain");
    note(mWindow->findChild<SensitivityPage *>(), "Sensitivity");
    note(mWindow->findChild<CalibrationPage *>(), "Calibration");
    note(mWindow->findChild<ReportPage *>(), "Report");
    note(mWindow->findChild<SourcesPage *>(), "Sources");
    note(mWindow->findChild<HistoryPage *>(), "History");
    return made;
}

void TestLazyPages::freshWindowMakesOnlyThePageItShows()
{
    mWindow = open();
    QVERIFY(mWindow);
    QCOMPARE(madePages(), QStringList());
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QCOMPARE(madePages(), QStringList { QStringLiteral("Overview") });
    auto *overview = mWindow->findChild<OverviewPage *>();
    QVERIFY(overview->isVisible());
    // Laid out and drawn in the frame that shows it: the whole tab, and a slice for each of the
    // seven vendors of data/vendor.csv.
    QCOMPARE(overview->geometry(), overview->parentWidget()->rect());
    QCOMPARE(overview->donutChart()->series()->count(), 7);
    // The nine tabs are all there to click, each named.
    auto *tabs = mWindow->findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 9);
    QCOMPARE(tabs->tabText(3), QStringLiteral("Supply chain"));
}

void TestLazyPages::supplyChainLayoutWaitsUntilThePageIsShown()
{
    mWindow = open();
    QVERIFY(mWindow);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QTest::qWait(200); // time for any layout queued at start-up to begin
    // The scene owns the layout job and its Graphviz process: no scene, no layout.
    QCOMPARE(mWindow->findChildren<SupplyChainScene *>().size(), 0);

    QVERIFY(mWindow->showPage(QStringLiteral("Supply chain")));
    auto *page = mWindow->findChild<SupplyChainPage *>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(mWindow->findChildren<SupplyChainScene *>().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->scene()->isLayingOut(), 20000);
    // One node per company of data/company.csv: 31 rows.
    QCOMPARE(page->scene()->nodes().size(), 31);
}

void TestLazyPages::pageChosenBeforeShowingIsTheOnlyOneMade()
{
    // What `wafershare --page "supply chain"` does: choose the page, then show the window.
    mWindow = open();
    QVERIFY(mWindow);
    QVERIFY(mWindow->showPage(QStringLiteral("supply chain")));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QCOMPARE(madePages(), QStringList { QStringLiteral("SupplyChain") });
    QVERIFY(mWindow->findChild<SupplyChainPage *>()->isVisible());
}

void TestLazyPages::restoredPageIsTheOnlyOneMade()
{
    mWindow = open();
    QVERIFY(mWindow);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QVERIFY(mWindow->showPage(QStringLiteral("Calibration")));
    QVERIFY(mWindow->close()); // saves the page shown
    mWindow.reset();

    mWindow = open();
    QVERIFY(mWindow);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    QCOMPARE(madePages(), QStringList { QStringLiteral("Calibration") });
    QVERIFY(mWindow->findChild<CalibrationPage *>()->isVisible());
}

void TestLazyPages::everyPageWorksWhenGoneToLater()
{
    mWindow = open();
    QVERIFY(mWindow);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    auto *tabs = mWindow->findChild<QTabWidget *>();
    // Through the tab bar, as a click does, last tab first.
    for (int index = tabs->count() - 1; index >= 0; --index) {
        tabs->setCurrentIndex(index);
        QWidget *holder = tabs->widget(index);
        const QList<QWidget *> shown = holder->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first()->isVisible(), qPrintable(holder->objectName()));
        QCOMPARE(shown.first()->geometry(), holder->rect());
    }
    QCOMPARE(madePages().size(), 9);
    // Each made once: going back makes nothing new.
    tabs->setCurrentIndex(3);
    tabs->setCurrentIndex(0);
    QCOMPARE(mWindow->findChildren<SupplyChainPage *>().size(), 1);
    QCOMPARE(mWindow->findChildren<OverviewPage *>().size(), 1);

    // Each page holds the workbook's data. Seven vendors in data/vendor.csv, one slice each.
    QCOMPARE(mWindow->overviewPage()->donutChart()->series()->count(), 7);
    // 38 rows in data/source.csv.
    QCOMPARE(mWindow->sourcesPage()->model()->rowCount(), 38);
    // The sensitivity of the shown share is worked out once its page is shown.
    QVERIFY(mWindow->showPage(QStringLiteral("Sensitivity")));
    QTRY_VERIFY(mWindow->sensitivityPage()->model()->rowCount() > 0);
    QVERIFY(mWindow->showPage(QStringLiteral("Supply chain")));
    QTRY_VERIFY_WITH_TIMEOUT(!mWindow->supplyChainPage()->scene()->isLayingOut(), 20000);
    QCOMPARE(mWindow->supplyChainPage()->scene()->nodes().size(), 31);
}

void TestLazyPages::menuActionMakesThePageItNeeds()
{
    mWindow = open();
    QVERIFY(mWindow);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
    // File ▸ New first: the page made afterwards reads the workbook open then.
    QCOMPARE(mWindow->newWorkbookAt(mDir.filePath(QStringLiteral("second.sqlite"))), QString());
    QAction *sources = nullptr;
    for (QAction *top : mWindow->menuBar()->actions()) {
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == QLatin1String("&Sources and Unsourced Numbers"))
                sources = action;
        }
    }
    QVERIFY(sources);
    sources->trigger(); // Tools ▸ Sources and Unsourced Numbers goes to the Sources page
    auto *page = mWindow->findChild<SourcesPage *>();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QCOMPARE(page->model()->rowCount(), 38);
    QCOMPARE(madePages(), (QStringList { QStringLiteral("Overview"), QStringLiteral("Sources") }));
}

QTEST_MAIN(TestLazyPages)
#include "tst_lazypages.moc"
