// SPDX-License-Identifier: MIT
#include "workbooktablemodel.h"

#include "changedcells.h"
#include "workbook.h"

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
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        switch (mFollows) {
        case Follows::Forecast:
            connect(mWorkbook, &Workbook::forecastChanged, this, &WorkbookTableModel::refresh);
            break;
        case Follows::SupplyChain:
            connect(mWorkbook, &Workbook::supplyChainChanged, this, &WorkbookTableModel::refresh);
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

int WorkbookTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRows;
}

int WorkbookTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mColumns;
}

} // namespace ws
