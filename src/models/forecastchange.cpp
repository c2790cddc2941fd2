// SPDX-License-Identifier: MIT
#include "forecastchange.h"

#include "core/forecastinput.h"
#include "store/storedrows.h"

#include <algorithm>

namespace ws {

ForecastChange ForecastChange::ofCells(const ForecastInput &input, int scenarioId,
                                       const QList<CellChange> &changes)
{
    ForecastChange change;
    change.scenarioId = scenarioId;
    change.reach = Reach::Cells;
    change.cells.reserve(changes.size());
    for (const CellChange &cellChange : changes) {
        const StoredCell &key = cellChange.key();
        ChangedCell cell;
        cell.programId = key.programId;
        cell.year = key.year;
        cell.field = key.field;
        cell.programIndex = input.programIndex(key.programId);
        cell.yearIndex = input.yearIndex(key.year);
        if (key.scenarioId != scenarioId || cell.programIndex < 0 || cell.yearIndex < 0) {
            change.reach = Reach::Scenario;
            change.cells.clear();
            return change;
        }
        change.cells << cell;
    }
    return change;
}

QList<int> ForecastChange::yearIndexes() const
{
    QList<int> years;
    for (const ChangedCell &cell : cells) {
        if (!years.contains(cell.yearIndex))
            years << cell.yearIndex;
    }
    std::sort(years.begin(), years.end());
    return years;
}

} // namespace ws
