// SPDX-License-Identifier: MIT
#pragma once

#include "cli/commandcontext.h"

#include <QList>

namespace ws {

/** The commands that draw: `chart`, `graph` and `report`. They need widgets, Qt Charts and
    Graphviz, so they live in a library of their own (wafershare_cli_drawing); main() hands this
    table to CommandLine, and the commands that only read or edit data link none of them. */
QList<NamedCommand> drawingCommands();

// One file each; each takes argv (program, command, options).
int runChartCommand(CommandContext &context, const QStringList &arguments);
int runGraphCommand(CommandContext &context, const QStringList &arguments);
int runReportCommand(CommandContext &context, const QStringList &arguments);

} // namespace ws
