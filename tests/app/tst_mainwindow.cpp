// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/overviewpage.h"
#include "charts/sharedonutchart.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The main window shown offscreen on a new default workbook. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titleNamesTheFile();
    void donutShowsArticleSplitFor2026();
    void yearSelectorRedrawsTheDonut();

private:
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QPieSlice *slice(const QString &vendor) const;
};

void TestMainWindow::init()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("window.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWindow = std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
}

void TestMainWindow::cleanup()
{
    mWindow.reset();
}

QPieSlice *TestMainWindow::slice(const QString &vendor) const
{
    return mWindow->overviewPage()->donutChart()->sliceOf(vendor);
}

void TestMainWindow::titleNamesTheFile()
{
    QVERIFY(mWindow->windowTitle().contains(QStringLiteral("window.sqlite")));
    QVERIFY(mWindow->windowTitle().contains(QStringLiteral("WaferShare")));
}

void TestMainWindow::donutShowsArticleSplitFor2026()
{
    QCOMPARE(mWindow->overviewPage()->year(), 2026);
    QCOMPARE(mWindow->overviewPage()->donutChart()->series()->count(), 7);
    const QList<std::pair<QString, double>> published = { { QStringLiteral("Nvidia"), 55 },
                                                          { QStringLiteral("Google"), 22 },
                                                          { QStringLiteral("AWS"), 6 },
                                                          { QStringLiteral("AMD"), 6 } };
    for (const auto &[vendor, share] : published) {
        QPieSlice *s = slice(vendor);
        QVERIFY2(s, qPrintable(vendor));
        QVERIFY2(qAbs(s->value() - share) <= 1.0, qPrintable(s->label()));
        QVERIFY(qAbs(s->percentage() * 100 - share) <= 1.0);
    }
    QCOMPARE(slice(QStringLiteral("Nvidia"))->color(), QColor(0x76, 0xB9, 0x00));
    // The legend names each vendor with its share.
    const auto markers = mWindow->overviewPage()->donutChart()->chart()->legend()->markers();
    QCOMPARE(markers.size(), 7);
    QVERIFY2(markers.first()->label().startsWith(QStringLiteral("Nvidia  5")),
             qPrintable(markers.first()->label()));
    QCOMPARE(slice(QStringLiteral("Google"))->color(), QColor(0x42, 0x85, 0xF4));
}

void TestMainWindow::yearSelectorRedrawsTheDonut()
{
    auto *years = mWindow->overviewPage()->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QVERIFY(years);
    QCOMPARE(years->count(), 4);
    const double nvidia2026 = slice(QStringLiteral("Nvidia"))->value();
    years->setCurrentIndex(years->findData(2025));
    // 2025 was Nvidia's peak year in every published series (77 % in the MS note).
    QVERIFY(slice(QStringLiteral("Nvidia"))->value() > nvidia2026 + 5.0);
    QVERIFY(
        mWindow->overviewPage()->donutChart()->chart()->title().contains(QStringLiteral("2025")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
