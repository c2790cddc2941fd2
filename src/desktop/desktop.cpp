// SPDX-License-Identifier: MIT
#include "desktop.h"
#include "plainmessagebox.h"

#include "app/language.h"
#include "charts/appearance.h"
#include "mainwindow.h"
#include "models/workbook.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace ws {

namespace {

/** For --quit-after-show: quits once the window has been drawn. Qt draws a widget window while it
    handles the window's first expose, so the quit is queued from there; a quit queued at show()
    ran before the X server had asked for the window's contents, so nothing had been drawn. */
class QuitAfterFirstFrame : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return false;
    }
};

} // namespace

int runDesktop(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("ws::Desktop",
                                "AI compute wafer share analytics. Commands for scripts: "
                                "wafershare shares|check --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("ws::Desktop", "Open or create the workbook <file>."),
        QStringLiteral("file"));
    parser.addOption(dbOption);
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("ws::Desktop", "Open on the page <name> (overview, forecast)."),
        QStringLiteral("name"));
    parser.addOption(pageOption);
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QApplication::translate("ws::Desktop", "Show the scenario <name> first."),
        QStringLiteral("name"));
    parser.addOption(scenarioOption);
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"),
        QApplication::translate("ws::Desktop", "Colours: system (default), light or dark."),
        QStringLiteral("name"), QStringLiteral("system"));
    parser.addOption(paletteOption);
    // For scripts/bench: measures a cold start to a painted window without a person to close it.
    QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"));
    quitAfterShow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterShow);
    // A desktop entry's `Exec=wafershare %f` hands the file over as a plain argument, and
    // leaves it out when the program is started from the menu without one.
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("ws::Desktop", "The workbook to open, as with --db."),
        QStringLiteral("[file]"));
    parser.process(app);

    Language::install(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(dbOption))) {
        std::fprintf(stderr, "wafershare: %s\n",
                     qPrintable(QApplication::translate(
                         "ws::Desktop", "Give one workbook, either as FILE or with --db FILE.")));
        return 1;
    }
    // --palette for this start, otherwise the choice under View ▸ Colours.
    applyPalette(parser.isSet(paletteOption) ? parser.value(paletteOption) : chosenPalette());

    const QString path = !files.isEmpty() ? files.first()
        : parser.isSet(dbOption)          ? parser.value(dbOption)
                                          : Workbook::defaultPath();
    OpenedWorkbook opened = Workbook::open(path);
    if (!opened.workbook) {
        std::fprintf(stderr, "wafershare: %s\n", qPrintable(opened.error));
        showPlainMessage(nullptr, QMessageBox::Critical,
                         QApplication::translate("ws::Desktop", "WaferShare"), opened.error);
        return 2;
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wafershare.svg")));
    MainWindow window(std::move(opened.workbook));
    if (parser.isSet(scenarioOption)) {
        for (const Scenario &scenario : window.workbook()->scenarios()) {
            if (scenario.name.compare(parser.value(scenarioOption), Qt::CaseInsensitive) == 0)
                window.workbook()->setScenario(scenario.id);
        }
    }
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));
    window.show();
    if (parser.isSet(quitAfterShow))
        window.windowHandle()->installEventFilter(new QuitAfterFirstFrame(&app));
    return app.exec();
}

} // namespace ws
