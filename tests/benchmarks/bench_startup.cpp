// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** DESIGN §6: a shown main window in < 1 s on the default data; a recompute that redraws the
    charts within a frame (16 ms). */
class BenchStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openWorkbookAndShowMainWindow();
    void switchScenarioAndRedrawCharts();

private:
    QTemporaryDir mDir;
    QString mPath;
};

void BenchStartup::initTestCase()
{
    mPath = mDir.filePath(QStringLiteral("startup.sqlite"));
    QVERIFY(Database::open(mPath).database); // create once: the start being measured is a reopen
}

void BenchStartup::openWorkbookAndShowMainWindow()
{
    QBENCHMARK
    {
        auto opened = Database::open(mPath);
        QVERIFY(opened.database);
        MainWindow window(std::make_unique<Workbook>(std::move(opened.database)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.grab(); // paint everything once
    }
}

void BenchStartup::switchScenarioAndRedrawCharts()
{
    auto opened = Database::open(mPath);
    QVERIFY(opened.database);
    MainWindow window(std::make_unique<Workbook>(std::move(opened.database)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto scenarios = window.workbook()->scenarios();
    QVERIFY(scenarios.size() >= 2);
    int next = 0;
    QBENCHMARK
    {
        window.workbook()->setScenario(scenarios.at(++next % 2).id);
        window.grab();
    }
}

QTEST_MAIN(BenchStartup)
#include "bench_startup.moc"
