// SPDX-License-Identifier: MIT
#include "changedcells.h"

#include <QAbstractItemModel>

#include <cmath>

namespace ws {

bool sameShownValue(const QVariant &a, const QVariant &b)
{
    if (a.userType() == QMetaType::Double && b.userType() == QMetaType::Double &&
        std::isnan(a.toDouble()) && std::isnan(b.toDouble()))
        return true;
    return a == b;
}

QList<QVariant> shownCells(const QAbstractItemModel &model, const QList<int> &roles)
{
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    QList<QVariant> shown;
    shown.reserve(qsizetype(rows) * columns * roles.size());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex cell = model.index(row, column);
            for (int role : roles)
                shown << model.data(cell, role);
        }
    }
    return shown;
}

QList<CellRun> changedCells(const QList<QVariant> &before, const QList<QVariant> &after,
                            int columns, int roleCount)
{
    QList<CellRun> runs;
    if (columns <= 0 || roleCount <= 0 || before.size() != after.size())
        return runs;
    const qsizetype rows = before.size() / (qsizetype(columns) * roleCount);
    for (qsizetype row = 0; row < rows; ++row) {
        int first = -1;
        for (int column = 0; column <= columns; ++column) {
            bool changed = false;
            for (int role = 0; column < columns && role < roleCount && !changed; ++role) {
                const qsizetype at = (row * columns + column) * roleCount + role;
                changed = !sameShownValue(before.at(at), after.at(at));
            }
            if (changed && first < 0)
                first = column;
            if (!changed && first >= 0) {
                runs << CellRun { int(row), first, column - 1 };
                first = -1;
            }
        }
    }
    return runs;
}

} // namespace ws
