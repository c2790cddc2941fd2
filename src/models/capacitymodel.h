// SPDX-License-Identifier: MIT
#pragma once

#include "workbooktablemodel.h"

namespace ws {

/** The current scenario's CoWoS demand against recorded capacity: a row per forecast year. */
class CapacityModel : public WorkbookTableModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        DemandColumn,
        CapacityColumn,
        UtilisationColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole, // double (or the year as int)
        ExceededRole, // bool: demand above capacity
        HasCapacityRole, // bool
    };

    explicit CapacityModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    int workbookRowCount() const override;
};

} // namespace ws
