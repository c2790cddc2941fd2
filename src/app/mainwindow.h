// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace ws {

class CalibrationPage;
class ChartsPage;
class ForecastPage;
class OverviewPage;
class ReportPage;
class SensitivityPage;
class SupplyChainPage;
class Workbook;

/** The application's window over one open workbook, with a page per way of looking at it. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workbook> workbook, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbook *workbook() const { return mWorkbook.get(); }
    OverviewPage *overviewPage() const { return mOverview; }
    ForecastPage *forecastPage() const { return mForecast; }
    SensitivityPage *sensitivityPage() const { return mSensitivity; }
    CalibrationPage *calibrationPage() const { return mCalibration; }
    ChartsPage *chartsPage() const { return mCharts; }
    SupplyChainPage *supplyChainPage() const { return mSupplyChain; }
    ReportPage *reportPage() const { return mReport; }

    /** Shows the page whose tab is called @p name (case-insensitive, without '&'). */
    bool showPage(const QString &name);

    /** Replaces the open workbook, e.g. after File ▸ Open. */
    void setWorkbook(std::unique_ptr<Workbook> workbook);

private:
    void createMenus();
    void openWorkbook();
    void showAbout();
    void updateTitle();
    void exportReport();
    void previewReport();
    void printReport();
    void showRecomputeTime();

    std::unique_ptr<Workbook> mWorkbook;
    QTabWidget *mPages = nullptr;
    OverviewPage *mOverview = nullptr;
    ForecastPage *mForecast = nullptr;
    SensitivityPage *mSensitivity = nullptr;
    CalibrationPage *mCalibration = nullptr;
    ChartsPage *mCharts = nullptr;
    SupplyChainPage *mSupplyChain = nullptr;
    ReportPage *mReport = nullptr;
    QDockWidget *mHistoryDock = nullptr;
    QLabel *mRecomputeLabel = nullptr;
    QMenu *mEditMenu = nullptr;
    QList<QAction *> mUndoActions;
};

} // namespace ws
