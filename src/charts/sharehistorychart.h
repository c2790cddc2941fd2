// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

class QValueAxis;

namespace ws {

class VendorShareModel;

/** Each vendor's modelled share over the years as a line, with the published shares marked as
    squares of the same colour beside it. Hovering a point shows its value. */
class ShareHistoryChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit ShareHistoryChart(QWidget *parent = nullptr);

    void setModel(VendorShareModel *model);

protected:
    void applyOptions() override { }
    void rebuild() override;

private:
    void showPointDetails(int row, const QPointF &point, bool hovered);

    VendorShareModel *mModel = nullptr;
    QValueAxis *mYearAxis = nullptr;
    QValueAxis *mShareAxis = nullptr;
};

} // namespace ws
