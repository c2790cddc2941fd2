// SPDX-License-Identifier: MIT
#include "app/appidentity.h"
#include "app/numericlocale.h"
#include "cli/commandline.h"
#include "cli/drawing/drawingcommands.h"
#include "desktop/desktop.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands for scripts need no display: drawing ones run on the offscreen platform, the
    // others on a core application with no platform plugin at all.
    const QList<ws::NamedCommand> drawing = ws::drawingCommands();
    if (ws::CommandLine::handles(arguments, drawing)) {
        std::unique_ptr<QCoreApplication> app;
        if (ws::CommandLine::needsWidgets(arguments, drawing)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        ws::setApplicationIdentity();
        ws::pinNumericLocale();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ws::CommandLine(out, err, drawing).run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    ws::setApplicationIdentity();
    ws::pinNumericLocale();
    return ws::runDesktop(app);
}
