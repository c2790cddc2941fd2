// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

namespace ws {

/** Modelled against published shares: a point per published share of the chosen metric (x the
    published value, y the modelled one), a series per vendor, and the diagonal where the two
    agree. */
class CalibrationChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    /** The tooltip of the point for calibration row @p row. */
    QString pointToolTip(int row) const;
    /** The calibration rows drawn, per series name. */
    QHash<QString, QList<int>> rowsBySeries() const { return mRowsBySeries; }

protected:
    void rebuild() override;
    void applyOptions() override;

private:
    QHash<QString, QList<int>> mRowsBySeries;
};

} // namespace ws
