// SPDX-License-Identifier: MIT
#pragma once

#include "core/metric.h"
#include "core/sensitivity.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ws {

struct ForecastInput;

/** The rows of a sensitivity analysis (one program input moved ±step % each) for a table and
    the tornado chart: program, input, the moved values, the vendor's share at each and the
    swing. Display text is rounded for reading; the roles give the exact numbers. */
class SensitivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProgramColumn,
        InputColumn,
        LowValueColumn,
        HighValueColumn,
        LowShareColumn,
        HighShareColumn,
        SwingColumn,
        ColumnCount
    };

    enum Role {
        SwingRole = Qt::UserRole, // double: high share − low share, percentage points
        LowShareRole, // double: the vendor's share in percent with the input moved down
        HighShareRole, // double: … moved up
        BaseShareRole, // double: the vendor's share in percent with nothing moved
        BaseValueRole, // double: the input's value in the scenario
        LowValueRole, // double
        HighValueRole, // double
        FieldRole, // int: the AssumptionField moved
        ProgramIndexRole, // int: index into the ForecastInput's programs
        LabelRole, // QString: "Program · input", the tornado's category label
        ValueRole, // the cell's unrounded value (double, or the text of the first two columns)
    };

    explicit SensitivityModel(QObject *parent = nullptr);

    /** Replaces the rows. @p input supplies the program names the rows' indexes point to;
        @p baseShare is the vendor's share in percent with nothing moved. */
    void setResult(const ForecastInput &input, const QList<SensitivityRow> &rows, double baseShare,
                   const QString &vendorName, int year, Metric metric, double stepPercent = 20.0);
    void clear();

    QString vendorName() const { return mVendorName; }
    int year() const { return mYear; }
    Metric metric() const { return mMetric; }
    double baseShare() const { return mBaseShare; }
    double stepPercent() const { return mStepPercent; }

    /** How an input is named in tables and charts, e.g. "die area (mm²)". */
    static QString fieldLabel(AssumptionField field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString programName(const SensitivityRow &row) const;
    QString formatValue(AssumptionField field, double value) const;
    QString toolTip(const SensitivityRow &row) const;

    QList<SensitivityRow> mRows;
    QStringList mProgramNames; // per program of the input
    QStringList mProgramVendors; // the vendor of each program, for tooltips
    double mBaseShare = 0.0;
    QString mVendorName;
    int mYear = 0;
    Metric mMetric = Metric::ComputeWafers;
    double mStepPercent = 20.0;
};

} // namespace ws
