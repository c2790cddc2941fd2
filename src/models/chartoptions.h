// SPDX-License-Identifier: MIT
#pragma once

#include "core/metric.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ws {

/** Every view of the forecast the chart workspace and `wafershare chart` can draw. */
enum class ChartType { Share, Volume, Donut, Scenarios, Capacity, Tornado, Calibration };

QList<ChartType> allChartTypes();
/** "share", "volume", … as the command line spells them. */
QString chartTypeName(ChartType type);
/** "Share over years", … as the workspace lists them. */
QString chartTypeTitle(ChartType type);
std::optional<ChartType> parseChartType(const QString &name);

/** What a chart shows: the choices of the workspace's controls, remembered between sessions. */
struct ChartOptions
{
    ChartType type = ChartType::Share;
    Metric metric = Metric::ComputeWafers;
    QList<int> scenarioIds; // for comparison; the others use the workbook's current scenario
    int firstYear = 0; // 0: from the first year of the forecast
    int lastYear = 0; // 0: to the last
    int year = 2026; // the donut's, the comparison's, the tornado's year
    bool absolute = false; // wafers instead of shares
    bool groupSmallVendors = true; // all but the four largest as one "Others"
    QStringList hiddenVendors;
    QString vendor = QStringLiteral("AWS"); // the tornado's vendor
    double stepPercent = 20.0; // the tornado's step
};

} // namespace ws
