// SPDX-License-Identifier: MIT
#pragma once

#include "forecastinput.h"
#include "metric.h"

#include <vector>

namespace ws {

/** The engine's answer for one program in one year. */
struct ProgramYearResult
{
    qint64 grossDies = 0;
    double yield = 0.0; // the yield model's share of good dies
    double sellableYield = 0.0; // good dies plus the harvested share of the defective ones
    double goodDies = 0.0; // sellable dies per wafer
    double logicWafers = 0.0; // wafers of this kind of die, whatever its role
    double computeWafers = 0.0; // logicWafers for a compute die, 0 for an I/O die
    qint64 interposersPerWafer = 0; // 0 unless the CoWoS basis is the interposer area
    double cowosWafers = 0.0; // 0 for a die kind: its package holds the CoWoS wafers
    CowosBasis cowosBasis = CowosBasis::None;

    /** What this program-year adds to @p metric's totals. */
    double wafers(Metric metric) const
    {
        switch (metric) {
        case Metric::ComputeWafers:
            return computeWafers;
        case Metric::CowosWafers:
            return cowosWafers;
        case Metric::AllLogicWafers:
            return logicWafers;
        }
        return 0.0;
    }
};

/** Wafers per program, vendor and year for every metric, with shares in percent. */
class ForecastResult
{
public:
    int yearCount() const { return mYearCount; }
    int vendorCount() const { return mVendorCount; }
    int programCount() const { return mProgramCount; }

    const ProgramYearResult &program(int programIndex, int yearIndex) const
    {
        return mPrograms[static_cast<size_t>(programIndex) * mYearCount + yearIndex];
    }
    double vendorWafers(Metric metric, int vendorIndex, int yearIndex) const
    {
        return mVendorWafers[slot(metric, vendorIndex, yearIndex)];
    }
    double totalWafers(Metric metric, int yearIndex) const
    {
        return mTotals[static_cast<size_t>(metric) * mYearCount + yearIndex];
    }
    /** The vendor's share of all vendors' wafers in percent; 0 when nothing is made that year. */
    double sharePercent(Metric metric, int vendorIndex, int yearIndex) const;

private:
    friend class ForecastEngine;
    size_t slot(Metric metric, int vendorIndex, int yearIndex) const
    {
        return (static_cast<size_t>(metric) * mVendorCount + vendorIndex) * mYearCount + yearIndex;
    }

    int mYearCount = 0;
    int mVendorCount = 0;
    int mProgramCount = 0;
    std::vector<ProgramYearResult> mPrograms;
    std::vector<double> mVendorWafers; // metric × vendor × year
    std::vector<double> mTotals; // metric × year
};

/** The bottom-up wafer model of DESIGN §3. Pure: inputs in, results out. Every number it gives
    is finite and not negative, even for inputs no entry point admits (a hand-edited file read
    without the builder): WaferMath bounds each program, and the sums stop at maxWafers. */
class ForecastEngine
{
public:
    static ForecastResult compute(const ForecastInput &input);

    /** Recomputes into @p result, reusing its storage (no allocation once sized). */
    static void compute(const ForecastInput &input, ForecastResult &result);

    /** After an edit of the programs at @p programIndices: recomputes their program-years (and
        their die kinds', which take a package's units), their vendors' sums and the totals, and
        leaves every other program-year as it is. @p result must hold compute() of an input
        that differed from @p input only in those programs' cells. Gives the same numbers as
        compute() to the last bit, at the cost of the edited programs and one pass over the
        program list instead of every program-year. */
    static void update(const ForecastInput &input, ForecastResult &result,
                       const QList<int> &programIndices);

private:
    static void sumVendors(const ForecastInput &input, ForecastResult &result,
                           const std::vector<bool> &vendors);
};

} // namespace ws
