// SPDX-License-Identifier: MIT
#include "drawingcommands.h"

namespace ws {

QList<NamedCommand> drawingCommands()
{
    return {
        { "chart", runChartCommand },
        { "graph", runGraphCommand },
        { "report", runReportCommand },
    };
}

} // namespace ws
