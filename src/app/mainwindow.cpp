// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "models/workbook.h"
#include "overviewpage.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace ws {

MainWindow::MainWindow(std::unique_ptr<Workbook> workbook, QWidget *parent)
    : QMainWindow(parent)
    , mPages(new QTabWidget(this))
    , mOverview(new OverviewPage(this))
{
    mPages->setDocumentMode(true);
    mPages->addTab(mOverview, tr("Overview"));
    setCentralWidget(mPages);
    createMenus();
    resize(1360, 860);
    setWorkbook(std::move(workbook));
}

MainWindow::~MainWindow()
{
    // The pages hold pointers into the workbook: detach them before it goes.
    mOverview->setWorkbook(nullptr);
}

void MainWindow::setWorkbook(std::unique_ptr<Workbook> workbook)
{
    mOverview->setWorkbook(workbook.get());
    mWorkbook = std::move(workbook);
    updateTitle();
    if (mWorkbook)
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(mWorkbook->path())),
                                 5000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWorkbook);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

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

void MainWindow::updateTitle()
{
    setWindowTitle(mWorkbook ? tr("%1 — WaferShare").arg(mWorkbook->fileName()) : tr("WaferShare"));
}

} // namespace ws
