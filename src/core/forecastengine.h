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
    double yield = 0.0;
    double goodDies = 0.0; // good dies per wafer
    double logicWafers = 0.0;
    qint64 interposersPerWafer = 0;
    double cowosWafers = 0.0;
};

/** Wafers per program, vendor and year for both metrics, with shares in percent. */
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
};

} // namespace ws
