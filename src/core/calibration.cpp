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
        if (value.year != year || value.metric != shareMetric || vendor < 0)
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
