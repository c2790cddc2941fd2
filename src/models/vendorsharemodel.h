// SPDX-License-Identifier: MIT
#pragma once

#include "core/metric.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;
struct ForecastChange;

/** Each vendor's modelled share of one wafer metric: a row per vendor, a column per year after
    the vendor's name (in the language names are shown in; the English one is VendorKeyRole).
    The published share, the wafer count and the vendor's colour are roles. */
class VendorShareModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ColorRole = Qt::UserRole, // QColor of the vendor
        WafersRole, // double: the vendor's wafers that year
        ReportedShareRole, // double in percent, or an invalid QVariant when none
        VendorIdRole, // int
        YearRole, // int: the column's year
        ReportedSourceRole, // QString: "title (date)" of the published share, if any
        VendorKeyRole, // QString: the vendor's English name, which identifies it in chart options
    };

    explicit VendorShareModel(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const;

    Metric metric() const { return mMetric; }
    void setMetric(Metric metric);

    /** The column that holds @p year, or -1. */
    int columnForYear(int year) const;
    QList<int> years() const { return mYears; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    /** Notes the shares and wafers of the years an edit of @p change reaches, before it. */
    void noteYearsAboutToChange(const ForecastChange &change);
    /** Signals the vendor-years whose share or wafers differ from what was noted, or everything
        (refresh()) when @p change reached further than cells. */
    void forecastChangedIn(const ForecastChange &change);
    QString toolTip(int vendorIndex, int yearIndex) const;

    QPointer<Workbook> mWorkbook;
    Metric mMetric = Metric::ComputeWafers;
    QList<int> mYears;
    int mVendorCount = 0;
    // Noted by noteYearsAboutToChange(): the year indexes, then per year and vendor the share
    // and the wafers.
    QList<int> mYearsBefore;
    QList<std::pair<double, double>> mValuesBefore;
};

} // namespace ws
