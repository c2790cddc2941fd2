// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

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

private:
};

} // namespace ws
