// SPDX-License-Identifier: MIT
#pragma once

#include "forecastinput.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace ws {

/** Sets @p field of @p inputs from a stored value that assumptionValueProblem() accepts, as the
    builder reads it; an editor uses it to judge an edit before it is made. */
void applyAssumptionValue(ProgramYearInputs &inputs, AssumptionField field, const QString &value);

/** Sets @p field of @p to to its value in @p from: a cell that goes back to what its parent
    scenario gives it. */
void copyAssumptionField(ProgramYearInputs &to, const ProgramYearInputs &from,
                         AssumptionField field);

/** The value of @p field in @p inputs, the other way round: a number (dies per package as an
    integer), the name of a yield model or of a packaging, or a null value for a packages-per-
    wafer figure that is not given. */
QVariant assumptionValue(const ProgramYearInputs &inputs, AssumptionField field);

/** Resolves a scenario's stored cells, parent first, into the engine's input grid, and names
    every cell that is missing or invalid so that bad data is reported, never guessed. */
class ForecastBuilder
{
public:
    struct Result
    {
        ForecastInput input;
        QStringList problems; // empty when the input is complete and valid
    };

    /** @p layers holds the cells of each scenario from the root (Base) down to the chosen one;
        a later layer's cell overrides an earlier one's. */
    static Result build(const QList<Vendor> &vendors, const QList<Program> &programs,
                        const QList<QList<AssumptionCell>> &layers);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ForecastBuilder)
};

} // namespace ws
