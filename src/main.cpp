// SPDX-License-Identifier: MIT
#include "app/appidentity.h"
#include "app/commandline.h"
#include "app/desktop.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Commands for scripts need no display: a core application, no platform plugin.
    if (ws::CommandLine::handles(arguments)) {
        QCoreApplication app(argc, argv);
        ws::setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ws::CommandLine(out, err).run(app.arguments());
    }

    QApplication app(argc, argv);
    ws::setApplicationIdentity();
    return ws::runDesktop(app);
}
