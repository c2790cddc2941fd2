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
    /** For a die-kind row, the index of its package in programs; -1 for a package. May be left
        empty (every row a package), as inputs made by hand in a test leave it. */
    std::vector<int> programPackageIndex;
    std::vector<ProgramYearInputs> inputs; // programs.size() × years.size(), program-major
    /** For each input cell and field: the index of the scenario layer its value came from
        (0 = the root scenario), or -1 when no layer stores it. */
    std::vector<signed char> sourceLayer;
    static constexpr int fieldCount = 11;

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

    /** The package of the program at @p programIndex, or -1 when the program is a package. */
    int packageIndexOf(int programIndex) const
    {
        return static_cast<size_t>(programIndex) < programPackageIndex.size()
            ? programPackageIndex[static_cast<size_t>(programIndex)]
            : -1;
    }
    /** The packages shipped in a year that the program's dies go into: its own units, or its
        package's for a die kind. */
    double unitsOf(int programIndex, int yearIdx) const
    {
        const int package = packageIndexOf(programIndex);
        return at(package >= 0 ? package : programIndex, yearIdx).units;
    }
};

} // namespace ws
