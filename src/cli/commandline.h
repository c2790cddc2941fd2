// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
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

    CommandLine(QTextStream &out, QTextStream &err);

    /** True when @p arguments (argv) name a command rather than asking for the desktop app. */
    static bool handles(const QStringList &arguments);

    /** True when the command draws (a chart, a report) and so needs a QApplication; it runs on
        the offscreen platform, so no display is needed. */
    static bool needsWidgets(const QStringList &arguments);

    /** Runs the command in @p arguments (argv, program name first) and returns the exit code. */
    int run(const QStringList &arguments);

private:
    int printUsage();

    QTextStream &mOut;
    QTextStream &mErr;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::CommandLine)
};

} // namespace ws
