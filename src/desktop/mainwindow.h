// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QTabWidget;
class QToolBar;

namespace ws {

class CalibrationPage;
class CellDetailsPanel;
class ChartsPage;
class ForecastPage;
class HistoryPage;
class OverviewPage;
class ReportPage;
class SensitivityPage;
class SourcesPage;
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
    // A page is made when it is first shown, or first asked for here (without showing it).
    OverviewPage *overviewPage();
    ForecastPage *forecastPage();
    SensitivityPage *sensitivityPage();
    CalibrationPage *calibrationPage();
    ChartsPage *chartsPage();
    SupplyChainPage *supplyChainPage();
    ReportPage *reportPage();
    SourcesPage *sourcesPage();
    HistoryPage *historyPage();
    CellDetailsPanel *cellDetails() const { return mCellDetails; }
    /** The line above the pages that says the workbook is read-only. */
    QLabel *readOnlyBanner() const { return mReadOnlyBanner; }

    /** The workbooks opened last, newest first (File ▸ Open Recent). */
    static QStringList recentWorkbooks();
    static void clearRecentWorkbooks();

    /** Opens @p path in place of the current workbook; shows why when it cannot. */
    bool openWorkbookFile(const QString &path);
    /** Writes a copy of the workbook to @p path and continues in the copy. */
    QString saveWorkbookAs(const QString &path);
    /** Creates a new workbook from the default data at @p path (replacing a file there) and
        opens it. */
    QString newWorkbookAt(const QString &path);
    /** Opens the import wizard, on @p path when one is given (a CSV dropped on the window). */
    void importCsv(const QString &path = {});
    /** Opens the GraphML import of companies and relations, on @p path when one is given. */
    void importGraphMl(const QString &path = {});

    /** Shows the page whose tab is called @p name (case-insensitive, without '&'). */
    bool showPage(const QString &name);

    /** Replaces the open workbook, e.g. after File ▸ Open. */
    void setWorkbook(std::unique_ptr<Workbook> workbook);

    /** Shows the window and makes the page it shows, in time for the first frame. */
    void setVisible(bool visible) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The tabs, in their order on the tab bar.
    enum PageIndex {
        OverviewIndex,
        ForecastIndex,
        ChartsIndex,
        SupplyChainIndex,
        SensitivityIndex,
        CalibrationIndex,
        ReportIndex,
        SourcesIndex,
        HistoryIndex,
    };
    /** Adds a tab per page, each an empty holder until the page is first wanted. */
    void addPageTabs();
    /** The page of tab @p index, made the first time. */
    QWidget *page(int index);
    QWidget *createPage(int index, QWidget *holder);
    /** Every page made so far, with its workbook set to @p workbook. */
    void setPagesWorkbook(Workbook *workbook);
    void createMenus();
    /** Closes the window and starts the program again on the same workbook, e.g. so that a new
        language shows everywhere. Nothing happens when closing is refused. */
    void restartApplication();
    void openWorkbook();
    /** File ▸ Open Server Workbook…: asks for a PostgreSQL address and opens it. */
    void openServerWorkbook();
    void newWorkbook();
    void saveAs();
    void exportWorkbook();
    void exportWorkbookAsExcel();
    void fillRecentMenu();
    void fillScenarioMenu();
    void checkWorkbook();
    void saveSettings() const;
    void restoreSettings();
    void updateStatus();
    QString startFolder() const;
    void rememberRecent(const QString &path);
    void showAbout();
    void updateTitle();
    /** Shows above every page why edits are refused: a read-only workbook, or a server that
        cannot be reached; hidden otherwise. */
    void updateBanner();
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
    SourcesPage *mSources = nullptr;
    HistoryPage *mHistory = nullptr;
    QLabel *mReadOnlyBanner = nullptr; // read-only, or the server's connection lost
    QMenu *mRecentMenu = nullptr;
    QMenu *mScenarioMenu = nullptr;
    QToolBar *mToolBar = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mExportPdfAction = nullptr;
    QAction *mPrintAction = nullptr;
    QLabel *mFileLabel = nullptr;
    QLabel *mAccessLabel = nullptr;
    QDockWidget *mHistoryDock = nullptr;
    QDockWidget *mDetailsDock = nullptr;
    CellDetailsPanel *mCellDetails = nullptr;
    QLabel *mRecomputeLabel = nullptr;
    QMenu *mEditMenu = nullptr;
    QList<QAction *> mUndoActions;
};

} // namespace ws
