// SPDX-License-Identifier: MIT
#include "forecastengine.h"

#include "packagerules.h"

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
    constexpr int metricCount = static_cast<int>(allMetrics().size());
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
        const bool dieKind = input.packageIndexOf(p) >= 0;
        const bool compute = input.programs[p].dieRole == DieRole::Compute;
        for (int y = 0; y < years; ++y) {
            const ProgramYearInputs &in = input.at(p, y);
            // A die kind goes into its package's units; the package alone holds the CoWoS.
            const double units = input.unitsOf(p, y);
            ProgramYearResult &out = result.mPrograms[static_cast<size_t>(p) * years + y];
            out.grossDies = WaferMath::grossDiesPerWafer(in.dieAreaMm2, input.wafer);
            out.yield =
                WaferMath::dieYield(in.yieldModel, in.dieAreaMm2, in.defectDensity, in.yieldAlpha);
            out.sellableYield = WaferMath::sellableYield(out.yield, in.harvestFraction);
            out.goodDies = static_cast<double>(out.grossDies) * out.sellableYield;
            out.logicWafers =
                WaferMath::logicWafers(units, in.diesPerPackage, out.grossDies, out.sellableYield);
            out.computeWafers = compute ? out.logicWafers : 0.0;
            out.cowosBasis = dieKind ? CowosBasis::None : PackageRules::cowosBasis(in);
            out.interposersPerWafer = out.cowosBasis == CowosBasis::InterposerArea
                ? WaferMath::grossDiesPerWafer(in.interposerAreaMm2, input.wafer)
                : 0;
            switch (out.cowosBasis) {
            case CowosBasis::InterposerArea:
                out.cowosWafers = WaferMath::cowosWafers(
                    units, static_cast<double>(out.interposersPerWafer), in.packagingYield);
                break;
            case CowosBasis::PackagesPerWafer:
                out.cowosWafers =
                    WaferMath::cowosWafers(units, in.packagesPerCowosWafer, in.packagingYield);
                break;
            case CowosBasis::None:
                out.cowosWafers = 0.0;
                break;
            }
            if (vendor < 0)
                continue;
            // A program whose inputs cannot make a wafer needs none (0); the builder has
            // already reported what it lacks.
            for (const Metric metric : allMetrics()) {
                accumulate(result.mVendorWafers[result.slot(metric, vendor, y)],
                           out.wafers(metric));
                accumulate(result.mTotals[static_cast<size_t>(metric) * years + y],
                           out.wafers(metric));
            }
        }
    }
}

} // namespace ws
