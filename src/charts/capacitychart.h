// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"
#include "vendorgroups.h"

#include <QPointF>
#include <QStringList>

class QBarSet;
class QLineSeries;
class QValueAxis;

namespace ws {

/** CoWoS wafers the scenario needs each year, stacked by vendor, against the capacity on record
    (a line); years whose demand exceeds capacity are named in the title. */
class CapacityChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit CapacityChart(QWidget *parent = nullptr);

    QString yearToolTip(int yearIndex) const;

protected:
    void rebuild() override;
    void applyOptions() override;
    /** Moves the bars, the capacity line and the axis to the changed values when the vendors
        and years drawn are still those of the models. */
    bool updateValues() override;

private:
    /** What the series show: a bar per vendor group and year, the capacity on record, the
        highest value, and the years whose demand exceeds capacity. */
    struct Values
    {
        QStringList years;
        QList<QList<double>> bars;
        QList<QPointF> limit;
        double highest = 0.0;
        QStringList exceeded;
    };

    QList<VendorGroup> groups() const;
    Values values(const QList<VendorGroup> &groups) const;
    void setValues(const Values &values);

    // The series drawn, kept so that a change of values moves them in place.
    QList<VendorGroup> mGroups;
    QStringList mYears;
    QList<QBarSet *> mSets;
    QLineSeries *mLimit = nullptr;
    QValueAxis *mValueAxis = nullptr;
};

} // namespace ws
