// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"
#include "models/chartoptions.h"

class QWidget;

namespace ws {

class ChartModels;

/** Makes the view that draws @p type, reading @p models, for the screen or for paper (the
    report, `wafershare chart`), where it carries no hints about hovering. */
ForecastChartView *createChartView(ChartType type, ChartModels *models, QWidget *parent = nullptr,
                                   ChartMedium medium = ChartMedium::Screen);

} // namespace ws
