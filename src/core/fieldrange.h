// SPDX-License-Identifier: MIT
#pragma once

#include "assumptionfield.h"

#include <QString>

#include <optional>

namespace ws {

/** The values a numeric assumption may take (DESIGN §2, "Allowed values"). Every entry point —
    the grid's editors, core validation, `set`, CSV and JSON import — reads this one table, so
    that a value one of them accepts is never refused, or silently changed, by another. */
struct FieldRange
{
    double minimum = 0.0;
    double maximum = 0.0;
    bool minimumExclusive = false; // packaging yield: 0 would mean no package is ever good
    bool integer = false; // counts: units, dies per package
    /** Above this the value is allowed but flagged (a die larger than one reticle); 0: never. */
    double flagAbove = 0.0;
    /** The unit as shown after a value, with its leading space (" mm²"), or empty. */
    QString unit;
    /** Decimals an editor or table shows; the stored value keeps every digit typed. */
    int decimals = 0;
};

/** The range of @p field; std::nullopt for yield_model and packaging, which are names. */
std::optional<FieldRange> fieldRange(AssumptionField field);

/** Whether @p value is allowed for @p field: fieldRangeProblem() is empty. Builds no sentence,
    for checking a million stored cells. Names (yield_model, packaging) are not numbers: false. */
bool fieldAllows(AssumptionField field, double value);

/** Why @p value is not allowed for @p field (a sentence naming the field and the allowed range),
    or an empty string when it is allowed. NaN and infinities are never allowed. */
QString fieldRangeProblem(AssumptionField field, double value);

/** The soft limit of DESIGN's issue 13, B.3: a value more than ten times, or less than a tenth of,
    the same program's value in the year before or the parent scenario's value for the cell is
    allowed but asked about (the GUI) or warned of (`set`). References of 0 or less, or none,
    say nothing. Returns the sentence to show, empty when the value is within the limit. */
QString softLimitWarning(AssumptionField field, double value, std::optional<double> yearBefore,
                         int year, std::optional<double> parentValue,
                         const QString &parentScenario);

/** @p value as the store keeps it: C locale, no group separators, no exponent for a whole
    number below 10¹⁵, otherwise the shortest text that reads back as the same double. */
QString canonicalNumberText(double value);

} // namespace ws
