// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"
#include "vendorgroups.h"

#include <QPointF>

class QBarSet;
class QScatterSeries;
class QValueAxis;

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
    /** Moves the bars and the published squares to the changed values when the vendors, years
        and measure drawn are still those the options give. */
    bool updateValues() override;
    /** A vendor hidden from the share chart leaves a gap: the others are not re-normalised,
        and the title says so. */
    void hiddenSeriesChanged() override;

private:
    /** What the series of the drawn groups and years show: a bar per group and year, the
        published squares of each group (where its band would end with the published share),
        and the highest stack. */
    struct Values
    {
        QList<QList<double>> bars;
        QList<QList<QPointF>> marks;
        double highest = 0.0;
    };

    void updateTitle();
    /** The years the options show among the model's, and each one's model column. */
    std::pair<QList<int>, QList<int>> shownYears() const;
    Values values() const;
    void setValueRange(double highest);
    /** The title as the options and workbook give it, without the note on hidden vendors. */
    QString title() const;

    double value(const VendorGroup &group, int column, int role) const;

    QList<VendorGroup> mGroups;
    QList<int> mYears; // shown
    QList<int> mColumns; // the model column of each shown year
    QString mTitle; // without the note on hidden vendors
    // The series drawn, kept so that a change of values moves them in place: a bar set per
    // group and its published squares (nullptr when it has none).
    QList<QBarSet *> mSets;
    QList<QScatterSeries *> mMarks;
    QValueAxis *mValueAxis = nullptr;
    bool mDrawnShares = true;
    Metric mDrawnMetric = Metric::ComputeWafers;
};

} // namespace ws
