// SPDX-License-Identifier: MIT
#include "sensitivity.h"

#include "fieldrange.h"
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

// Dies per package is an int in ProgramYearInputs and is handled apart (see run()).
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

// A program's wafers for the metric; the engine adds nothing for a program that cannot be
// made (NaN).
double wafersOf(const ProgramYearResult &out, Metric metric)
{
    const double wafers = out.wafers(metric);
    return wafers == wafers ? wafers : 0.0;
}

/** The chosen vendor's share after one move, from the base sums: a move changes the wafers of
    one package family only (a package and its die kinds), so only their difference is added —
    recomputing every program for every move made the analysis quadratic in the programs
    (10,000 programs took minutes). */
class ShareAfterMove
{
public:
    ShareAfterMove(const ForecastInput &slice, const ForecastResult &base, Metric metric,
                   int vendorIndex)
        : mSlice(slice)
        , mBase(base)
        , mMetric(metric)
        , mVendorIndex(vendorIndex)
        , mBaseShare(base.sharePercent(metric, vendorIndex, 0))
    {
        for (int p = 0; p < slice.programs.size(); ++p) {
            const int vendor = slice.programVendorIndex[static_cast<size_t>(p)];
            if (vendor < 0)
                continue;
            const double wafers = wafersOf(base.program(p, 0), metric);
            if (vendor == vendorIndex)
                mVendorWafers += wafers;
            mTotalWafers += wafers;
        }
    }

    double baseShare() const { return mBaseShare; }

    /** Starts a move: record with change() the wafers of each program it touches, then read
        share(). */
    void reset() { mChanged.clear(); }
    void change(int programIndex, double wafers)
    {
        if (wafers != wafers)
            wafers = 0.0; // NaN, as above
        if (wafers != wafersOf(mBase.program(programIndex, 0), mMetric))
            mChanged.push_back({ programIndex, wafers });
    }
    double share() const
    {
        // Exactly the base share when no program's wafers moved: an input the metric does not
        // read is then recognised by an exact comparison.
        if (mChanged.empty())
            return mBaseShare;
        double vendorWafers = mVendorWafers;
        double totalWafers = mTotalWafers;
        for (const auto &[program, wafers] : mChanged) {
            const int vendor = mSlice.programVendorIndex[static_cast<size_t>(program)];
            if (vendor < 0)
                continue;
            const double difference = wafers - wafersOf(mBase.program(program, 0), mMetric);
            if (vendor == mVendorIndex)
                vendorWafers += difference;
            totalWafers += difference;
        }
        return totalWafers > 0.0 ? 100.0 * std::max(vendorWafers, 0.0) / totalWafers : 0.0;
    }

private:
    const ForecastInput &mSlice;
    const ForecastResult &mBase;
    Metric mMetric;
    int mVendorIndex;
    double mBaseShare;
    double mVendorWafers = 0.0;
    double mTotalWafers = 0.0;
    std::vector<std::pair<int, double>> mChanged;
};

/** One package family of the year slice (the package first, then its die kinds) as an input
    of its own, for the engine to recompute after a move. */
struct Family
{
    ForecastInput input;
    QList<int> members; // indexes into the slice's programs

    Family(const ForecastInput &slice, int package, const QList<int> &dieKinds)
    {
        input.wafer = slice.wafer;
        input.years = slice.years;
        input.vendors = slice.vendors;
        members << package << dieKinds;
        for (const int p : std::as_const(members)) {
            input.programs << slice.programs.at(p);
            input.programVendorIndex.push_back(slice.programVendorIndex[static_cast<size_t>(p)]);
            input.programPackageIndex.push_back(p == package ? -1 : 0);
            input.inputs.push_back(slice.at(p, 0));
        }
    }
};

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

    const ForecastInput slice = yearSlice(input, yearIndex);
    const ForecastResult base = ForecastEngine::compute(slice);
    ShareAfterMove after(slice, base, metric, vendorIndex);
    const double baseShare = after.baseShare();
    const double step = stepPercent / 100.0;

    QList<QList<int>> dieKinds(slice.programs.size());
    for (int p = 0; p < slice.programs.size(); ++p) {
        if (const int package = slice.packageIndexOf(p); package >= 0)
            dieKinds[package] << p;
    }

    ForecastResult moved; // sized by the first run, then reused
    QList<SensitivityRow> rows;
    for (int p = 0; p < slice.programs.size(); ++p) {
        // A die kind makes dies for its package's units, which are moved on the package's row.
        const double units = slice.unitsOf(p, 0);
        if (!(units > 0.0))
            continue;
        const int package = slice.packageIndexOf(p);
        const bool dieKind = package >= 0;
        const int root = dieKind ? package : p;
        Family family(slice, root, dieKinds.at(root));
        const int member = static_cast<int>(family.members.indexOf(p));
        ProgramYearInputs &cell = family.input.inputs[static_cast<size_t>(member)];
        const ProgramYearInputs saved = cell;
        const auto shareWith = [&](AssumptionField field, double value) {
            setValue(cell, field, value);
            ForecastEngine::compute(family.input, moved);
            after.reset();
            for (int m = 0; m < family.members.size(); ++m)
                after.change(family.members.at(m), moved.program(m, 0).wafers(metric));
            return after.share();
        };
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
            // Never above what the workbook would take (fieldrange.h): no more than every
            // package good, no more than every bad die harvested, no die beyond four reticles.
            row.highValue = std::min(row.baseValue * (1.0 + step), fieldRange(field)->maximum);

            if (field == AssumptionField::DiesPerPackage) {
                // A fractional dies-per-package (2 × 0.8 = 1.6) cannot pass through the
                // engine's int field, and rounding it would turn a 20 % move into 0 % or 50 %.
                // It enters only the logic wafers of its own program, linearly: they are
                // recomputed with WaferMath from the base result's gross dies and yield.
                const ProgramYearResult &out = base.program(p, 0);
                const bool counts = metric == Metric::AllLogicWafers ||
                    (metric == Metric::ComputeWafers &&
                     slice.programs.at(p).dieRole == DieRole::Compute);
                const auto shareWithDies = [&](double dies) {
                    after.reset();
                    if (counts)
                        after.change(
                            p,
                            WaferMath::logicWafers(units, dies, out.grossDies, out.sellableYield));
                    return after.share();
                };
                row.lowShare = shareWithDies(row.lowValue);
                row.highShare = shareWithDies(row.highValue);
            } else {
                row.lowShare = shareWith(field, row.lowValue);
                row.highShare = shareWith(field, row.highValue);
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
