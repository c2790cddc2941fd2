// SPDX-License-Identifier: MIT
#pragma once

#include "core/forecastbuilder.h"
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

    /** The scenario @p scenarioId as @p built resolves it, computed. */
    static ComputedForecast compute(int scenarioId, ForecastBuilder::Result built)
    {
        ComputedForecast forecast;
        forecast.scenarioId = scenarioId;
        forecast.input = std::move(built.input);
        forecast.problems = std::move(built.problems);
        ForecastEngine::compute(forecast.input, forecast.result);
        return forecast;
    }
};

} // namespace ws
