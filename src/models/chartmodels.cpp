// SPDX-License-Identifier: MIT
#include "chartmodels.h"

#include "calibrationmodel.h"
#include "capacitymodel.h"
#include "core/calibration.h"
#include "core/localname.h"
#include "core/sensitivity.h"
#include "core/textrules.h"
#include "scenariocomparisonmodel.h"
#include "sensitivitymodel.h"
#include "vendorsharemodel.h"
#include "workbook.h"

namespace ws {

ChartModels::ChartModels(QObject *parent)
    : QObject(parent)
    , mComputeShares(new VendorShareModel(this))
    , mCowosShares(new VendorShareModel(this))
    , mAllLogicShares(new VendorShareModel(this))
    , mScenarios(new ScenarioComparisonModel(this))
    , mCapacity(new CapacityModel(this))
    , mSensitivity(new SensitivityModel(this))
    , mCalibration(new CalibrationModel(this))
{
    mCowosShares->setMetric(Metric::CowosWafers);
    mAllLogicShares->setMetric(Metric::AllLogicWafers);
}

Workbook *ChartModels::workbook() const
{
    return mWorkbook;
}

void ChartModels::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mComputeShares->setWorkbook(workbook);
    mCowosShares->setWorkbook(workbook);
    mAllLogicShares->setWorkbook(workbook);
    mScenarios->setWorkbook(workbook);
    mCapacity->setWorkbook(workbook);
    if (mWorkbook)
        connect(mWorkbook, &Workbook::forecastChanged, this, &ChartModels::recomputeDerived);
    recomputeDerived();
}

VendorShareModel *ChartModels::shares(Metric metric) const
{
    switch (metric) {
    case Metric::ComputeWafers:
        return mComputeShares;
    case Metric::CowosWafers:
        return mCowosShares;
    case Metric::AllLogicWafers:
        return mAllLogicShares;
    }
    return mComputeShares;
}

void ChartModels::applyOptions(const ChartOptions &options)
{
    const bool comparisonChanged = options.scenarioIds != mOptions.scenarioIds ||
        options.metric != mOptions.metric || options.year != mOptions.year;
    mOptions = options;
    if (comparisonChanged)
        mScenarios->setSelection(options.scenarioIds, options.metric, options.year);
    recomputeDerived();
}

void ChartModels::recomputeDerived()
{
    mSensitivityStale = true;
    Q_EMIT sensitivityChanged();
    if (!mWorkbook) {
        mCalibration->setRows({}, {}, {});
        return;
    }
    const ForecastInput &input = mWorkbook->input();
    mCalibration->setRows(
        compareWithReported(input, mWorkbook->result(), mWorkbook->reportedValues()),
        shownNames(input.vendors), mWorkbook->sourceTitles());
}

void ChartModels::refreshSensitivity()
{
    if (!mSensitivityStale)
        return;
    mSensitivityStale = false;
    const ForecastInput *input = mWorkbook ? &mWorkbook->input() : nullptr;
    const int vendor = input ? input->vendorIndex(mOptions.vendor) : -1;
    const int year = input ? input->yearIndex(mOptions.year) : -1;
    if (vendor < 0 || year < 0) {
        mSensitivity->clear();
        return;
    }
    mSensitivity->setResult(
        *input,
        SensitivityAnalysis::run(*input, vendor, year, mOptions.metric, mOptions.stepPercent),
        mWorkbook->result().sharePercent(mOptions.metric, vendor, year),
        shownName(input->vendors.at(vendor)), mOptions.year, mOptions.metric, mOptions.stepPercent);
}

QString ChartModels::subtitle() const
{
    if (!mWorkbook)
        return {};
    // Chart titles are markup: the names in them are escaped (and bounded, a title is one line).
    const auto literal = [](const QString &text) {
        return TextRules::xmlSafe(TextRules::bounded(text, 60)).toHtmlEscaped();
    };
    return tr("Scenario %1 · published figures up to %2 · %3")
        .arg(literal(mWorkbook->scenarioName()), literal(mWorkbook->dataVintage()),
             literal(mWorkbook->fileName()));
}

} // namespace ws
