// SPDX-License-Identifier: MIT
#pragma once

#include "core/forecastengine.h"
#include "core/forecastinput.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ws {

/** A scenario read from a workbook and computed: the inputs its lineage resolves to, the
    engine's result for them, and what is missing or invalid. The one place that loads a
    scenario other than the open one and computes it (the Workbook keeps its root's). */
struct ComputedForecast
{
    int scenarioId = 0;
    ForecastInput input;
    ForecastResult result;
    QStringList problems; // empty when the input is complete and valid

    static ComputedForecast load(const QSqlDatabase &db, int scenarioId);
};

} // namespace ws
