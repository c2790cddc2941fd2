// SPDX-License-Identifier: MIT
#pragma once

#include "chartoptions.h"

class QWidget;

namespace ws {

class ChartModels;
class ForecastChartView;

/** Makes the view that draws @p type, reading @p models. */
ForecastChartView *createChartView(ChartType type, ChartModels *models, QWidget *parent = nullptr);

} // namespace ws
