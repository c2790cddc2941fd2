// SPDX-License-Identifier: MIT
#include "capacitymodel.h"

#include "workbook.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ws {

CapacityModel::CapacityModel(QObject *parent)
    : WorkbookTableModel(Follows::Forecast, ColumnCount, parent)
{
}

int CapacityModel::workbookRowCount() const
{
    return static_cast<int>(mWorkbook->capacityStatus().size());
}

QVariant CapacityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return {};
    const CapacityStatus &status = mWorkbook->capacityStatus().at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case YearColumn:
            return QString::number(status.year);
        case DemandColumn:
            return locale.toString(status.demand, 'f', 0);
        case CapacityColumn:
            return status.hasCapacity ? locale.toString(status.capacity, 'f', 0) : tr("no data");
        case UtilisationColumn:
            return status.hasCapacity
                ? locale.toString(status.utilisationPercent, 'f', 1) + QStringLiteral(" %")
                : QString();
        case SourceColumn:
            return status.sourceTitle;
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case YearColumn:
            return status.year;
        case DemandColumn:
            return status.demand;
        case CapacityColumn:
            return status.capacity;
        case UtilisationColumn:
            return status.utilisationPercent;
        case SourceColumn:
            return status.sourceTitle;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SourceColumn ? QVariant()
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return status.exceeded ? QVariant(QBrush(QColor(0xFF, 0xE0, 0xDC))) : QVariant();
    case Qt::ForegroundRole:
        return status.exceeded ? QVariant(QBrush(QColor(0x61, 0x1A, 0x15))) : QVariant();
    case ExceededRole:
        return status.exceeded;
    case HasCapacityRole:
        return status.hasCapacity;
    default:
        return {};
    }
}

QVariant CapacityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn:
        return tr("Year");
    case DemandColumn:
        return tr("Demand (wafers)");
    case CapacityColumn:
        return tr("Capacity (wafers)");
    case UtilisationColumn:
        return tr("Use");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace ws
