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

QList<int> WorkbookTableModel::comparedRoles() const
{
    return { Qt::DisplayRole,    Qt::EditRole,       Qt::ToolTipRole,
             Qt::CheckStateRole, Qt::BackgroundRole, Qt::ForegroundRole,
             Qt::UserRole,       Qt::UserRole + 1,   Qt::UserRole + 2 };
}

QList<QVariant> WorkbookTableModel::shownValues() const
{
    const QList<int> roles = comparedRoles();
    QList<QVariant> shown;
    shown.reserve(mRows * mColumns * roles.size());
    for (int row = 0; row < mRows; ++row) {
        for (int column = 0; column < mColumns; ++column) {
            const QModelIndex cell = index(row, column);
            for (int role : roles)
                shown << data(cell, role);
        }
    }
    return shown;
}

void WorkbookTableModel::refresh()
{
    const int rows = mWorkbook ? workbookRowCount() : 0;
    if (rows != mRows) {
        beginResetModel();
        mRows = rows;
        endResetModel();
        mShown = shownValues();
        return;
    }
    const QList<QVariant> before = std::exchange(mShown, shownValues());
    const qsizetype roles = comparedRoles().size();
    // One signal per run of neighbouring changed cells in a row.
    for (int row = 0; row < mRows; ++row) {
        int first = -1;
        for (int column = 0; column <= mColumns; ++column) {
            bool changed = false;
            for (qsizetype role = 0; column < mColumns && role < roles && !changed; ++role) {
                const qsizetype at = (qsizetype(row) * mColumns + column) * roles + role;
                changed = before.at(at) != mShown.at(at);
            }
            if (changed && first < 0)
                first = column;
            if (!changed && first >= 0) {
                Q_EMIT dataChanged(index(row, first), index(row, column - 1));
                first = -1;
            }
        }
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
