// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "firststartsize.h"
#include "plainmessagebox.h"

#include "celldetailspanel.h"
#include "core/textrules.h"
#include "files/outputfile.h"
#include "files/xlsxfile.h"
#include "graphmlimportwizard.h"
#include "importwizard.h"
#include "models/workbook.h"
#include "models/workbooktables.h"
#include "overviewpage.h"
#include "reportpage.h"
#include "savefolder.h"
#include "workbookfiledialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace ws {

namespace {

// The size of the window at a first start, for the screen it opens on.
QSize firstStartSizeHere()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? firstStartSize(screen->availableGeometry().size()) : QSize(1360, 860);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workbook> workbook, QWidget *parent)
    : QMainWindow(parent)
    , mPages(new QTabWidget(this))
    , mReadOnlyBanner(new QLabel(this))
    , mHistoryDock(new QDockWidget(tr("Undo History"), this))
    , mDetailsDock(new QDockWidget(tr("Cell Details"), this))
    , mCellDetails(new CellDetailsPanel(mDetailsDock))
    , mRecomputeLabel(new QLabel(this))
{
    mToolBar = new QToolBar(tr("Tool Bar"), this);
    mFileLabel = new QLabel(this);
    mAccessLabel = new QLabel(this);
    // The status bar names the file and the scenario as typed; a QLabel would guess markup.
    for (QLabel *label : { mFileLabel, mAccessLabel, mRecomputeLabel })
        label->setTextFormat(Qt::PlainText);
    mPages->setDocumentMode(true);
    addPageTabs();
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
    auto *undoView = new QUndoView(mHistoryDock);
    undoView->setAccessibleName(tr("Undo history"));
    mHistoryDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, mHistoryDock);
    mHistoryDock->hide();
    mDetailsDock->setObjectName(QStringLiteral("cellDetailsDock"));
    mDetailsDock->setWidget(mCellDetails);
    addDockWidget(Qt::RightDockWidgetArea, mDetailsDock);
    mDetailsDock->hide();
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(mToolBar);
    statusBar()->addPermanentWidget(mFileLabel);
    statusBar()->addPermanentWidget(mRecomputeLabel);
    statusBar()->addPermanentWidget(mAccessLabel);
    mPages->setAccessibleName(tr("Pages"));
    setAcceptDrops(true);
    createMenus();
    resize(firstStartSizeHere());
    setWorkbook(std::move(workbook));
    restoreSettings();
    // A page gone to is made when the window is visible; before that, the window makes the
    // page it shows first as it shows (setVisible()), so that a --page given after the page
    // restored above makes only the one.
    connect(mPages, &QTabWidget::currentChanged, this, [this](int index) {
        if (isVisible())
            page(index);
    });
}

MainWindow::~MainWindow()
{
    // The pages hold pointers into the workbook: detach them before it goes.
    setPagesWorkbook(nullptr);
    mCellDetails->setWorkbook(nullptr);
    static_cast<QUndoView *>(mHistoryDock->widget())->setStack(nullptr);
}

void MainWindow::setWorkbook(std::unique_ptr<Workbook> workbook)
{
    setPagesWorkbook(workbook.get());
    mCellDetails->setWorkbook(workbook.get());
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
    updateBanner();
    if (mWorkbook && mWorkbook->isServer()) {
        connect(mWorkbook.get(), &Workbook::colleaguesChanged, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
        connect(mWorkbook.get(), &Workbook::serverConnectionChanged, this, [this](bool connected) {
            updateBanner();
            if (connected)
                statusBar()->showMessage(tr("Connected to the server again."), 8000);
        });
    }
    if (mWorkbook) {
        // A window not shown yet (at start-up) does it once the event loop runs: QSettings
        // writes its file at once, with an fsync, which on a busy disk took 15 to 35 ms before
        // the first frame.
        if (isVisible())
            rememberRecent(mWorkbook->path());
        else
            QTimer::singleShot(0, this, [this, path = mWorkbook->path()] { rememberRecent(path); });
        connect(mWorkbook.get(), &Workbook::forecastChanged, this, &MainWindow::updateStatus);
    }
    updateTitle();
    updateStatus();
    showRecomputeTime();
    if (mWorkbook)
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(mWorkbook->path())),
                                 5000);
}

namespace {

const QString recentKey = QStringLiteral("recentWorkbooks");
constexpr int recentLimit = 8;

} // namespace

QStringList MainWindow::recentWorkbooks()
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::clearRecentWorkbooks()
{
    QSettings().remove(recentKey);
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkbooks();
    if (recent.value(0) == path)
        return; // as it was: nothing to write
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(recentKey, recent.mid(0, recentLimit));
}

QString MainWindow::startFolder() const
{
    return SaveFolder::start();
}

bool MainWindow::openWorkbookFile(const QString &path)
{
    OpenedWorkbook opened = Workbook::open(path);
    if (!opened.workbook) {
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot Open Workbook"), opened.error);
        return false;
    }
    setWorkbook(std::move(opened.workbook));
    return true;
}

void MainWindow::openWorkbook()
{
    const QString path = WorkbookFileDialog::openPath(this, tr("Open Workbook"), startFolder());
    SaveFolder::remember(path);
    if (!path.isEmpty())
        openWorkbookFile(path);
}

QString MainWindow::newWorkbookAt(const QString &path)
{
    if (mWorkbook) {
        if (const QString problem = OutputFile::targetProblem(path, mWorkbook->path());
            !problem.isEmpty())
            return problem;
    }
    OpenedWorkbook created = Workbook::createReplacing(path);
    if (!created.workbook)
        return created.error;
    setWorkbook(std::move(created.workbook));
    return {};
}

void MainWindow::newWorkbook()
{
    // The file dialog asks before replacing an existing file.
    const QString path = WorkbookFileDialog::savePath(this, tr("New Workbook"), startFolder());
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    const QString error = newWorkbookAt(path);
    if (!error.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot Create Workbook"), error);
}

QString MainWindow::saveWorkbookAs(const QString &path)
{
    if (!mWorkbook)
        return tr("No workbook is open.");
    const QString error = mWorkbook->saveCopy(path);
    if (!error.isEmpty())
        return error;
    return openWorkbookFile(path) ? QString() : tr("The copy was written but cannot be opened.");
}

void MainWindow::saveAs()
{
    const QString path = WorkbookFileDialog::savePath(this, tr("Save Workbook As"), startFolder());
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    const QString error = saveWorkbookAs(path);
    if (!error.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot Save Workbook"), error);
}

void MainWindow::importCsv(const QString &path)
{
    if (!mWorkbook)
        return;
    if (mWorkbook->isReadOnly()) {
        showPlainMessage(this, QMessageBox::Information, tr("Import CSV"),
                         mWorkbook->readOnlyReason());
        return;
    }
    ImportWizard wizard(mWorkbook.get(), this);
    if (!path.isEmpty())
        wizard.loadFile(path);
    if (wizard.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported into %1").arg(wizard.table()), 8000);
}

void MainWindow::importGraphMl(const QString &path)
{
    if (!mWorkbook)
        return;
    if (mWorkbook->isReadOnly()) {
        showPlainMessage(this, QMessageBox::Information, tr("Import Supply Chain from GraphML"),
                         mWorkbook->readOnlyReason());
        return;
    }
    GraphMlImportWizard wizard(mWorkbook.get(), this);
    if (!path.isEmpty())
        wizard.loadFile(path);
    if (wizard.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Imported the supply chain from GraphML"), 8000);
}

void MainWindow::exportWorkbook()
{
    if (!mWorkbook)
        return;
    const QString suggested = SaveFolder::suggest(QFileInfo(mWorkbook->path()).completeBaseName() +
                                                  QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Workbook as JSON"),
                                                      suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    const QString error = mWorkbook->exportJson(path);
    if (!error.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot Export Workbook"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportWorkbookAsExcel()
{
    if (!mWorkbook)
        return;
    const QString suggested = SaveFolder::suggest(QFileInfo(mWorkbook->path()).completeBaseName() +
                                                  QStringLiteral(".xlsx"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Workbook as Excel"), suggested,
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    SaveFolder::remember(path);
    // The results of the year the Overview shows, as the scenario is the one open.
    const int shown = mOverview ? mOverview->year() : 0;
    const int year = mWorkbook->input().yearIndex(shown) >= 0
        ? shown
        : WorkbookTables::defaultYear(mWorkbook->input());
    int cutCells = 0;
    const QString error = mWorkbook->exportExcel(path, year, &cutCells);
    if (!error.isEmpty()) {
        showPlainMessage(this, QMessageBox::Warning, tr("Cannot Export Workbook"), error);
        return;
    }
    if (cutCells > 0)
        showPlainMessage(this, QMessageBox::Information, tr("Export Workbook as Excel"),
                         tr("%n text(s) longer than Excel's limit of %1 characters in a cell were "
                            "cut to it, ending in …. CSV and JSON exports keep them whole.",
                            nullptr, cutCells)
                             .arg(XlsxFile::maxCellText));
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showAbout()
{
    QString sources;
    if (mWorkbook) {
        sources = tr("<p>This workbook's figures come from %n source(s), the newest published "
                     "%1; the main one is <i>%2</i>. The Sources page lists them all.</p>",
                     nullptr, static_cast<int>(mWorkbook->sources().size()))
                      .arg(mWorkbook->newestSourceDate().toHtmlEscaped(),
                           mWorkbook->sourceLabel(1).toHtmlEscaped());
    }
    QMessageBox::about(this, tr("About WaferShare"),
                       tr("<h3>WaferShare %1</h3><p>Who consumes the world's AI compute wafers, "
                          "computed bottom-up from assumptions you can check and change, beside "
                          "the figures analysts have published.</p>%2<p>Built with Qt %3 "
                          "(running on Qt %4).</p>")
                           .arg(QStringLiteral(WS_VERSION), sources, QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::checkWorkbook()
{
    if (!mWorkbook)
        return;
    const QStringList problems = mWorkbook->integrityProblems();
    if (problems.isEmpty())
        showPlainMessage(this, QMessageBox::Information, tr("Check Workbook"),
                         tr("%1 is sound: SQLite's integrity check and the foreign keys "
                            "find nothing wrong.")
                             .arg(mWorkbook->fileName()));
    else
        showPlainMessage(this, QMessageBox::Warning, tr("Check Workbook"),
                         tr("%1 has problems:\n%2")
                             .arg(mWorkbook->fileName(), problems.join(QLatin1Char('\n'))));
}

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");
const QString scenarioKey = QStringLiteral("mainWindow/scenario");

bool isCsvFile(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
}

bool isGraphMlFile(const QString &path)
{
    return path.endsWith(QLatin1String(".graphml"), Qt::CaseInsensitive);
}

QString droppedFile(const QMimeData *data)
{
    if (!data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return {};
    const QString path = data->urls().first().toLocalFile();
    return WorkbookFileDialog::isWorkbookName(path) || isCsvFile(path) || isGraphMlFile(path)
        ? path
        : QString();
}

} // namespace

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, mPages->currentIndex());
    if (mWorkbook)
        settings.setValue(scenarioKey, mWorkbook->scenarioName());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(geometryKey))
        restoreGeometry(settings.value(geometryKey).toByteArray());
    if (settings.contains(stateKey))
        restoreState(settings.value(stateKey).toByteArray());
    mPages->setCurrentIndex(std::clamp(settings.value(pageKey, 0).toInt(), 0, mPages->count() - 1));
    const QString scenario = settings.value(scenarioKey).toString();
    if (mWorkbook && !scenario.isEmpty()) {
        for (const Scenario &s : mWorkbook->scenarios()) {
            if (s.name == scenario)
                mWorkbook->setScenario(s.id);
        }
    }
}

void MainWindow::restartApplication()
{
    const QString path = mWorkbook ? mWorkbook->path() : QString();
    if (!close())
        return;
    // The new process reopens the same workbook; page, scenario and layout come from the
    // settings close() just wrote.
    QStringList arguments;
    if (!path.isEmpty())
        arguments << QStringLiteral("--db") << path;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Queued: a modal wizard must not run inside the drop, which the source is waiting on.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            if (isCsvFile(path))
                importCsv(path);
            else if (isGraphMlFile(path))
                importGraphMl(path);
            else
                openWorkbookFile(path);
        },
        Qt::QueuedConnection);
}

void MainWindow::updateStatus()
{
    if (!mWorkbook) {
        mFileLabel->clear();
        mAccessLabel->clear();
        return;
    }
    mFileLabel->setText(mWorkbook->fileName());
    mFileLabel->setToolTip(QDir::toNativeSeparators(mWorkbook->path()));
    mAccessLabel->setText(mWorkbook->isReadOnly() ? tr("Read-only") : tr("Editable"));
    showRecomputeTime();
}

void MainWindow::showRecomputeTime()
{
    // A status bar line, not a place for a whole 200-character name: the rest is elided.
    mRecomputeLabel->setText(mWorkbook ? tr("Scenario %1 · recomputed in %2 ms")
                                             .arg(TextRules::bounded(mWorkbook->scenarioName(), 60))
                                             .arg(mWorkbook->lastRecomputeMs(), 0, 'f', 2)
                                       : QString());
}

void MainWindow::exportReport()
{
    reportPage()->exportPdf();
}

void MainWindow::previewReport()
{
    reportPage()->printPreview();
}

void MainWindow::printReport()
{
    reportPage()->print();
}

void MainWindow::updateBanner()
{
    QString text;
    if (mWorkbook && !mWorkbook->connectionProblem().isEmpty()) {
        text = tr("Connection lost: %1 cannot be reached (%2). Edits are refused until it is "
                  "back; WaferShare connects again by itself.")
                   .arg(mWorkbook->path(), mWorkbook->connectionProblem());
    } else if (mWorkbook && mWorkbook->isReadOnly() && mWorkbook->isServer()) {
        text = tr("Read-only: %1 cannot be changed, because %2. Edits are refused; ask the "
                  "workbook's owner for the role wafershare_analyst to edit it.")
                   .arg(mWorkbook->path(), mWorkbook->fileReadOnlyReason());
    } else if (mWorkbook && mWorkbook->isReadOnly()) {
        // The reason is the store's: a read-only file, or a folder that cannot be written.
        text =
            tr("Read-only: %1 cannot be changed, because %2. Edits are refused; File ▸ Save As "
               "makes an editable copy.")
                .arg(QDir::toNativeSeparators(mWorkbook->path()), mWorkbook->fileReadOnlyReason());
    }
    mReadOnlyBanner->setText(text);
    mReadOnlyBanner->setVisible(!text.isEmpty());
}

void MainWindow::openServerWorkbook()
{
    bool accepted = false;
    const QString address =
        QInputDialog::getText(this, tr("Open Server Workbook"),
                              tr("Address of the team workbook on a PostgreSQL server, for "
                                 "example postgresql://ana@db.example.com:5432/desk\n"
                                 "A password comes from PGPASSWORD or ~/.pgpass and is never "
                                 "saved by WaferShare."),
                              QLineEdit::Normal, QString(), &accepted)
            .trimmed();
    if (!accepted || address.isEmpty())
        return;
    if (!Workbook::isServerAddress(address)) {
        showPlainMessage(this, QMessageBox::Warning, tr("Open Server Workbook"),
                         tr("%1 is not a PostgreSQL address. It starts with postgresql:// or "
                            "is a libpq key/value string such as host=db dbname=desk.")
                             .arg(address));
        return;
    }
    openWorkbookFile(address);
}

void MainWindow::updateTitle()
{
    setWindowTitle(mWorkbook ? tr("%1 — WaferShare").arg(mWorkbook->fileName()) : tr("WaferShare"));
}

} // namespace ws
