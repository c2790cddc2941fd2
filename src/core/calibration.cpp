// SPDX-License-Identifier: MIT
#include "calibration.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

QHash<int, int> vendorIndexById(const ForecastInput &input)
{
    QHash<int, int> indexById;
    for (int i = 0; i < input.vendors.size(); ++i)
        indexById.insert(input.vendors[i].id, i);
    return indexById;
}

// Shares of both metrics for every vendor in one year, to compare a rounded fit with the exact.
std::vector<double> sharesInYear(const ForecastInput &input, int yearIndex)
{
    const ForecastResult result = ForecastEngine::compute(input);
    std::vector<double> shares;
    for (auto metric : { Metric::ComputeWafers, Metric::CowosWafers }) {
        for (int v = 0; v < input.vendors.size(); ++v)
            shares.push_back(result.sharePercent(metric, v, yearIndex));
    }
    return shares;
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
    for (auto metric : { Metric::ComputeWafers, Metric::CowosWafers }) {
        if (name == reportedShareMetric(metric))
            return ReportedMetric { Kind::Share, metric };
        if (name == metricName(metric))
            return ReportedMetric { Kind::Wafers, metric };
    }
    // HOOK (i14-engine): when Metric::AllLogicWafers exists, add it to the list above, so that
    // "all_logic_wafers" is compared as wafers too.
    if (name == QLatin1String("units"))
        return ReportedMetric { Kind::Units, Metric::ComputeWafers };
    return std::nullopt;
}

// The packages a program ships in a year. Programs that are die kinds of another package
// (Model v2) will have no units of their own: this is the place to say so.
double programUnits(const ForecastInput &input, int programIndex, int yearIndex)
{
    return input.at(programIndex, yearIndex).units;
}

// One program's wafers of @p metric in a year.
double programWafers(const ForecastResult &result, Metric metric, int programIndex, int yearIndex)
{
    const ProgramYearResult &program = result.program(programIndex, yearIndex);
    return metric == Metric::CowosWafers ? program.cowosWafers : program.logicWafers;
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

UnitsFit fitUnitsToReportedShares(const ForecastInput &input, const ForecastResult &result,
                                  const QList<ReportedValue> &reported, int year, Metric metric)
{
    const int vendorCount = input.vendors.size();
    UnitsFit fit;
    fit.vendorScale = QList<double>(vendorCount, 1.0);

    const int yearIndex = input.yearIndex(year);
    if (yearIndex < 0) {
        fit.problem = tr("the scenario has no forecast for %1.").arg(year);
        return fit;
    }

    // A later row for the same vendor replaces an earlier one: the list is in the store's
    // order, where a later row is the newer figure.
    const QString shareMetric = reportedShareMetric(metric);
    const QHash<int, int> indexById = vendorIndexById(input);
    std::vector<double> share(vendorCount, 0.0);
    std::vector<bool> isReported(vendorCount, false);
    for (const ReportedValue &value : reported) {
        const int vendor = indexById.value(value.vendorId, -1);
        if (value.year != year || value.metric != shareMetric || vendor < 0 ||
            !value.scope.isEmpty())
            continue;
        share[vendor] = value.value;
        isReported[vendor] = true;
    }
    if (std::none_of(isReported.begin(), isReported.end(), [](bool b) { return b; })) {
        fit.problem = tr("no %1 is published for %2.").arg(shareMetric).arg(year);
        return fit;
    }

    double unreportedWafers = 0.0;
    double reportedSum = 0.0;
    QStringList unreported;
    QStringList unscalable;
    QStringList negative;
    for (int v = 0; v < vendorCount; ++v) {
        const double wafers = result.vendorWafers(metric, v, yearIndex);
        if (!isReported[v]) {
            unreportedWafers += wafers;
            if (wafers > 0.0)
                unreported << input.vendors[v].name;
            continue;
        }
        reportedSum += share[v];
        if (share[v] < 0.0)
            negative << input.vendors[v].name;
        else if (share[v] > 0.0 && !(wafers > 0.0))
            unscalable << input.vendors[v].name;
    }
    if (!negative.isEmpty()) {
        fit.problem = tr("the published share of %1 in %2 is negative.")
                          .arg(negative.join(QStringLiteral(", ")))
                          .arg(year);
        return fit;
    }
    if (!unscalable.isEmpty()) {
        fit.problem = tr("%1 has a published share in %2 but no modelled %3, so no scaling of its "
                         "units can reach it.")
                          .arg(unscalable.join(QStringLiteral(", ")))
                          .arg(year)
                          .arg(metricName(metric));
        return fit;
    }

    double total = 0.0;
    if (unreportedWafers > 0.0) {
        const double reportedFraction = reportedSum / 100.0;
        if (!(reportedFraction < 1.0)) {
            fit.problem = tr("the published shares for %1 add up to %2 %, leaving nothing for "
                             "%3, whose %4 have no published share.")
                              .arg(year)
                              .arg(QString::number(reportedSum, 'f', 1),
                                   unreported.join(QStringLiteral(", ")), metricName(metric));
            return fit;
        }
        total = unreportedWafers / (1.0 - reportedFraction);
    } else {
        // Every vendor that makes wafers is published: the shares alone cannot say how large
        // the total is, so it stays as modelled. Published figures are rounded and seldom add
        // up to exactly 100; within half a point they are normalised, beyond that they are
        // taken to disagree with each other.
        if (std::abs(reportedSum - 100.0) > 0.5) {
            fit.problem = tr("every vendor with %1 in %2 has a published share, but the shares "
                             "add up to %3 % rather than 100 %.")
                              .arg(metricName(metric))
                              .arg(year)
                              .arg(QString::number(reportedSum, 'f', 1));
            return fit;
        }
        total = result.totalWafers(metric, yearIndex);
        for (double &s : share)
            s *= 100.0 / reportedSum;
    }

    for (int v = 0; v < vendorCount; ++v) {
        const double wafers = result.vendorWafers(metric, v, yearIndex);
        if (isReported[v] && wafers > 0.0)
            fit.vendorScale[v] = (share[v] / 100.0) * total / wafers;
    }
    return fit;
}

QList<AssumptionCell> unitsCellsForFit(const ForecastInput &input, const UnitsFit &fit, int year)
{
    const int yearIndex = input.yearIndex(year);
    if (yearIndex < 0 || !fit.problem.isEmpty())
        return {};

    struct Target
    {
        int programIndex;
        double units;
    };
    std::vector<Target> targets;
    ForecastInput exact = input;
    for (int p = 0; p < input.programs.size(); ++p) {
        const int vendor = input.programVendorIndex[p];
        if (vendor < 0 || vendor >= fit.vendorScale.size() || fit.vendorScale[vendor] == 1.0)
            continue;
        const double units = input.at(p, yearIndex).units;
        if (!(units > 0.0))
            continue;
        const double scaled = units * fit.vendorScale[vendor];
        targets.push_back({ p, scaled });
        exact.inputs[static_cast<size_t>(p) * input.years.size() + yearIndex].units = scaled;
    }
    if (targets.empty())
        return {};

    // Whole units read best in the assumption table; more decimals only where rounding would
    // move a share by more than 0.01 points (a handful of units in a tiny program).
    const std::vector<double> exactShares = sharesInYear(exact, yearIndex);
    constexpr int maxDecimals = 6;
    QList<AssumptionCell> cells;
    for (int decimals = 0; decimals <= maxDecimals; ++decimals) {
        cells.clear();
        ForecastInput rounded = input;
        for (const Target &target : targets) {
            const QString text = decimals < maxDecimals
                ? QString::number(target.units, 'f', decimals)
                : QString::number(target.units, 'g', 17);
            rounded
                .inputs[static_cast<size_t>(target.programIndex) * input.years.size() + yearIndex]
                .units = text.toDouble();
            cells << AssumptionCell { input.programs[target.programIndex].id, year,
                                      AssumptionField::Units, text };
        }
        const std::vector<double> shares = sharesInYear(rounded, yearIndex);
        bool close = true;
        for (size_t i = 0; i < shares.size() && close; ++i)
            close = std::abs(shares[i] - exactShares[i]) <= 0.01;
        if (close)
            break;
    }
    return cells;
}

} // namespace ws
