// SPDX-License-Identifier: MIT
#include "computedforecast.h"

#include "store/forecastrepository.h"

namespace ws {

ComputedForecast ComputedForecast::load(const QSqlDatabase &db, int scenarioId)
{
    ForecastBuilder::Result built = ForecastRepository(db).loadForecast(scenarioId);
    ComputedForecast forecast;
    forecast.scenarioId = scenarioId;
    forecast.input = std::move(built.input);
    forecast.problems = std::move(built.problems);
    ForecastEngine::compute(forecast.input, forecast.result);
    return forecast;
}

} // namespace ws
