// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "calibrationpage.h"
#include "chartspage.h"
#include "forecastpage.h"
#include "models/workbook.h"
#include "overviewpage.h"
#include "reportpage.h"
#include "sensitivitypage.h"
#include "store/database.h"
#include "supplychainpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>

namespace ws {

MainWindow::MainWindow(std::unique_ptr<Workbook> workbook, QWidget *parent)
    : QMainWindow(parent)
    , mPages(new QTabWidget(this))
    , mOverview(new OverviewPage(this))
    , mForecast(new ForecastPage(this))
    , mSensitivity(new SensitivityPage(this))
    , mCalibration(new CalibrationPage(this))
    , mCharts(new ChartsPage(this))
    , mSupplyChain(new SupplyChainPage(this))
    , mReport(new ReportPage(this))
    , mHistoryDock(new QDockWidget(tr("Undo History"), this))
    , mRecomputeLabel(new QLabel(this))
{
    mPages->setDocumentMode(true);
    mPages->addTab(mOverview, tr("Overview"));
    mPages->addTab(mForecast, tr("Forecast"));
    mPages->addTab(mCharts, tr("Charts"));
    mPages->addTab(mSupplyChain, tr("Supply chain"));
    mPages->addTab(mSensitivity, tr("Sensitivity"));
    mPages->addTab(mCalibration, tr("Calibration"));
    mPages->addTab(mReport, tr("Report"));
    setCentralWidget(mPages);
    mHistoryDock->setObjectName(QStringLiteral("undoHistoryDock"));
    mHistoryDock->setWidget(new QUndoView(mHistoryDock));
    addDockWidget(Qt::RightDockWidgetArea, mHistoryDock);
    mHistoryDock->hide();
    statusBar()->addPermanentWidget(mRecomputeLabel);
    createMenus();
    resize(1360, 860);
    setWorkbook(std::move(workbook));
}

MainWindow::~MainWindow()
{
    // The pages hold pointers into the workbook: detach them before it goes.
    mOverview->setWorkbook(nullptr);
    mForecast->setWorkbook(nullptr);
    mSensitivity->setWorkbook(nullptr);
    mCalibration->setWorkbook(nullptr);
    mCharts->setWorkbook(nullptr);
    mSupplyChain->setWorkbook(nullptr);
    mReport->setWorkbook(nullptr);
    static_cast<QUndoView *>(mHistoryDock->widget())->setStack(nullptr);
}

void MainWindow::setWorkbook(std::unique_ptr<Workbook> workbook)
{
    mOverview->setWorkbook(workbook.get());
    mForecast->setWorkbook(workbook.get());
    mSensitivity->setWorkbook(workbook.get());
    mCalibration->setWorkbook(workbook.get());
    mCharts->setWorkbook(workbook.get());
    mSupplyChain->setWorkbook(workbook.get());
    mReport->setWorkbook(workbook.get());
    static_cast<QUndoView *>(mHistoryDock->widget())
        ->setStack(workbook ? workbook->undoStack() : nullptr);
    for (QAction *action : std::as_const(mUndoActions)) {
        mEditMenu->removeAction(action);
        delete action;
    }
    mUndoActions.clear();
    if (workbook) {
        QAction *undo = workbook->undoStack()->createUndoAction(this, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = workbook->undoStack()->createRedoAction(this, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        mUndoActions = { undo, redo };
        mEditMenu->insertActions(mEditMenu->actions().value(0), mUndoActions);
        connect(workbook.get(), &Workbook::forecastChanged, this, &MainWindow::showRecomputeTime);
        connect(workbook.get(), &Workbook::changeFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Not saved: %1").arg(message), 8000);
        });
    }
    mWorkbook = std::move(workbook);
    updateTitle();
    showRecomputeTime();
    if (mWorkbook)
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(mWorkbook->path())),
                                 5000);
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < mPages->count(); ++i) {
        QString title = mPages->tabText(i);
        title.remove(QLatin1Char('&'));
        if (title.compare(name, Qt::CaseInsensitive) == 0) {
            mPages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWorkbook);
    open->setShortcut(QKeySequence::Open);
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, [this] {
        showPage(QStringLiteral("Charts"));
        mCharts->exportCurrentChart();
    });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *exportPdf =
        file->addAction(tr("Export &Report as PDF…"), this, &MainWindow::exportReport);
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, &MainWindow::previewReport);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printReport);
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    mEditMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = mHistoryDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    view->addAction(history);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WaferShare"), this, &MainWindow::showAbout);
}

void MainWindow::openWorkbook()
{
    const QString start = mWorkbook ? QFileInfo(mWorkbook->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workbook"), start,
                                     tr("WaferShare workbooks (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Database::OpenResult opened = Database::open(path);
    if (!opened.database) {
        QMessageBox::warning(this, tr("Cannot Open Workbook"), opened.error);
        return;
    }
    setWorkbook(std::make_unique<Workbook>(std::move(opened.database)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About WaferShare"),
                       tr("<h3>WaferShare %1</h3><p>Who consumes the world's AI compute wafers, "
                          "computed bottom-up from assumptions you can check and change, beside "
                          "the figures analysts have published.</p>")
                           .arg(QStringLiteral(WS_VERSION)));
}

void MainWindow::showRecomputeTime()
{
    mRecomputeLabel->setText(mWorkbook ? tr("Scenario %1 · recomputed in %2 ms")
                                             .arg(mWorkbook->scenarioName())
                                             .arg(mWorkbook->lastRecomputeMs(), 0, 'f', 2)
                                       : QString());
}

void MainWindow::exportReport()
{
    mReport->exportPdf();
}

void MainWindow::previewReport()
{
    showPage(QStringLiteral("Report"));
}

void MainWindow::printReport()
{
    mReport->print();
}

void MainWindow::updateTitle()
{
    setWindowTitle(mWorkbook ? tr("%1 — WaferShare").arg(mWorkbook->fileName()) : tr("WaferShare"));
}

} // namespace ws
