// SPDX-License-Identifier: MIT
#include "forecastengine.h"

#include <algorithm>

namespace ws {

namespace {

// Sums of bounded terms could still overflow once enough programs reach the bound.
void accumulate(double &sum, double value)
{
    sum = std::min(sum + value, WaferMath::maxWafers);
}

} // namespace

double ForecastResult::sharePercent(Metric metric, int vendorIndex, int yearIndex) const
{
    const double total = totalWafers(metric, yearIndex);
    if (!(total > 0.0))
        return 0.0;
    return 100.0 * vendorWafers(metric, vendorIndex, yearIndex) / total;
}

ForecastResult ForecastEngine::compute(const ForecastInput &input)
{
    ForecastResult result;
    compute(input, result);
    return result;
}

void ForecastEngine::compute(const ForecastInput &input, ForecastResult &result)
{
    constexpr int metricCount = 2;
    const int years = input.years.size();
    const int vendors = input.vendors.size();
    const int programs = input.programs.size();

    result.mYearCount = years;
    result.mVendorCount = vendors;
    result.mProgramCount = programs;
    result.mPrograms.resize(static_cast<size_t>(programs) * years);
    result.mVendorWafers.assign(static_cast<size_t>(metricCount) * vendors * years, 0.0);
    result.mTotals.assign(static_cast<size_t>(metricCount) * years, 0.0);

    for (int p = 0; p < programs; ++p) {
        const int vendor = input.programVendorIndex[p];
        for (int y = 0; y < years; ++y) {
            const ProgramYearInputs &in = input.at(p, y);
            ProgramYearResult &out = result.mPrograms[static_cast<size_t>(p) * years + y];
            out.grossDies = WaferMath::grossDiesPerWafer(in.dieAreaMm2, input.wafer);
            out.yield =
                WaferMath::dieYield(in.yieldModel, in.dieAreaMm2, in.defectDensity, in.yieldAlpha);
            out.goodDies = static_cast<double>(out.grossDies) * out.yield;
            out.logicWafers =
                WaferMath::logicWafers(in.units, in.diesPerPackage, out.grossDies, out.yield);
            out.interposersPerWafer =
                WaferMath::grossDiesPerWafer(in.interposerAreaMm2, input.wafer);
            out.cowosWafers =
                WaferMath::cowosWafers(in.units, out.interposersPerWafer, in.packagingYield);
            if (vendor < 0)
                continue;
            // A program whose inputs cannot make a wafer needs none (0); the builder has
            // already reported what it lacks.
            accumulate(result.mVendorWafers[result.slot(Metric::ComputeWafers, vendor, y)],
                       out.logicWafers);
            accumulate(result.mVendorWafers[result.slot(Metric::CowosWafers, vendor, y)],
                       out.cowosWafers);
            accumulate(result.mTotals[static_cast<size_t>(Metric::ComputeWafers) * years + y],
                       out.logicWafers);
            accumulate(result.mTotals[static_cast<size_t>(Metric::CowosWafers) * years + y],
                       out.cowosWafers);
        }
    }
}

} // namespace ws
