// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QVariant>

class QAbstractItemModel;

namespace ws {

/** A run of neighbouring cells of one row of a table model, for one dataChanged() signal. */
struct CellRun
{
    int row = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

/** Whether two values a view shows are the same; unlike QVariant's ==, "no value" shown as NaN
    equals itself. */
bool sameShownValue(const QVariant &a, const QVariant &b);

/** What every cell of the table @p model shows in @p roles: row by row, column by column, role by
    role. Taken before and after a change whose rows and columns stay, it tells which cells
    changed (changedCells()); meant for small tables, whose cost it is. */
QList<QVariant> shownCells(const QAbstractItemModel &model, const QList<int> &roles);

/** The runs of cells whose values differ between @p before and @p after, two shownCells() of a
    table of the same @p columns columns and @p roleCount roles, row by row. */
QList<CellRun> changedCells(const QList<QVariant> &before, const QList<QVariant> &after,
                            int columns, int roleCount);

} // namespace ws
