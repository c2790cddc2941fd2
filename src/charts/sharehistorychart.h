// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class QValueAxis;

namespace ws {

class VendorShareModel;

/** Each vendor's modelled share over the years as a line, with the published shares marked as
    squares of the same colour beside it. Hovering a point shows its value. */
class ShareHistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit ShareHistoryChart(QWidget *parent = nullptr);

    void setModel(VendorShareModel *model);

private:
    void rebuild();
    void showPointDetails(int row, const QPointF &point, bool hovered);

    VendorShareModel *mModel = nullptr;
    QValueAxis *mYearAxis = nullptr;
    QValueAxis *mShareAxis = nullptr;
};

} // namespace ws
