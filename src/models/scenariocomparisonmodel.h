// SPDX-License-Identifier: MIT
#pragma once

#include "core/metric.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPointer>

#include <vector>

namespace ws {

class Workbook;

/** Each vendor's share (and wafers) of one metric in one year under several scenarios: a row per
    vendor, a column per scenario, with the difference to the root scenario (Base) as a role.
    Recomputed from the workbook whenever the forecast changes. */
class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ShareRole = Qt::UserRole, // double, percent
        WafersRole, // double
        ShareDifferenceRole, // double, percentage points against the root scenario
        ColorRole, // QColor of the row's vendor
        ScenarioIdRole, // int, the column's scenario
        VendorNameRole, // QString, the row's vendor as shown (any column)
        VendorKeyRole, // QString, the row's vendor's English name, its key in chart options
    };

    explicit ScenarioComparisonModel(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    /** Chooses the scenarios (columns), the metric and the year. An empty list means the
        root scenario and the current one. */
    void setSelection(const QList<int> &scenarioIds, Metric metric, int year);

    QList<int> scenarioIds() const { return mScenarioIds; }
    Metric metric() const { return mMetric; }
    int year() const { return mYear; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /** Recomputes the table: cells whose values changed are signalled when the scenarios and
        vendors stay, the table is reset when they do not. */
    void recompute();
    /** The scenarios the columns show: those chosen that exist, or the root and the current. */
    QList<int> shownScenarioIds() const;
    void fill();
    /** Every cell and header changed: names shown in all of them did. */
    void signalEverything();

    QPointer<Workbook> mWorkbook;
    QList<int> mRequested;
    QList<int> mScenarioIds;
    QStringList mScenarioNames;
    Metric mMetric = Metric::ComputeWafers;
    int mYear = 2026;
    QStringList mVendors; // as shown
    QStringList mVendorKeys;
    QList<QColor> mColors;
    std::vector<double> mShares; // vendor-major: vendor × scenario
    std::vector<double> mWafers;
    std::vector<double> mBaseShares; // per vendor, the root scenario's
};

} // namespace ws
