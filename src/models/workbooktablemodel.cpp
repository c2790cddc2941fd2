// SPDX-License-Identifier: MIT
#include "workbooktablemodel.h"

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

void WorkbookTableModel::refresh()
{
    const int rows = mWorkbook ? workbookRowCount() : 0;
    if (rows != mRows) {
        beginResetModel();
        mRows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, mColumns - 1));
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
