// SPDX-License-Identifier: MIT
#include "rereadingmodel.h"

#include "workbook.h"

#include <QUndoStack>

namespace ws {

RereadingModel::RereadingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RereadingModel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook) {
        disconnect(mWorkbook, nullptr, this, nullptr);
        disconnect(mWorkbook->undoStack(), nullptr, this, nullptr);
        disconnect(mWorkbook->supplyChain(), nullptr, this, nullptr);
    }
    mWorkbook = workbook;
    if (mWorkbook)
        followWorkbook(mWorkbook);
    workbookChanged();
}

void RereadingModel::setLive(bool live)
{
    mLive = live;
    if (mLive && mStale)
        refresh();
}

void RereadingModel::workbookChanged()
{
    if (mLive)
        refresh();
    else
        mStale = true;
}

void RereadingModel::refresh()
{
    beginResetModel();
    reread();
    mStale = false;
    endResetModel();
}

} // namespace ws
