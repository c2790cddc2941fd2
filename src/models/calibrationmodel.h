// SPDX-License-Identifier: MIT
#pragma once

#include "core/calibration.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace ws {

/** The calibration table: each published figure beside the modelled one and the residual, with
    the vendor's name (or all vendors), what it counts (a total or a named scope), the edition of
    the report and the title of the source it came from; volumes also with the residual in
    percent. Read-only; the rows are handed in whole whenever the forecast or the published
    figures change. */
class CalibrationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VendorColumn,
        YearColumn,
        MetricColumn,
        ScopeColumn,
        VintageColumn,
        ReportedColumn,
        ModelledColumn,
        ResidualColumn,
        ResidualPercentColumn,
        SourceColumn,
        ColumnCount
    };

    enum Role {
        ReportedRole = Qt::UserRole, // double, in the metric's unit
        ModelledRole, // double
        ResidualRole, // double: modelled − reported
        SourceIdRole, // int
        MetricRole, // QString: the reported_value metric, e.g. "compute_wafer_share"
        KindRole, // QString: "share" or "volume", to split the table with a filter
        ResidualPercentRole, // double for a volume; an invalid QVariant for a share
        VintageRole, // QString
    };

    explicit CalibrationModel(QObject *parent = nullptr);

    /** Replaces the table. @p vendorNames is indexed like CalibrationRow::vendorIndex;
        @p sourceTitles maps source ids to titles. */
    void setRows(const QList<CalibrationRow> &rows, const QStringList &vendorNames,
                 const QHash<int, QString> &sourceTitles);
    const QList<CalibrationRow> &rows() const { return mRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const CalibrationRow &row, int column) const;
    QString sourceTitle(int sourceId) const;

    QList<CalibrationRow> mRows;
    QStringList mVendorNames;
    QHash<int, QString> mSourceTitles;
};

} // namespace ws
