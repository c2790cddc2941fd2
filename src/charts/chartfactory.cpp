// SPDX-License-Identifier: MIT
#include "chartfactory.h"

#include "calibrationchart.h"
#include "capacitychart.h"
#include "scenariocomparisonchart.h"
#include "sharedonutchart.h"
#include "tornadochart.h"
#include "vendorstackchart.h"

namespace ws {

ForecastChartView *createChartView(ChartType type, ChartModels *models, QWidget *parent,
                                   ChartMedium medium)
{
    ForecastChartView *view = nullptr;
    switch (type) {
    case ChartType::Share:
    case ChartType::Volume:
        view = new VendorStackChart(parent);
        break;
    case ChartType::Donut:
        view = new ShareDonutChart(parent);
        break;
    case ChartType::Scenarios:
        view = new ScenarioComparisonChart(parent);
        break;
    case ChartType::Capacity:
        view = new CapacityChart(parent);
        break;
    case ChartType::Tornado:
        view = new TornadoChart(parent);
        break;
    case ChartType::Calibration:
        view = new CalibrationChart(parent);
        break;
    }
    view->setMedium(medium);
    ChartOptions options;
    options.type = type;
    view->setOptions(options);
    view->setChartModels(models);
    return view;
}

} // namespace ws
