// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ws {

/** Every scenario's stored assumption cells, read once in one pass over the table when the
    workbook is opened, and kept equal to the store afterwards: each cell an edit committed is
    set here too. A scenario switch builds its input from here instead of reading a million
    cells of a large workbook again.

    An edit costs a hash insert: it waits beside the scenario's list until the list is next
    asked for, when the waiting cells replace their stored ones in one pass. */
class ScenarioCells
{
public:
    /** Forgets everything and keeps @p cells, by scenario id. */
    void reset(QHash<int, QList<AssumptionCell>> cells);

    /** Records what the store now holds for one cell of @p scenarioId: @p value, or no row
        (the cell is inherited from the parent). */
    void set(int scenarioId, int programId, int year, AssumptionField field,
             const std::optional<QString> &value);

    /** Forgets the cells of a scenario the store no longer holds. */
    void removeScenario(int scenarioId);

    /** Forgets the cells of @p programId in every scenario, as the store does when the
        program is removed. */
    void removeProgram(int programId);

    /** The stored cells of each scenario of @p lineage (a scenario and its ancestors, nearest
        first, as Workbook::lineage() gives it), the root's first: the layers the builder takes. */
    QList<QList<AssumptionCell>> layers(const QList<int> &lineage);

private:
    struct Key
    {
        int programId = 0;
        int year = 0;
        AssumptionField field = AssumptionField::Units;
        bool operator==(const Key &other) const
        {
            return programId == other.programId && year == other.year && field == other.field;
        }
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.programId, key.year, static_cast<int>(key.field));
    }

    void applyWaiting(int scenarioId);

    QHash<int, QList<AssumptionCell>> mCells;
    QHash<int, QHash<Key, std::optional<QString>>> mWaiting;
};

} // namespace ws
