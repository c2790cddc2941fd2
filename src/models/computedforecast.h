// SPDX-License-Identifier: MIT
#pragma once

#include "core/forecastengine.h"
#include "core/forecastinput.h"

#include <QStringList>

namespace ws {

/** A scenario other than the open one, computed (Workbook::computeScenario): the inputs its
    lineage resolves to, the engine's result for them, and what is missing or invalid. */
struct ComputedForecast
{
    int scenarioId = 0;
    ForecastInput input;
    ForecastResult result;
    QStringList problems; // empty when the input is complete and valid
};

} // namespace ws
