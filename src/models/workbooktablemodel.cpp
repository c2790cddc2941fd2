// SPDX-License-Identifier: MIT
#include "workbooktablemodel.h"

#include "changedcells.h"
#include "supplychainchange.h"
#include "workbook.h"

#include <algorithm>

namespace ws {

WorkbookTableModel::WorkbookTableModel(Follows follows, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , mFollows(follows)
    , mColumns(columns)
{
}

Workbook *WorkbookTableModel::workbook() const
{
    return mWorkbook;
}

void WorkbookTableModel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook) {
        disconnect(mWorkbook, nullptr, this, nullptr);
        disconnect(mWorkbook->supplyChain(), nullptr, this, nullptr);
    }
    mWorkbook = workbook;
    if (mWorkbook) {
        switch (mFollows) {
        case Follows::Forecast:
            connect(mWorkbook, &Workbook::forecastChanged, this, &WorkbookTableModel::refresh);
            break;
        case Follows::SupplyChain:
            connect(mWorkbook->supplyChain(), &SupplyChainDocument::changedIn, this,
                    &WorkbookTableModel::supplyChainChangedIn);
            break;
        case Follows::Sources:
            connect(mWorkbook, &Workbook::sourcesChanged, this, &WorkbookTableModel::refresh);
            break;
        }
    }
    refresh();
}

QList<int> WorkbookTableModel::comparedRoles() const
{
    return { Qt::DisplayRole,    Qt::EditRole,       Qt::ToolTipRole,
             Qt::CheckStateRole, Qt::BackgroundRole, Qt::ForegroundRole,
             Qt::UserRole,       Qt::UserRole + 1,   Qt::UserRole + 2 };
}

void WorkbookTableModel::refresh()
{
    const int rows = mWorkbook ? workbookRowCount() : 0;
    if (rows != mRows) {
        beginResetModel();
        mRows = rows;
        endResetModel();
        mShown = shownCells(*this, comparedRoles());
        return;
    }
    const QList<QVariant> before = std::exchange(mShown, shownCells(*this, comparedRoles()));
    for (const CellRun &run : changedCells(before, mShown, mColumns, comparedRoles().size()))
        Q_EMIT dataChanged(index(run.row, run.firstColumn), index(run.row, run.lastColumn));
}

std::optional<QList<int>> WorkbookTableModel::rowsReachedBy(const SupplyChainChange &) const
{
    return std::nullopt;
}

void WorkbookTableModel::supplyChainChangedIn(const SupplyChainChange &change)
{
    const std::optional<QList<int>> rows =
        change.whole || workbookRowCount() != mRows ? std::nullopt : rowsReachedBy(change);
    if (!rows) {
        refresh();
        return;
    }
    // Only the rows named are looked at (a company edited among thousands); the others show
    // what they showed.
    const QList<int> roles = comparedRoles();
    const qsizetype perRow = qsizetype(mColumns) * roles.size();
    for (int row : *rows) {
        if (row < 0 || row >= mRows)
            continue;
        QList<QVariant> now;
        now.reserve(perRow);
        for (int column = 0; column < mColumns; ++column) {
            for (int role : roles)
                now << data(index(row, column), role);
        }
        const QList<QVariant> before = mShown.mid(row * perRow, perRow);
        for (const CellRun &run : changedCells(before, now, mColumns, int(roles.size())))
            Q_EMIT dataChanged(index(row, run.firstColumn), index(row, run.lastColumn));
        std::copy(now.cbegin(), now.cend(), mShown.begin() + row * perRow);
    }
}

int WorkbookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int WorkbookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mColumns;
}

} // namespace ws
