// SPDX-License-Identifier: MIT
// MainWindow: its menus and tool bar. Every action has a shortcut, the platform's standard key
// where there is one, or says in its "noShortcutReason" property why it has none.
#include "mainwindow.h"

#include "app/language.h"
#include "calibrationpage.h"
#include "charts/appearance.h"
#include "chartspage.h"
#include "forecastpage.h"
#include "guidewindow.h"
#include "models/workbook.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace ws {

namespace {

// Why an action has no shortcut of its own, for the test that every action has one or a reason.
void noShortcut(QAction *action, const char *reason)
{
    action->setProperty("noShortcutReason", QString::fromLatin1(reason));
}

// The platform's standard key, or @p fallback where the platform defines none (SaveAs and Quit
// have no binding on some platforms).
void setStandardShortcut(QAction *action, QKeySequence::StandardKey key,
                         const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    action->setShortcuts(keys.isEmpty() ? QList<QKeySequence> { fallback } : keys);
}

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QApplication::style()->standardIcon(fallback));
}

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    mNewAction = file->addAction(themeIcon("document-new", QStyle::SP_FileIcon), tr("&New…"), this,
                                 &MainWindow::newWorkbook);
    setStandardShortcut(mNewAction, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    mOpenAction = file->addAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                                  tr("&Open…"), this, &MainWindow::openWorkbook);
    setStandardShortcut(mOpenAction, QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *openServer =
        file->addAction(themeIcon("network-server", QStyle::SP_DriveNetIcon),
                        tr("Open Ser&ver Workbook…"), this, &MainWindow::openServerWorkbook);
    openServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    mSaveAsAction = file->addAction(themeIcon("document-save-as", QStyle::SP_DialogSaveButton),
                                    tr("Save &As…"), this, &MainWindow::saveAs);
    setStandardShortcut(mSaveAsAction, QKeySequence::SaveAs,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    mImportAction = file->addAction(themeIcon("document-import", QStyle::SP_ArrowDown),
                                    tr("&Import CSV…"), this, [this] { importCsv(); });
    mImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importGraphMlAction = file->addAction(tr("Import Supply Chain from &GraphML…"), this,
                                                   [this] { importGraphMl(); });
    importGraphMlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *exportJson =
        file->addAction(tr("Export &Workbook as JSON…"), this, &MainWindow::exportWorkbook);
    exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    QAction *exportExcel =
        file->addAction(tr("Export Workbook as E&xcel…"), this, &MainWindow::exportWorkbookAsExcel);
    exportExcel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, [this] {
        showPage(QStringLiteral("Charts"));
        chartsPage()->exportCurrentChart();
    });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    mExportPdfAction =
        // The desktop theme's icon where there is one; else our own, as Qt's stock set has no
        // export (its floppy disk drew small and grey on the tool bar).
        file->addAction(QIcon::fromTheme(QStringLiteral("document-export"),
                                         QIcon(QStringLiteral(":/icons/export-pdf.svg"))),
                        tr("Export &Report (PDF or OpenDocument)…"), this,
                        &MainWindow::exportReport);
    mExportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, &MainWindow::previewReport);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    mPrintAction = file->addAction(themeIcon("document-print", QStyle::SP_FileDialogDetailedView),
                                   tr("&Print…"), this, &MainWindow::printReport);
    setStandardShortcut(mPrintAction, QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    setStandardShortcut(quit, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));

    mEditMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < mPages->count(); ++page) {
        QAction *go = view->addAction(mPages->tabText(page), this,
                                      [this, page] { mPages->setCurrentIndex(page); });
        // Alt+1…9 go to the first nine pages, as tabs do in browsers and editors.
        if (page < 9)
            go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + page)));
        else
            noShortcut(go, "only nine pages have a number key; Ctrl+Tab reaches the rest");
    }
    QAction *nextPage = view->addAction(tr("&Next Page"), this, [this] {
        mPages->setCurrentIndex((mPages->currentIndex() + 1) % mPages->count());
    });
    setStandardShortcut(nextPage, QKeySequence::NextChild, QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previousPage = view->addAction(tr("P&revious Page"), this, [this] {
        mPages->setCurrentIndex((mPages->currentIndex() + mPages->count() - 1) % mPages->count());
    });
    setStandardShortcut(previousPage, QKeySequence::PreviousChild,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    view->addSeparator();
    QAction *history = mHistoryDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);
    QAction *details = mDetailsDock->toggleViewAction();
    details->setText(tr("Cell &Details"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(details);
    QAction *toolBar = mToolBar->toggleViewAction();
    toolBar->setText(tr("&Tool Bar"));
    noShortcut(toolBar, "rarely toggled; the menu is enough");
    view->addAction(toolBar);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = Language::chosen();
    QAction *system = language->addAction(tr("Follow the &System"));
    system->setCheckable(true);
    system->setChecked(current.isEmpty());
    system->setData(QString());
    languages->addAction(system);
    noShortcut(system, "chosen once; takes effect at a restart, which it offers");
    for (const QString &name : Language::available()) {
        QAction *choice = language->addAction(Language::nativeName(name));
        choice->setCheckable(true);
        choice->setChecked(current == name);
        choice->setData(name);
        languages->addAction(choice);
        noShortcut(choice, "chosen once; takes effect at a restart, which it offers");
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *action) {
        Language::setChosen(action->data().toString());
        // Every open widget would have to rebuild its text; a restart does it for all of them,
        // and loses nothing since every edit is already in the workbook.
        QMessageBox box(QMessageBox::Question, tr("Language"),
                        tr("WaferShare will use %1 from its next start. Restart now? Your work "
                           "is already saved in the workbook.")
                            .arg(action->text().remove(QLatin1Char('&'))),
                        QMessageBox::NoButton, this);
        QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restart);
        box.exec();
        if (box.clickedButton() == restart)
            restartApplication();
    });

    QMenu *colours = view->addMenu(tr("&Colours"));
    auto *palettes = new QActionGroup(colours);
    const QList<std::pair<QString, QString>> paletteNames = {
        { QStringLiteral("system"), tr("Follow the S&ystem") },
        { QStringLiteral("light"), tr("&Light") },
        { QStringLiteral("dark"), tr("&Dark") },
    };
    for (const auto &[name, title] : paletteNames) {
        QAction *choice = colours->addAction(title);
        choice->setCheckable(true);
        choice->setChecked(chosenPalette() == name);
        choice->setData(name);
        palettes->addAction(choice);
        noShortcut(choice, "chosen once; kept for the next starts");
    }
    connect(palettes, &QActionGroup::triggered, this, [](QAction *action) {
        setChosenPalette(action->data().toString());
        // Every choice applies at once: pages and charts follow the palette change.
        applyPalette(action->data().toString());
    });

    mScenarioMenu = menuBar()->addMenu(tr("&Scenario"));
    connect(mScenarioMenu, &QMenu::aboutToShow, this, &MainWindow::fillScenarioMenu);
    fillScenarioMenu();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *fit = tools->addAction(tr("&Fit Units to Published Figures…"), this, [this] {
        showPage(QStringLiteral("Calibration"));
        calibrationPage()->fitUnits();
    });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *check = tools->addAction(tr("&Check Workbook"), this, &MainWindow::checkWorkbook);
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction *sources = tools->addAction(tr("&Sources and Unsourced Numbers"), this,
                                        [this] { showPage(QStringLiteral("Sources")); });
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        help->addAction(tr("&User Guide"), this, [this] { GuideWindow::showFor(this); });
    setStandardShortcut(guide, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About WaferShare"), this, &MainWindow::showAbout);
    noShortcut(about, "rarely used; the User Guide has F1");
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    noShortcut(aboutQt, "rarely used; the User Guide has F1");

    // Tool buttons show short names, without the menus' accelerators and ellipses.
    mNewAction->setIconText(tr("New"));
    mOpenAction->setIconText(tr("Open"));
    mSaveAsAction->setIconText(tr("Save As"));
    mImportAction->setIconText(tr("Import"));
    mExportPdfAction->setIconText(tr("PDF"));
    mPrintAction->setIconText(tr("Print"));
    mToolBar->addAction(mNewAction);
    mToolBar->addAction(mOpenAction);
    mToolBar->addAction(mSaveAsAction);
    mToolBar->addSeparator();
    mToolBar->addAction(mImportAction);
    mToolBar->addAction(mExportPdfAction);
    mToolBar->addAction(mPrintAction);
}

void MainWindow::fillRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = recentWorkbooks();
    for (const QString &path : recent) {
        QAction *action = mRecentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                 [this, path] { openWorkbookFile(path); });
        // A file that has gone stays listed, greyed, so the analyst sees where it was. A
        // server is asked only when chosen.
        action->setEnabled(Workbook::isServerAddress(path) || QFileInfo::exists(path));
        noShortcut(action, "a list that changes; the menu is one key away (Alt+F, R)");
    }
    if (recent.isEmpty()) {
        QAction *none = mRecentMenu->addAction(tr("(none yet)"));
        none->setEnabled(false);
        noShortcut(none, "a placeholder, not a command");
    }
    mRecentMenu->addSeparator();
    QAction *clear =
        mRecentMenu->addAction(tr("&Clear List"), this, &MainWindow::clearRecentWorkbooks);
    noShortcut(clear, "rarely used");
}

void MainWindow::fillScenarioMenu()
{
    mScenarioMenu->clear();
    QAction *create = mScenarioMenu->addAction(tr("&New Scenario…"), this, [this] {
        showPage(QStringLiteral("Forecast"));
        forecastPage()->newScenario();
    });
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction *duplicate = mScenarioMenu->addAction(tr("&Duplicate…"), this, [this] {
        showPage(QStringLiteral("Forecast"));
        forecastPage()->duplicateScenario();
    });
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    QAction *rename = mScenarioMenu->addAction(tr("&Rename…"), this, [this] {
        showPage(QStringLiteral("Forecast"));
        forecastPage()->renameScenario();
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *remove = mScenarioMenu->addAction(tr("De&lete"), this, [this] {
        showPage(QStringLiteral("Forecast"));
        forecastPage()->deleteScenario();
    });
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Delete));
    mScenarioMenu->addSeparator();
    if (!mWorkbook)
        return;
    auto *group = new QActionGroup(mScenarioMenu);
    int index = 0;
    for (const Scenario &scenario : mWorkbook->scenarios()) {
        QAction *show = mScenarioMenu->addAction(scenario.name);
        show->setCheckable(true);
        show->setChecked(scenario.id == mWorkbook->scenarioId());
        group->addAction(show);
        // Ctrl+Alt+1…9 show the first nine scenarios; the others are one menu away.
        if (index < 9)
            show->setShortcut(
                QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + index)));
        else
            noShortcut(show, "only nine scenarios have a number key");
        const int id = scenario.id;
        connect(show, &QAction::triggered, this, [this, id] { mWorkbook->setScenario(id); });
        ++index;
    }
}

} // namespace ws
