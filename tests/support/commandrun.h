// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandline.h"
#include "cli/drawing/drawingcommands.h"

#include <QStringList>
#include <QTextStream>

namespace ws::test {

/** What one command-line run printed and returned. */
struct CommandRun
{
    int code = -1;
    QString out;
    QString err;
};

/** Runs `wafershare ARGUMENTS…` in process, capturing standard output and error; the drawing
    commands too, as the program does. */
inline CommandRun runCommand(const QStringList &arguments)
{
    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = CommandLine(out, err, drawingCommands())
                      .run(QStringList { QStringLiteral("wafershare") } + arguments);
    out.flush();
    err.flush();
    return result;
}

} // namespace ws::test
