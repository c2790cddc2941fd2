// SPDX-License-Identifier: MIT
#include "unsourcedmodel.h"
#include "editlognames.h"

#include "workbook.h"

namespace ws {

UnsourcedModel::UnsourcedModel(QObject *parent)
    : RereadingModel(parent)
{
}

void UnsourcedModel::followWorkbook(Workbook *workbook)
{
    connect(workbook, &Workbook::sourcesChanged, this, &UnsourcedModel::workbookChanged);
    connect(workbook, &Workbook::forecastChanged, this, &UnsourcedModel::workbookChanged);
    connect(workbook->supplyChain(), &SupplyChainDocument::changed, this,
            &UnsourcedModel::workbookChanged);
}

void UnsourcedModel::reread()
{
    mNumbers = mWorkbook ? mWorkbook->unsourcedNumbers() : QList<UnsourcedNumber>();
}

int UnsourcedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mNumbers.size());
}

int UnsourcedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnsourcedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const UnsourcedNumber &number = mNumbers.at(index.row());
    switch (index.column()) {
    case KindColumn:
        return number.table == QLatin1String("assumption") ? tr("Assumption") : tr("Relation");
    case WhatColumn:
        return number.description;
    case ValueColumn:
        return EditLogNames::valueText(number.table, number.field, number.value);
    }
    return {};
}

QVariant UnsourcedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case WhatColumn:
        return tr("Number");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace ws
