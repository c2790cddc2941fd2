// SPDX-License-Identifier: MIT
#include "sensitivity.h"

#include "forecastengine.h"
#include "forecastinput.h"
#include "packagerules.h"

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

// The numeric inputs, in the order that breaks ties. yield_model is a choice, not a number, and
// has no "20 % more".
constexpr AssumptionField movedFields[] = {
    AssumptionField::Units,           AssumptionField::DiesPerPackage,
    AssumptionField::DieAreaMm2,      AssumptionField::DefectDensity,
    AssumptionField::YieldAlpha,      AssumptionField::InterposerAreaMm2,
    AssumptionField::PackagingYield,  AssumptionField::PackagesPerCowosWafer,
    AssumptionField::HarvestFraction,
};

double valueOf(const ProgramYearInputs &in, AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return in.units;
    case AssumptionField::DiesPerPackage:
        return in.diesPerPackage;
    case AssumptionField::DieAreaMm2:
        return in.dieAreaMm2;
    case AssumptionField::DefectDensity:
        return in.defectDensity;
    case AssumptionField::YieldAlpha:
        return in.yieldAlpha;
    case AssumptionField::InterposerAreaMm2:
        return in.interposerAreaMm2;
    case AssumptionField::PackagingYield:
        return in.packagingYield;
    case AssumptionField::PackagesPerCowosWafer:
        return in.packagesPerCowosWafer;
    case AssumptionField::HarvestFraction:
        return in.harvestFraction;
    case AssumptionField::YieldModel:
    case AssumptionField::Packaging:
        break;
    }
    return 0.0;
}

// Dies per package is an int in ProgramYearInputs and is handled apart (see shareWithLogicWafers).
void setValue(ProgramYearInputs &in, AssumptionField field, double value)
{
    switch (field) {
    case AssumptionField::Units:
        in.units = value;
        break;
    case AssumptionField::DieAreaMm2:
        in.dieAreaMm2 = value;
        break;
    case AssumptionField::DefectDensity:
        in.defectDensity = value;
        break;
    case AssumptionField::YieldAlpha:
        in.yieldAlpha = value;
        break;
    case AssumptionField::InterposerAreaMm2:
        in.interposerAreaMm2 = value;
        break;
    case AssumptionField::PackagingYield:
        in.packagingYield = value;
        break;
    case AssumptionField::PackagesPerCowosWafer:
        in.packagesPerCowosWafer = value;
        break;
    case AssumptionField::HarvestFraction:
        in.harvestFraction = value;
        break;
    case AssumptionField::DiesPerPackage:
    case AssumptionField::YieldModel:
    case AssumptionField::Packaging:
        break;
    }
}

// A year's shares depend on that year's inputs only, so the engine is run on a copy holding
// just the chosen year: the other years would be recomputed hundreds of times for nothing.
ForecastInput yearSlice(const ForecastInput &input, int yearIndex)
{
    ForecastInput slice;
    slice.wafer = input.wafer;
    slice.years = { input.years.at(yearIndex) };
    slice.vendors = input.vendors;
    slice.programs = input.programs;
    slice.programVendorIndex = input.programVendorIndex;
    slice.programPackageIndex = input.programPackageIndex;
    slice.inputs.reserve(static_cast<size_t>(input.programs.size()));
    for (int p = 0; p < input.programs.size(); ++p)
        slice.inputs.push_back(input.at(p, yearIndex));
    return slice;
}

// A fractional dies-per-package (2 × 0.8 = 1.6) cannot pass through the engine's int field, and
// rounding it would turn a 20 % move into 0 % or 50 %. Dies per package enters only the logic
// wafers of its own program, linearly, so that program's wafers are recomputed with WaferMath
// from the base result's gross dies and yield, and the sums are redone in the engine's order:
// the share is bit for bit what the engine would give if the field were a double.
double shareWithLogicWafers(const ForecastInput &slice, const ForecastResult &base, Metric metric,
                            int vendorIndex, int movedProgram, double movedLogicWafers)
{
    double vendorWafers = 0.0;
    double totalWafers = 0.0;
    for (int p = 0; p < slice.programs.size(); ++p) {
        const int vendor = slice.programVendorIndex[static_cast<size_t>(p)];
        if (vendor < 0)
            continue;
        const ProgramYearResult &out = base.program(p, 0);
        const bool movedCounts = metric == Metric::AllLogicWafers ||
            (metric == Metric::ComputeWafers && slice.programs.at(p).dieRole == DieRole::Compute);
        double wafers = p != movedProgram ? out.wafers(metric)
            : movedCounts                 ? movedLogicWafers
                                          : out.wafers(metric);
        if (wafers != wafers) // NaN: the engine adds nothing for a program that cannot be made
            wafers = 0.0;
        if (vendor == vendorIndex)
            vendorWafers += wafers;
        totalWafers += wafers;
    }
    return totalWafers > 0.0 ? 100.0 * vendorWafers / totalWafers : 0.0;
}

// Two swings that agree to a billionth of a point are a tie: otherwise rounding noise would
// decide the order of inputs that move the share equally (units and dies per package of one
// program do, for logic wafers).
double swingKey(const SensitivityRow &row)
{
    return std::round(std::abs(row.swing) * 1e9);
}

} // namespace

QList<SensitivityRow> SensitivityAnalysis::run(const ForecastInput &input, int vendorIndex,
                                               int yearIndex, Metric metric, double stepPercent)
{
    if (!(stepPercent > 0.0 && stepPercent <= 100.0) || vendorIndex < 0 ||
        vendorIndex >= input.vendors.size() || yearIndex < 0 || yearIndex >= input.years.size())
        return {};

    ForecastInput slice = yearSlice(input, yearIndex);
    const ForecastResult base = ForecastEngine::compute(slice);
    const double baseShare = base.sharePercent(metric, vendorIndex, 0);
    const double step = stepPercent / 100.0;

    ForecastResult moved; // sized by the first run, then reused
    const auto shareWith = [&](ProgramYearInputs &cell, AssumptionField field, double value) {
        setValue(cell, field, value);
        ForecastEngine::compute(slice, moved);
        return moved.sharePercent(metric, vendorIndex, 0);
    };

    QList<SensitivityRow> rows;
    for (int p = 0; p < slice.programs.size(); ++p) {
        ProgramYearInputs &cell = slice.inputs[static_cast<size_t>(p)];
        // A die kind makes dies for its package's units, which are moved on the package's row.
        const double units = slice.unitsOf(p, 0);
        if (!(units > 0.0))
            continue;
        const bool dieKind = slice.packageIndexOf(p) >= 0;
        const ProgramYearInputs saved = cell;
        for (const AssumptionField field : movedFields) {
            if (dieKind && PackageRules::isPackageField(field))
                continue;
            // α is read only by the negative-binomial model; moving it elsewhere is a no-op.
            if (field == AssumptionField::YieldAlpha &&
                cell.yieldModel != YieldModel::NegativeBinomial)
                continue;
            SensitivityRow row;
            row.programIndex = p;
            row.field = field;
            row.baseValue = valueOf(saved, field);
            row.lowValue = row.baseValue * (1.0 - step);
            row.highValue = row.baseValue * (1.0 + step);
            if (field == AssumptionField::PackagingYield)
                row.highValue = std::min(row.highValue, 1.0); // no more than every package good

            if (field == AssumptionField::DiesPerPackage) {
                const ProgramYearResult &out = base.program(p, 0);
                const auto shareWithDies = [&](double dies) {
                    return shareWithLogicWafers(
                        slice, base, metric, vendorIndex, p,
                        WaferMath::logicWafers(units, dies, out.grossDies, out.sellableYield));
                };
                row.lowShare = shareWithDies(row.lowValue);
                row.highShare = shareWithDies(row.highValue);
            } else {
                row.lowShare = shareWith(cell, field, row.lowValue);
                row.highShare = shareWith(cell, field, row.highValue);
                cell = saved;
            }
            // Exact comparison on purpose: an input the metric does not read gives the very
            // same sums, so its shares are bit for bit the base share.
            if (row.lowShare == baseShare && row.highShare == baseShare)
                continue;
            row.swing = row.highShare - row.lowShare;
            rows.append(row);
        }
    }

    std::sort(rows.begin(), rows.end(), [&](const SensitivityRow &a, const SensitivityRow &b) {
        const double keyA = swingKey(a);
        const double keyB = swingKey(b);
        if (keyA != keyB)
            return keyA > keyB;
        if (a.programIndex != b.programIndex) {
            const int byName = QString::compare(slice.programs.at(a.programIndex).name,
                                                slice.programs.at(b.programIndex).name);
            if (byName != 0)
                return byName < 0;
        }
        if (a.field != b.field)
            return static_cast<int>(a.field) < static_cast<int>(b.field);
        return a.programIndex < b.programIndex;
    });
    return rows;
}

} // namespace ws
