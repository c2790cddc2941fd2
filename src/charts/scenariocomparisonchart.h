// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"
#include "vendorgroups.h"

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

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
    /** Moves the bars, the differences under the vendors and the axis when the same scenarios
        and vendors are drawn. */
    bool updateValues() override;

private:
    /** The scenarios drawn (the model's column headers). */
    QStringList scenarioNames() const;
    /** Fills the bar sets, the category labels, the value axis and the title from the model. */
    void setValues();

    QStringList mCategories;
    QList<QList<int>> mRowsOfCategory;
    // What rebuild() made, kept so that changed values move in place.
    QList<VendorGroup> mGroups;
    QStringList mScenarioNames;
    QList<QBarSet *> mSets;
    QBarCategoryAxis *mVendorAxis = nullptr;
    QValueAxis *mValueAxis = nullptr;
};

} // namespace ws
