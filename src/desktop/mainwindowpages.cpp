// SPDX-License-Identifier: MIT
// MainWindow: its pages. Each tab holds an empty holder until its page is first shown or asked
// for, so that a start builds the one page it shows (and the Supply chain page, with its
// Graphviz layout, only when someone goes there).
#include "mainwindow.h"

#include "calibrationpage.h"
#include "celldetailspanel.h"
#include "chartspage.h"
#include "forecastpage.h"
#include "historypage.h"
#include "overviewpage.h"
#include "reportpage.h"
#include "sensitivitypage.h"
#include "sourcespage.h"
#include "supplychainpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ws {

namespace {

template<typename Page> Page *makePage(Page *&member, QWidget *holder, Workbook *workbook)
{
    member = new Page(holder);
    holder->layout()->addWidget(member);
    member->setWorkbook(workbook);
    return member;
}

} // namespace

void MainWindow::addPageTabs()
{
    // Each holder's object name is its page's English name: showPage() and --page find it by
    // that in every language.
    const QList<std::pair<QString, QString>> pages = {
        { QStringLiteral("overview"), tr("Overview") },
        { QStringLiteral("forecast"), tr("Forecast") },
        { QStringLiteral("charts"), tr("Charts") },
        { QStringLiteral("supply chain"), tr("Supply chain") },
        { QStringLiteral("sensitivity"), tr("Sensitivity") },
        { QStringLiteral("calibration"), tr("Calibration") },
        { QStringLiteral("report"), tr("Report") },
        { QStringLiteral("sources"), tr("Sources") },
        { QStringLiteral("history"), tr("History") },
    };
    for (const auto &[englishName, title] : pages) {
        auto *holder = new QWidget(mPages);
        holder->setObjectName(englishName);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        mPages->addTab(holder, title);
    }
}

QWidget *MainWindow::page(int index)
{
    QWidget *holder = mPages->widget(index);
    if (!holder)
        return nullptr;
    if (QLayoutItem *made = holder->layout()->itemAt(0))
        return made->widget();
    QWidget *page = createPage(index, holder);
    // A holder already on screen shows its new page at once and lays it out, not at the next
    // layout pass: the page is drawn whole in the frame that shows it.
    if (holder->isVisible()) {
        page->show();
        holder->layout()->activate();
    }
    return page;
}

QWidget *MainWindow::createPage(int index, QWidget *holder)
{
    Workbook *workbook = mWorkbook.get();
    switch (static_cast<PageIndex>(index)) {
    case OverviewIndex:
        return makePage(mOverview, holder, workbook);
    case ForecastIndex:
        makePage(mForecast, holder, workbook);
        connect(mForecast, &ForecastPage::currentCellChanged, mCellDetails,
                &CellDetailsPanel::showCell);
        return mForecast;
    case ChartsIndex:
        return makePage(mCharts, holder, workbook);
    case SupplyChainIndex:
        return makePage(mSupplyChain, holder, workbook);
    case SensitivityIndex:
        return makePage(mSensitivity, holder, workbook);
    case CalibrationIndex:
        return makePage(mCalibration, holder, workbook);
    case ReportIndex:
        return makePage(mReport, holder, workbook);
    case SourcesIndex:
        return makePage(mSources, holder, workbook);
    case HistoryIndex:
        return makePage(mHistory, holder, workbook);
    }
    return nullptr;
}

void MainWindow::setPagesWorkbook(Workbook *workbook)
{
    const auto set = [workbook](auto *page) {
        if (page)
            page->setWorkbook(workbook);
    };
    set(mOverview);
    set(mForecast);
    set(mSensitivity);
    set(mCalibration);
    set(mCharts);
    set(mSupplyChain);
    set(mReport);
    set(mSources);
    set(mHistory);
}

OverviewPage *MainWindow::overviewPage()
{
    page(OverviewIndex);
    return mOverview;
}

ForecastPage *MainWindow::forecastPage()
{
    page(ForecastIndex);
    return mForecast;
}

SensitivityPage *MainWindow::sensitivityPage()
{
    page(SensitivityIndex);
    return mSensitivity;
}

CalibrationPage *MainWindow::calibrationPage()
{
    page(CalibrationIndex);
    return mCalibration;
}

ChartsPage *MainWindow::chartsPage()
{
    page(ChartsIndex);
    return mCharts;
}

SupplyChainPage *MainWindow::supplyChainPage()
{
    page(SupplyChainIndex);
    return mSupplyChain;
}

ReportPage *MainWindow::reportPage()
{
    page(ReportIndex);
    return mReport;
}

SourcesPage *MainWindow::sourcesPage()
{
    page(SourcesIndex);
    return mSources;
}

HistoryPage *MainWindow::historyPage()
{
    page(HistoryIndex);
    return mHistory;
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < mPages->count(); ++i) {
        QString title = mPages->tabText(i);
        title.remove(QLatin1Char('&'));
        if (mPages->widget(i)->objectName().compare(name, Qt::CaseInsensitive) == 0 ||
            title.compare(name, Qt::CaseInsensitive) == 0) {
            mPages->setCurrentIndex(i);
            if (isVisible())
                page(i); // the current page already, which the tab bar did not change
            return true;
        }
    }
    return false;
}

void MainWindow::setVisible(bool visible)
{
    QMainWindow::setVisible(visible);
    // The page shown first is made now, after the window has been mapped but before anything
    // is painted: its charts, which wait while their page is hidden in a shown window, draw
    // once as the page shows instead of once for each choice made while building the page.
    if (visible)
        page(mPages->currentIndex());
}

} // namespace ws
