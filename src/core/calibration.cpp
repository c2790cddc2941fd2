// SPDX-License-Identifier: MIT
#include "calibration.h"

#include <QHash>

namespace ws {

namespace {

QHash<int, int> vendorIndexById(const ForecastInput &input)
{
    QHash<int, int> indexById;
    for (int i = 0; i < input.vendors.size(); ++i)
        indexById.insert(input.vendors[i].id, i);
    return indexById;
}

double vendorUnits(const ForecastInput &input, int vendorIndex, int yearIndex)
{
    double units = 0.0;
    for (int p = 0; p < input.programs.size(); ++p) {
        // Packages only: a die kind's row has no units of its own, it rides in its package.
        if (input.programVendorIndex[p] == vendorIndex && input.packageIndexOf(p) < 0)
            units += input.at(p, yearIndex).units;
    }
    return units;
}

} // namespace

QList<CalibrationRow> compareWithReported(const ForecastInput &input, const ForecastResult &result,
                                          const QList<ReportedValue> &reported)
{
    const QHash<int, int> indexById = vendorIndexById(input);
    QList<CalibrationRow> rows;
    for (const ReportedValue &value : reported) {
        const int vendor = indexById.value(value.vendorId, -1);
        const int yearIndex = input.yearIndex(value.year);
        if (vendor < 0 || yearIndex < 0)
            continue;

        double modelled = 0.0;
        if (value.metric == reportedShareMetric(Metric::ComputeWafers))
            modelled = result.sharePercent(Metric::ComputeWafers, vendor, yearIndex);
        else if (value.metric == reportedShareMetric(Metric::CowosWafers))
            modelled = result.sharePercent(Metric::CowosWafers, vendor, yearIndex);
        else if (value.metric == metricName(Metric::ComputeWafers))
            modelled = result.vendorWafers(Metric::ComputeWafers, vendor, yearIndex);
        else if (value.metric == metricName(Metric::CowosWafers))
            modelled = result.vendorWafers(Metric::CowosWafers, vendor, yearIndex);
        else if (value.metric == QLatin1String("units"))
            modelled = vendorUnits(input, vendor, yearIndex);
        else
            continue;

        rows << CalibrationRow { vendor,        value.year, value.metric,
                                 value.value,   modelled,   modelled - value.value,
                                 value.sourceId };
    }
    return rows;
}

} // namespace ws
