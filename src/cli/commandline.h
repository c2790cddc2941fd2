// SPDX-License-Identifier: MIT
#pragma once

#include "commandcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTextStream;

namespace ws {

/** The commands for scripts (`wafershare shares`, `check`, …): no display needed, the result on
    standard output, the reason for a failure on standard error. Dispatches to one file per
    command (see commandcontext.h). */
class CommandLine
{
public:
    enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

    /** @p drawingCommands are those that draw (chart, graph, report: drawingCommands()). They
        live in a library of their own that links widgets, Qt Charts and Graphviz, and main()
        hands them in, so that this dispatcher and the other commands link none of these. */
    CommandLine(QTextStream &out, QTextStream &err, QList<NamedCommand> drawingCommands = {});

    /** True when @p arguments (argv) name a command rather than asking for the desktop app. */
    static bool handles(const QStringList &arguments,
                        const QList<NamedCommand> &drawingCommands = {});

    /** True when the command is one of @p drawingCommands and so needs a QApplication; it runs
        on the offscreen platform, so no display is needed. */
    static bool needsWidgets(const QStringList &arguments,
                             const QList<NamedCommand> &drawingCommands = {});

    /** Every command's name, and each sub-command's as "calibration fit": what the usage
        (--help) and the manual page (resources/linux/wafershare.1) must each document. */
    static QStringList commandNames(const QList<NamedCommand> &drawingCommands = {});

    /** Runs the command in @p arguments (argv, program name first) and returns the exit code. */
    int run(const QStringList &arguments);

private:
    int printUsage();

    QTextStream &mOut;
    QTextStream &mErr;
    QList<NamedCommand> mDrawingCommands;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::CommandLine)
};

} // namespace ws
