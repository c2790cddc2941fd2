// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "calibrationpage.h"
#include "chartspage.h"
#include "forecastpage.h"
#include "historypage.h"
#include "importwizard.h"
#include "models/workbook.h"
#include "overviewpage.h"
#include "reportpage.h"
#include "sensitivitypage.h"
#include "sourcespage.h"
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
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

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
    , mSources(new SourcesPage(this))
    , mHistory(new HistoryPage(this))
    , mReadOnlyBanner(new QLabel(this))
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
    mPages->addTab(mSources, tr("Sources"));
    mPages->addTab(mHistory, tr("History"));
    // A read-only workbook says so above every page, not only when an edit is refused.
    mReadOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    mReadOnlyBanner->setWordWrap(true);
    mReadOnlyBanner->setTextFormat(Qt::PlainText);
    mReadOnlyBanner->setContentsMargins(10, 6, 10, 6);
    mReadOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel#readOnlyBanner { background: #fef3c7; color: #78350f; "
                       "border-bottom: 1px solid #f59e0b; }"));
    mReadOnlyBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(mReadOnlyBanner);
    centralLayout->addWidget(mPages, 1);
    setCentralWidget(central);
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
    mSources->setWorkbook(nullptr);
    mHistory->setWorkbook(nullptr);
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
    mSources->setWorkbook(workbook.get());
    mHistory->setWorkbook(workbook.get());
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
    if (mWorkbook && mWorkbook->isReadOnly()) {
        mReadOnlyBanner->setText(
            tr("Read-only: %1 cannot be changed, because the file is read-only. Edits are "
               "refused; File ▸ Save As makes an editable copy.")
                .arg(QDir::toNativeSeparators(mWorkbook->path())));
    }
    mReadOnlyBanner->setVisible(mWorkbook && mWorkbook->isReadOnly());
    if (mWorkbook)
        rememberRecent(mWorkbook->path());
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
    QAction *create = file->addAction(tr("&New…"), this, &MainWindow::newWorkbook);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWorkbook);
    open->setShortcut(QKeySequence::Open);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Export &Workbook as JSON…"), this, &MainWindow::exportWorkbook);
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

namespace {

const QString recentKey = QStringLiteral("recentWorkbooks");
constexpr int recentLimit = 8;

QString workbookFilter()
{
    return MainWindow::tr("WaferShare workbooks (*.sqlite *.db);;All files (*)");
}

} // namespace

QStringList MainWindow::recentWorkbooks()
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkbooks();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey, recent.mid(0, recentLimit));
}

void MainWindow::fillRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = recentWorkbooks();
    for (const QString &path : recent) {
        QAction *action = mRecentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                 [this, path] { openWorkbookFile(path); });
        // A file that has gone stays listed, greyed, so the analyst sees where it was.
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        mRecentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    mRecentMenu->addSeparator();
    mRecentMenu->addAction(tr("&Clear List"), this, [] { QSettings().remove(recentKey); });
}

QString MainWindow::startFolder() const
{
    return mWorkbook ? QFileInfo(mWorkbook->path()).absolutePath() : QString();
}

bool MainWindow::openWorkbookFile(const QString &path)
{
    Database::OpenResult opened = Database::open(path);
    if (!opened.database) {
        QMessageBox::warning(this, tr("Cannot Open Workbook"), opened.error);
        return false;
    }
    setWorkbook(std::make_unique<Workbook>(std::move(opened.database)));
    return true;
}

void MainWindow::openWorkbook()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workbook"), startFolder(), workbookFilter());
    if (!path.isEmpty())
        openWorkbookFile(path);
}

QString MainWindow::newWorkbookAt(const QString &path)
{
    if (mWorkbook && QFileInfo(path).absoluteFilePath() == mWorkbook->path())
        return tr("%1 is the open workbook; choose another name for the new one.").arg(path);
    Database::OpenResult created = Database::createReplacing(path);
    if (!created.database)
        return created.error;
    setWorkbook(std::make_unique<Workbook>(std::move(created.database)));
    return {};
}

void MainWindow::newWorkbook()
{
    // The file dialog asks before replacing an existing file.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Workbook"), startFolder(), workbookFilter());
    if (path.isEmpty())
        return;
    const QString error = newWorkbookAt(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot Create Workbook"), error);
}

QString MainWindow::saveWorkbookAs(const QString &path)
{
    if (!mWorkbook)
        return tr("No workbook is open.");
    const QString error = mWorkbook->database().saveCopy(path);
    if (!error.isEmpty())
        return error;
    return openWorkbookFile(path) ? QString() : tr("The copy was written but cannot be opened.");
}

void MainWindow::saveAs()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Workbook As"), startFolder(), workbookFilter());
    if (path.isEmpty())
        return;
    const QString error = saveWorkbookAs(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot Save Workbook"), error);
}

void MainWindow::importCsv()
{
    if (!mWorkbook)
        return;
    if (mWorkbook->isReadOnly()) {
        QMessageBox::information(this, tr("Import CSV"), mWorkbook->readOnlyReason());
        return;
    }
    ImportWizard wizard(mWorkbook.get(), this);
    if (wizard.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported into %1").arg(wizard.table()), 8000);
}

void MainWindow::exportWorkbook()
{
    if (!mWorkbook)
        return;
    const QString suggested = startFolder() + QLatin1Char('/') +
        QFileInfo(mWorkbook->path()).completeBaseName() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Workbook as JSON"),
                                                      suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = mWorkbook->exportJson(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot Export Workbook"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
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
