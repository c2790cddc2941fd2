// SPDX-License-Identifier: MIT
#pragma once

#include "models/chartoptions.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace ws {

class ChartModels;
class ForecastChartView;
class Workbook;

/** The chart workspace: every view of the forecast, chosen on the left with its controls
    (metric, scenarios, years, vendors, shares or wafers), drawn live from the models on the
    right, with export and copy. The chosen view is remembered between sessions. */
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setWorkbook(Workbook *workbook);

    ChartOptions options() const { return mOptions; }
    void setOptions(const ChartOptions &options);
    /** The view drawing the current chart type. */
    ForecastChartView *currentView();
    ChartModels *models() const { return mModels; }

    /** Asks for a file and size, then exports the current chart. */
    void exportCurrentChart();
    void copyCurrentChart();

private:
    void buildControls();
    void refillChoices();
    void readControls();
    void writeControls();
    void showChart(ChartType type);
    void saveOptions() const;
    void loadOptions();

    Workbook *mWorkbook = nullptr;
    ChartModels *mModels = nullptr;
    ChartOptions mOptions;
    QHash<int, ForecastChartView *> mViews;
    QStackedWidget *mStack = nullptr;
    QListWidget *mTypes = nullptr;
    QComboBox *mMetric = nullptr;
    QListWidget *mScenarios = nullptr;
    QSpinBox *mFirstYear = nullptr;
    QSpinBox *mLastYear = nullptr;
    QComboBox *mYear = nullptr;
    QListWidget *mVendors = nullptr;
    QCheckBox *mFoldUnticked = nullptr;
    QCheckBox *mAbsolute = nullptr;
    QComboBox *mTornadoVendor = nullptr;
    QDoubleSpinBox *mStep = nullptr;
    bool mUpdating = false;
};

} // namespace ws
