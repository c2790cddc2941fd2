// SPDX-License-Identifier: MIT
#pragma once

#include "models/chartoptions.h"

#include <QObject>
#include <QPointer>

namespace ws {

class CalibrationModel;
class CapacityModel;
class ScenarioComparisonModel;
class SensitivityModel;
class VendorShareModel;
class Workbook;

/** The item models every chart of the workspace (and `wafershare chart`) reads, over one
    workbook. They follow its edits; the charts never hold data of their own. */
class ChartModels : public QObject
{
    Q_OBJECT

public:
    explicit ChartModels(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const;

    VendorShareModel *shares(Metric metric) const;
    ScenarioComparisonModel *scenarios() const { return mScenarios; }
    CapacityModel *capacity() const { return mCapacity; }
    /** The sensitivity of the options' vendor and year. Worked out only when refreshSensitivity()
        asks for it after a change (moving every input costs the chosen year's programs, worth
        it only for a chart that draws it); sensitivityChanged() says it went stale. */
    SensitivityModel *sensitivity() const { return mSensitivity; }
    /** Brings sensitivity() up to date if a change made it stale. */
    void refreshSensitivity();
    CalibrationModel *calibration() const { return mCalibration; }

    /** Points the models whose content depends on the options (comparison, sensitivity) at
        them. */
    void applyOptions(const ChartOptions &options);

    /** "Scenario Base · published figures up to 2026-05": for chart subtitles, as markup (the
        names in it escaped). */
    QString subtitle() const;

Q_SIGNALS:
    /** The workbook or the options changed what sensitivity() would hold. */
    void sensitivityChanged();

private:
    void recomputeDerived();

    QPointer<Workbook> mWorkbook;
    VendorShareModel *mComputeShares = nullptr;
    VendorShareModel *mCowosShares = nullptr;
    VendorShareModel *mAllLogicShares = nullptr;
    ScenarioComparisonModel *mScenarios = nullptr;
    CapacityModel *mCapacity = nullptr;
    SensitivityModel *mSensitivity = nullptr;
    CalibrationModel *mCalibration = nullptr;
    ChartOptions mOptions;
    bool mSensitivityStale = true;
};

} // namespace ws
