// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"
#include "vendorgroups.h"

namespace ws {

/** Each vendor's part of the year's wafers as stacked bars: shares that add up to 100 % with the
    published shares marked (the "share" chart), or absolute wafers (the "volume" chart). */
class VendorStackChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit VendorStackChart(QWidget *parent = nullptr);

    /** The series drawn, in stacking order. */
    QList<VendorGroup> groups() const { return mGroups; }
    QList<int> years() const { return mYears; }
    /** The tooltip of one bar segment. */
    QString barToolTip(int groupIndex, int yearIndex) const;
    bool showsShares() const;

protected:
    void rebuild() override;
    void applyOptions() override;
    /** A vendor hidden from the share chart leaves a gap: the others are not re-normalised,
        and the title says so. */
    void hiddenSeriesChanged() override;

private:
    void updateTitle();

    double value(const VendorGroup &group, int column, int role) const;

    QList<VendorGroup> mGroups;
    QList<int> mYears; // shown
    QList<int> mColumns; // the model column of each shown year
    QString mTitle; // without the note on hidden vendors
};

} // namespace ws
