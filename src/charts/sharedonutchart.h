// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

class QPieSeries;
class QPieSlice;

namespace ws {

class VendorShareModel;

/** A donut of each vendor's share in one year, one slice per row of a VendorShareModel, in the
    vendor's colour. Hovering a slice pulls it out and shows its value and the published figure. */
class ShareDonutChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit ShareDonutChart(QWidget *parent = nullptr);

    void setModel(VendorShareModel *model);
    void setYear(int year);
    int year() const { return mYear; }

    /** The donut's series, for tests and exports. */
    QPieSeries *series() const { return mSeries; }
    /** The slice of the vendor whose English name is @p vendor, or nullptr. */
    QPieSlice *sliceOf(const QString &vendor) const;

protected:
    void rebuild() override;
    bool updateValues() override;
    void applyOptions() override;

private:
    void showSliceDetails(QPieSlice *slice, bool hovered);
    /** Sizes, labels and colours of the slices from the model's @p column, and the title. */
    void fillSlices(int column);
    /** Keeps the slices' values as last laid out: a quiet change is told against them. */
    void rememberShownValues();
    /** The legend's labels (vendor and share) and the title, after the slices changed. */
    void labelLegend(int column);

    VendorShareModel *mModel = nullptr;
    QPieSeries *mSeries = nullptr;
    QList<double> mShownValues; // the slices' values as last laid out
    int mYear = 0;
};

} // namespace ws
