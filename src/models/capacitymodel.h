// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;

/** The current scenario's CoWoS demand against recorded capacity: a row per forecast year. */
class CapacityModel : public QAbstractTableModel
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

    void setWorkbook(Workbook *workbook);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();

    QPointer<Workbook> mWorkbook;
    int mRows = 0;
};

} // namespace ws
