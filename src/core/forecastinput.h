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

    int yearIndex(int year) const { return years.indexOf(year); }
    int vendorIndex(const QString &name) const;
    const ProgramYearInputs &at(int programIndex, int yearIdx) const
    {
        return inputs[static_cast<size_t>(programIndex) * years.size() + yearIdx];
    }
};

} // namespace ws
