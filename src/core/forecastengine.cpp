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

namespace {

// The engine's answer for every year of the program at @p p.
void computeProgram(const ForecastInput &input, int p, std::vector<ProgramYearResult> &programs)
{
    const int years = input.years.size();
    const bool dieKind = input.packageIndexOf(p) >= 0;
    const bool compute = input.programs[p].dieRole == DieRole::Compute;
    for (int y = 0; y < years; ++y) {
        const ProgramYearInputs &in = input.at(p, y);
        // A die kind goes into its package's units; the package alone holds the CoWoS.
        const double units = input.unitsOf(p, y);
        ProgramYearResult &out = programs[static_cast<size_t>(p) * years + y];
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
    }
}

} // namespace

void ForecastEngine::compute(const ForecastInput &input, ForecastResult &result)
{
    const int years = input.years.size();
    const int programs = input.programs.size();
    result.mYearCount = years;
    result.mVendorCount = input.vendors.size();
    result.mProgramCount = programs;
    result.mPrograms.resize(static_cast<size_t>(programs) * years);
    for (int p = 0; p < programs; ++p)
        computeProgram(input, p, result.mPrograms);
    sumVendors(input, result, std::vector<bool>(static_cast<size_t>(result.mVendorCount), true));
}

void ForecastEngine::update(const ForecastInput &input, ForecastResult &result,
                            const QList<int> &programIndices)
{
    const int programs = input.programs.size();
    std::vector<bool> edited(static_cast<size_t>(programs), false);
    for (const int p : programIndices) {
        if (p >= 0 && p < programs)
            edited[static_cast<size_t>(p)] = true;
    }
    std::vector<bool> vendors(static_cast<size_t>(result.mVendorCount), false);
    for (int p = 0; p < programs; ++p) {
        // A die kind of an edited package takes the package's units.
        const int package = input.packageIndexOf(p);
        if (!edited[static_cast<size_t>(p)] &&
            !(package >= 0 && edited[static_cast<size_t>(package)]))
            continue;
        computeProgram(input, p, result.mPrograms);
        if (const int vendor = input.programVendorIndex[p]; vendor >= 0)
            vendors[static_cast<size_t>(vendor)] = true;
    }
    sumVendors(input, result, vendors);
}

// Each vendor's sums in program order, then the totals as the sum of the vendors in their
// order: the same additions in the same order whether every vendor is summed or only those an
// edit touched, so that update() and compute() agree to the last bit.
void ForecastEngine::sumVendors(const ForecastInput &input, ForecastResult &result,
                                const std::vector<bool> &vendors)
{
    constexpr int metricCount = static_cast<int>(allMetrics().size());
    const int years = result.mYearCount;
    result.mVendorWafers.resize(static_cast<size_t>(metricCount) * result.mVendorCount * years);
    for (int v = 0; v < result.mVendorCount; ++v) {
        if (!vendors[static_cast<size_t>(v)])
            continue;
        for (const Metric metric : allMetrics())
            std::fill_n(result.mVendorWafers.begin() +
                            static_cast<std::ptrdiff_t>(result.slot(metric, v, 0)),
                        years, 0.0);
    }
    for (int p = 0; p < result.mProgramCount; ++p) {
        const int vendor = input.programVendorIndex[p];
        // A program whose inputs cannot make a wafer needs none (0); the builder has already
        // reported what it lacks.
        if (vendor < 0 || !vendors[static_cast<size_t>(vendor)])
            continue;
        for (int y = 0; y < years; ++y) {
            const ProgramYearResult &out = result.program(p, y);
            for (const Metric metric : allMetrics())
                accumulate(result.mVendorWafers[result.slot(metric, vendor, y)],
                           out.wafers(metric));
        }
    }
    result.mTotals.assign(static_cast<size_t>(metricCount) * years, 0.0);
    for (const Metric metric : allMetrics()) {
        for (int y = 0; y < years; ++y) {
            double &total = result.mTotals[static_cast<size_t>(metric) * years + y];
            for (int v = 0; v < result.mVendorCount; ++v)
                accumulate(total, result.vendorWafers(metric, v, y));
        }
    }
}

} // namespace ws
