// SPDX-License-Identifier: MIT
#pragma once

#include "core/assumptionfield.h"

#include <QList>
#include <QMetaType>

namespace ws {

struct CellChange;
struct ForecastInput;

/** One assumption cell an edit set: by id and year as stored, and by its place in the current
    scenario's input, where the models find it. */
struct ChangedCell
{
    int programId = 0;
    int year = 0;
    AssumptionField field = AssumptionField::Units;
    int programIndex = -1;
    int yearIndex = -1;
};

/** What a change of the workbook reached, so that the models over it can tell their views just
    that: the cells of one assumption edit, the programs added or removed, or the whole scenario
    (switched, read again). Workbook::forecastAboutToChange and forecastChangedIn carry it. */
struct ForecastChange
{
    enum class Reach {
        /** Only `cells` of the current scenario were set; its programs, years and vendors are
            those it had, and the forecast was computed again from them. */
        Cells,
        /** Programs were added or removed (`programIds`): rows come and go. */
        Programs,
        /** The scenario was switched or read again: anything may differ. */
        Scenario,
    };

    Reach reach = Reach::Scenario;
    int scenarioId = 0;
    QList<ChangedCell> cells;
    QList<int> programIds;

    /** The cells @p changes set in scenario @p scenarioId, placed in @p input; reach Scenario
        when one of them lies outside it (another scenario, a program or year it lacks). */
    static ForecastChange ofCells(const ForecastInput &input, int scenarioId,
                                  const QList<CellChange> &changes);
    /** The year indexes of `cells`, each once, ascending. */
    QList<int> yearIndexes() const;
};

} // namespace ws

Q_DECLARE_METATYPE(ws::ForecastChange)
