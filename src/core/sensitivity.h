// SPDX-License-Identifier: MIT
#pragma once

#include "assumptionfield.h"
#include "metric.h"

#include <QList>

namespace ws {

struct ForecastInput;

/** How far one vendor's share moves when one input of one program is moved down and up. */
struct SensitivityRow
{
    int programIndex = -1; // into ForecastInput::programs
    AssumptionField field = AssumptionField::Units;
    double baseValue = 0.0;
    double lowValue = 0.0; // baseValue moved down by the step
    double highValue = 0.0; // baseValue moved up by the step (at most the field's maximum)
    double lowShare = 0.0; // the vendor's share in percent with lowValue
    double highShare = 0.0; // the vendor's share in percent with highValue
    double swing = 0.0; // highShare − lowShare in percentage points; negative when the input
                        // works against the vendor
};

/** One-at-a-time sensitivity of one vendor's share in one year (DESIGN §3): each numeric input
    of each shipping program is moved by ±step % on its own, the rest held at the scenario's
    values, and the vendor's share recomputed. The rows feed a tornado chart. */
class SensitivityAnalysis
{
public:
    /** The rows for the vendor at @p vendorIndex in the year at @p yearIndex, largest |swing|
        first (ties: program name, then field order). Inputs whose move leaves the share exactly
        where it was (die area for CoWoS wafers, a zero defect density, …) are left out.
        @p stepPercent must lie in (0, 100]; anything else, or an index out of range, gives no
        rows. A move that leaves a program unable to make a wafer (a die too large for it)
        counts that program as making none, as the engine does.
        Dies per package moves by fractions like the other inputs (2 → 1.6 and 2.4): the
        analysis asks how sensitive the share is, not which packages can be built. */
    static QList<SensitivityRow> run(const ForecastInput &input, int vendorIndex, int yearIndex,
                                     Metric metric, double stepPercent = 20.0);
};

} // namespace ws
