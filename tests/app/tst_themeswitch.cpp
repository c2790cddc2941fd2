// SPDX-License-Identifier: MIT
#include "charts/appearance.h"
#include "desktop/chartspage.h"
#include "desktop/mainwindow.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QApplication>
#include <QChartView>
#include <QListWidget>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** View ▸ Colours while the program runs: every page and every chart follows at once. */
class TestThemeSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyChartFollowsLightDarkLight();

private:
    QTemporaryDir mDir;
    QPalette mSystemPalette;
};

void TestThemeSwitch::initTestCase()
{
    QSettings().clear();
    mSystemPalette = QApplication::palette(); // before any choice replaced it
}

void TestThemeSwitch::cleanupTestCase()
{
    applyPalette(QStringLiteral("system"));
}

namespace {

// The colours a person sees at the view's left edge, half-way down: the page around the chart
// (Qt Charts leaves a 9-pixel band of the view's window colour) and, at 12 pixels, the chart's
// own background inside its 6-pixel margin, left of any axis label.
std::pair<QColor, QColor> shownBackgrounds(QChartView *view)
{
    const QImage image = view->grab().toImage();
    return { image.pixelColor(3, image.height() / 2), image.pixelColor(12, image.height() / 2) };
}

} // namespace

void TestThemeSwitch::everyChartFollowsLightDarkLight()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("theme.sqlite")));
    QVERIFY(opened.database);
    MainWindow mainWindow(std::make_unique<Workbook>(std::move(opened.database)));
    mainWindow.resize(1280, 800);
    mainWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
    auto *pages = mainWindow.findChild<QTabWidget *>();
    // Pages are made when first shown: the Charts page is asked for here to reach its list.
    auto *chartTypes =
        mainWindow.chartsPage()->findChild<QListWidget *>(QStringLiteral("chartTypes"));
    QVERIFY(pages && chartTypes);

    // The window and base colours of appearance.cpp: Fusion's standard light palette has
    // #EFEFEF and white, the dark palette #2B2D30 and #1E1F22.
    struct Step
    {
        QString palette;
        QColor window, base;
    };
    const QList<Step> steps = {
        { QStringLiteral("light"), QColor(0xEF, 0xEF, 0xEF), QColor(Qt::white) },
        { QStringLiteral("dark"), QColor(0x2B, 0x2D, 0x30), QColor(0x1E, 0x1F, 0x22) },
        { QStringLiteral("light"), QColor(0xEF, 0xEF, 0xEF), QColor(Qt::white) },
        // Back to the system's colours without a restart, from dark.
        { QStringLiteral("dark"), QColor(0x2B, 0x2D, 0x30), QColor(0x1E, 0x1F, 0x22) },
        { QStringLiteral("system"), mSystemPalette.color(QPalette::Window),
          mSystemPalette.color(QPalette::Base) },
    };
    for (const auto &[palette, window, base] : steps) {
        applyPalette(palette);
        QCoreApplication::processEvents();
        const QChart::ChartTheme theme =
            window.lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
        QStringList wrong;
        int checked = 0;
        const auto checkShownCharts = [&](const QString &where) {
            QCoreApplication::processEvents();
            for (QChartView *view : mainWindow.findChildren<QChartView *>()) {
                if (!view->isVisible())
                    continue;
                ++checked;
                const auto [around, inside] = shownBackgrounds(view);
                if (around != window || inside != base || view->chart()->theme() != theme)
                    wrong << QStringLiteral("%1 %2: %3 around %4 on %5")
                                 .arg(where, QLatin1String(view->metaObject()->className()),
                                      inside.name(), around.name(), palette);
            }
        };
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            if (pages->currentWidget() ==
                mainWindow.findChild<QWidget *>(QStringLiteral("charts"))) {
                for (int type = 0; type < chartTypes->count(); ++type) {
                    chartTypes->setCurrentRow(type);
                    checkShownCharts(chartTypes->item(type)->text());
                }
            } else {
                checkShownCharts(pages->widget(page)->objectName());
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        // Overview (donut and trend), Forecast, Sensitivity, Calibration and each chart type of
        // the Charts page: at least ten charts were looked at.
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    }
}

QTEST_MAIN(TestThemeSwitch)
#include "tst_themeswitch.moc"
