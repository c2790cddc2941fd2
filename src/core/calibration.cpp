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

// What a reported_value metric counts, and of which wafers.
struct ReportedMetric
{
    enum class Kind { Share, Wafers, Units };
    Kind kind;
    Metric wafers; // for shares and wafers
};

// The one place that maps reported_value metric names to what the model computes.
std::optional<ReportedMetric> reportedMetric(const QString &name)
{
    using Kind = ReportedMetric::Kind;
    for (auto metric : { Metric::ComputeWafers, Metric::CowosWafers, Metric::AllLogicWafers }) {
        if (name == reportedShareMetric(metric))
            return ReportedMetric { Kind::Share, metric };
        if (name == metricName(metric))
            return ReportedMetric { Kind::Wafers, metric };
    }
    if (name == QLatin1String("units"))
        return ReportedMetric { Kind::Units, Metric::ComputeWafers };
    return std::nullopt;
}

// The packages a program ships in a year: a die kind rides in its package and ships none of its
// own, so that a vendor's or a market's units count packages only.
double programUnits(const ForecastInput &input, int programIndex, int yearIndex)
{
    return input.packageIndexOf(programIndex) < 0 ? input.at(programIndex, yearIndex).units : 0.0;
}

// One program's wafers of @p metric in a year.
double programWafers(const ForecastResult &result, Metric metric, int programIndex, int yearIndex)
{
    return result.program(programIndex, yearIndex).wafers(metric);
}

double programVolume(const ForecastInput &input, const ForecastResult &result,
                     const ReportedMetric &metric, int programIndex, int yearIndex)
{
    return metric.kind == ReportedMetric::Kind::Units
        ? programUnits(input, programIndex, yearIndex)
        : programWafers(result, metric.wafers, programIndex, yearIndex);
}

// The sum over a named set of programs; nothing for a share, or when a program is unknown.
std::optional<double> scopeVolume(const ForecastInput &input, const ForecastResult &result,
                                  const ReportedMetric &metric, const QList<int> &programIds,
                                  int yearIndex)
{
    if (metric.kind == ReportedMetric::Kind::Share || programIds.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (const int id : programIds) {
        const int p = input.programIndex(id);
        if (p < 0)
            return std::nullopt;
        sum += programVolume(input, result, metric, p, yearIndex);
    }
    return sum;
}

// Every vendor together; a market's share of itself says nothing, so shares have none.
std::optional<double> marketVolume(const ForecastInput &input, const ForecastResult &result,
                                   const ReportedMetric &metric, int yearIndex)
{
    switch (metric.kind) {
    case ReportedMetric::Kind::Share:
        return std::nullopt;
    case ReportedMetric::Kind::Wafers:
        return result.totalWafers(metric.wafers, yearIndex);
    case ReportedMetric::Kind::Units:
        break;
    }
    double units = 0.0;
    for (int p = 0; p < input.programs.size(); ++p)
        units += programUnits(input, p, yearIndex);
    return units;
}

std::optional<double> vendorValue(const ForecastInput &input, const ForecastResult &result,
                                  const ReportedMetric &metric, int vendorIndex, int yearIndex)
{
    switch (metric.kind) {
    case ReportedMetric::Kind::Share:
        return result.sharePercent(metric.wafers, vendorIndex, yearIndex);
    case ReportedMetric::Kind::Wafers:
        return result.vendorWafers(metric.wafers, vendorIndex, yearIndex);
    case ReportedMetric::Kind::Units:
        break;
    }
    double units = 0.0;
    for (int p = 0; p < input.programs.size(); ++p) {
        if (input.programVendorIndex[p] == vendorIndex)
            units += programUnits(input, p, yearIndex);
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
        const std::optional<ReportedMetric> metric = reportedMetric(value.metric);
        const bool marketTotal = value.vendorId == 0;
        const int vendor = marketTotal ? -1 : indexById.value(value.vendorId, -1);
        const int yearIndex = input.yearIndex(value.year);
        if (!metric || (!marketTotal && vendor < 0) || yearIndex < 0)
            continue;

        std::optional<double> modelled;
        if (!value.scope.isEmpty() || !value.scopeProgramIds.isEmpty())
            modelled = scopeVolume(input, result, *metric, value.scopeProgramIds, yearIndex);
        else if (marketTotal)
            modelled = marketVolume(input, result, *metric, yearIndex);
        else
            modelled = vendorValue(input, result, *metric, vendor, yearIndex);
        if (!modelled)
            continue;

        CalibrationRow row;
        row.vendorIndex = vendor;
        row.year = value.year;
        row.metric = value.metric;
        row.reported = value.value;
        row.modelled = *modelled;
        row.residual = *modelled - value.value;
        row.sourceId = value.sourceId;
        row.vintage = value.vintage;
        row.scope = value.scope;
        if (metric->kind != ReportedMetric::Kind::Share && value.value != 0.0)
            row.residualPercent = 100.0 * row.residual / value.value;
        row.reportedId = value.id;
        rows << row;
    }
    return rows;
}

QStringList reportedVintages(const QList<ReportedValue> &reported)
{
    QStringList vintages;
    for (const ReportedValue &value : reported) {
        if (!value.vintage.isEmpty())
            vintages << value.vintage;
    }
    vintages.removeDuplicates();
    vintages.sort(Qt::CaseInsensitive);
    return vintages;
}

bool isReportedShareMetric(const QString &metric)
{
    const auto found = reportedMetric(metric);
    return found && found->kind == ReportedMetric::Kind::Share;
}

bool isReportedVolumeMetric(const QString &metric)
{
    const auto found = reportedMetric(metric);
    return found && found->kind != ReportedMetric::Kind::Share;
}

} // namespace ws
