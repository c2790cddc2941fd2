// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

#include "core/metric.h"

#include <QList>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
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

    /** The years' axis: one label per year, written out ("2026"). */
    QCategoryAxis *yearAxis() const { return mYearAxis; }
    /** The tooltip of the point of model row @p row in @p year: the modelled value or, if
        @p published, the published one with its source and date. */
    QString pointToolTip(int row, int year, bool published) const;

protected:
    void applyOptions() override { }
    void rebuild() override;
    bool updateValues() override;

private:
    void showPointDetails(int row, const QPointF &point, bool hovered, bool published);
    /** Sets each vendor's points from the model and the share axis to hold them. */
    void fillPoints();

    VendorShareModel *mModel = nullptr;
    QCategoryAxis *mYearAxis = nullptr;
    QValueAxis *mShareAxis = nullptr;
    // What the last rebuild drew: a change of values alone moves these series' points.
    QList<QLineSeries *> mModelled;
    QList<QScatterSeries *> mPublished;
    QList<int> mDrawnYears;
    QStringList mDrawnVendors;
    Metric mDrawnMetric = Metric::ComputeWafers;
};

} // namespace ws
