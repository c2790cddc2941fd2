// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

namespace ws {

/** Vendors side by side under several scenarios in one year: grouped bars per vendor, one bar per
    scenario, each labelled with its difference to the root scenario. */
class ScenarioComparisonChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit ScenarioComparisonChart(QWidget *parent = nullptr);

    QString barToolTip(int scenarioColumn, int vendorCategory) const;
    QStringList categories() const { return mCategories; }

protected:
    void rebuild() override;
    void applyOptions() override;

private:
    QStringList mCategories;
    QList<QList<int>> mRowsOfCategory;
};

} // namespace ws
