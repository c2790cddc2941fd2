// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "wafermath.h"

#include <vector>

namespace ws {

/** Everything the engine needs for one scenario: programs × years of resolved inputs. */
struct ForecastInput
{
    WaferGeometry wafer;
    QList<int> years; // ascending
    QList<Vendor> vendors;
    QList<Program> programs;
    std::vector<int> programVendorIndex; // index into vendors, per program
    std::vector<ProgramYearInputs> inputs; // programs.size() × years.size(), program-major
    /** For each input cell and field: the index of the scenario layer its value came from
        (0 = the root scenario), or -1 when no layer stores it. */
    std::vector<signed char> sourceLayer;
    static constexpr int fieldCount = 8;

    int yearIndex(int year) const { return years.indexOf(year); }
    int vendorIndex(const QString &name) const;
    const ProgramYearInputs &at(int programIndex, int yearIdx) const
    {
        return inputs[static_cast<size_t>(programIndex) * years.size() + yearIdx];
    }
    int layerOf(int programIndex, int yearIdx, AssumptionField field) const
    {
        const size_t cell = static_cast<size_t>(programIndex) * years.size() + yearIdx;
        return sourceLayer[cell * fieldCount + static_cast<size_t>(field)];
    }
    int programIndex(int programId) const;
};

} // namespace ws
