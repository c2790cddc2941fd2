// SPDX-License-Identifier: MIT
#include "scenariocells.h"

namespace ws {

void ScenarioCells::reset(QHash<int, QList<AssumptionCell>> cells)
{
    mCells = std::move(cells);
    mWaiting.clear();
}

void ScenarioCells::set(int scenarioId, int programId, int year, AssumptionField field,
                        const std::optional<QString> &value)
{
    mWaiting[scenarioId].insert(Key { programId, year, field }, value);
}

void ScenarioCells::removeScenario(int scenarioId)
{
    mCells.remove(scenarioId);
    mWaiting.remove(scenarioId);
}

void ScenarioCells::removeProgram(int programId)
{
    // Waiting edits are set first, so that none of the program's is left to come back.
    const QList<int> edited = mWaiting.keys();
    for (const int scenarioId : edited)
        applyWaiting(scenarioId);
    for (QList<AssumptionCell> &cells : mCells)
        cells.removeIf(
            [programId](const AssumptionCell &cell) { return cell.programId == programId; });
}

QList<QList<AssumptionCell>> ScenarioCells::layers(const QList<int> &lineage)
{
    QList<QList<AssumptionCell>> layers;
    layers.reserve(lineage.size());
    for (auto scenarioId = lineage.crbegin(); scenarioId != lineage.crend(); ++scenarioId) {
        applyWaiting(*scenarioId);
        layers << mCells.value(*scenarioId);
    }
    return layers;
}

void ScenarioCells::applyWaiting(int scenarioId)
{
    const auto waiting = mWaiting.constFind(scenarioId);
    if (waiting == mWaiting.cend())
        return;
    QHash<Key, std::optional<QString>> edits = *waiting;
    mWaiting.erase(waiting);
    QList<AssumptionCell> &cells = mCells[scenarioId];
    // Stored cells an edit replaced or deleted go; those it set keep their place.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        AssumptionCell &cell = cells[i];
        const auto edit = edits.find(Key { cell.programId, cell.year, cell.field });
        if (edit != edits.end()) {
            const std::optional<QString> value = *edit;
            edits.erase(edit);
            if (!value)
                continue;
            cell.value = *value;
        }
        if (kept != i)
            cells[kept] = std::move(cell);
        ++kept;
    }
    cells.resize(kept);
    // Cells the scenario did not store before.
    for (auto edit = edits.cbegin(); edit != edits.cend(); ++edit) {
        if (edit->has_value())
            cells << AssumptionCell { edit.key().programId, edit.key().year, edit.key().field,
                                      **edit };
    }
}

} // namespace ws
