// SPDX-License-Identifier: MIT
#include "scenariocomparisonchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/scenariocomparisonmodel.h"
#include "roundticks.h"
#include "vendorgroups.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace ws {

namespace {

// Scenario bars are told apart by shade, vendors by category: one hue family per scenario.
const QList<QColor> scenarioColors = { QColor(0x5B, 0x6C, 0x7D), QColor(0xE0, 0x8E, 0x0B),
                                       QColor(0x2E, 0x8B, 0x57), QColor(0x8E, 0x44, 0xAD),
                                       QColor(0xC0, 0x39, 0x2B), QColor(0x16, 0xA0, 0x85) };

} // namespace

ScenarioComparisonChart::ScenarioComparisonChart(QWidget *parent)
    : ForecastChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void ScenarioComparisonChart::applyOptions()
{
    if (!mModels)
        return;
    ScenarioComparisonModel *model = mModels->scenarios();
    rebuildOnChangesOf(model);
    requestRebuild();
}

QString ScenarioComparisonChart::barToolTip(int scenarioColumn, int vendorCategory) const
{
    const ScenarioComparisonModel *model = mModels->scenarios();
    if (vendorCategory < 0 || vendorCategory >= mRowsOfCategory.size())
        return {};
    const QList<int> &rows = mRowsOfCategory.at(vendorCategory);
    double share = 0.0, wafers = 0.0, difference = 0.0;
    for (int row : rows) {
        const QModelIndex index = model->index(row, scenarioColumn);
        share += index.data(ScenarioComparisonModel::ShareRole).toDouble();
        wafers += index.data(ScenarioComparisonModel::WafersRole).toDouble();
        difference += index.data(ScenarioComparisonModel::ShareDifferenceRole).toDouble();
    }
    const QLocale locale = ChartStyle::numberLocale();
    return tr("%1, scenario %2, %3: %4 % (%5 wafers)\n%6 points against %7")
        .arg(mCategories.at(vendorCategory),
             model->headerData(scenarioColumn, Qt::Horizontal).toString())
        .arg(model->year())
        .arg(locale.toString(share, 'f', 1), locale.toString(wafers, 'f', 0),
             QString::asprintf("%+.2f", difference),
             model->headerData(0, Qt::Horizontal).toString());
}

QStringList ScenarioComparisonChart::scenarioNames() const
{
    const ScenarioComparisonModel *model = mModels->scenarios();
    QStringList names;
    for (int column = 0; column < model->columnCount(); ++column)
        names << model->headerData(column, Qt::Horizontal).toString();
    return names;
}

void ScenarioComparisonChart::setValues()
{
    const ScenarioComparisonModel *model = mModels->scenarios();
    double highest = 0.0;
    double lowest = 0.0;
    for (int column = 0; column < mSets.size(); ++column) {
        QBarSet *set = mSets.at(column);
        for (int category = 0; category < mRowsOfCategory.size(); ++category) {
            double value = 0.0;
            for (int row : mRowsOfCategory.at(category)) {
                value += model->index(row, column)
                             .data(mOptions.absolute ? int(ScenarioComparisonModel::WafersRole)
                                                     : int(ScenarioComparisonModel::ShareRole))
                             .toDouble();
            }
            if (category >= set->count())
                set->append(value);
            else if (set->at(category) != value)
                set->replace(category, value);
            highest = std::max(highest, value);
            lowest = std::min(lowest, value);
        }
    }

    // The difference to the root scenario stands under each vendor's name, one figure per
    // scenario after the first.
    QStringList labels;
    for (int category = 0; category < mCategories.size(); ++category) {
        QStringList differences;
        for (int column = 1; column < model->columnCount(); ++column) {
            double difference = 0.0;
            for (int row : mRowsOfCategory.at(category))
                difference += model->index(row, column)
                                  .data(ScenarioComparisonModel::ShareDifferenceRole)
                                  .toDouble();
            differences << QString::asprintf("%+.1f", difference);
        }
        labels << ChartText::label(
            differences.isEmpty()
                ? mCategories.at(category)
                : tr("%1 (Δ %2 pt)")
                      .arg(mCategories.at(category), differences.join(QStringLiteral(" / "))));
    }
    if (mVendorAxis->categories() != labels) {
        if (mVendorAxis->count() == labels.size()) {
            for (int category = 0; category < labels.size(); ++category) {
                const QString old = mVendorAxis->at(category);
                if (old != labels.at(category))
                    mVendorAxis->replace(old, labels.at(category));
            }
        } else {
            mVendorAxis->clear();
            mVendorAxis->append(labels);
        }
    }
    RoundTicks::setNiceRange(mValueAxis, std::min(0.0, lowest), highest > 0 ? highest * 1.15 : 1);
    mValueAxis->setTitleText(mOptions.absolute ? tr("Wafers in %1").arg(model->year())
                                               : tr("Share in %1").arg(model->year()));

    const QString what = mOptions.metric == Metric::ComputeWafers ? tr("AI compute wafer share")
        : mOptions.metric == Metric::AllLogicWafers               ? tr("all logic wafer share")
                                                                  : tr("CoWoS wafer share");
    const QString reference = ChartText::inMarkup(model->headerData(0, Qt::Horizontal).toString());
    // On paper there is nothing to hover: the key names what is printed under each vendor.
    chart()->setTitle(
        (medium() == ChartMedium::Paper
             ? tr("<b>%1 by scenario, %2</b><br>Δ under each vendor: difference to %3 in "
                  "points<br>%4")
             : tr("<b>%1 by scenario, %2</b><br>bars: each scenario; tooltips: difference "
                  "to %3 · %4"))
            .arg(what)
            .arg(model->year())
            .arg(reference, mModels->subtitle()));
}

bool ScenarioComparisonChart::updateValues()
{
    if (!mModels || !mVendorAxis)
        return false;
    const ScenarioComparisonModel *model = mModels->scenarios();
    const QList<VendorGroup> groups = vendorGroups(model, ScenarioComparisonModel::ColorRole,
                                                   ScenarioComparisonModel::VendorKeyRole, mOptions,
                                                   ScenarioComparisonModel::VendorNameRole);
    if (groups.size() != mGroups.size() || scenarioNames() != mScenarioNames)
        return false;
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).key != mGroups.at(g).key || groups.at(g).name != mGroups.at(g).name ||
            groups.at(g).rows != mGroups.at(g).rows)
            return false;
    }
    setValues();
    return true;
}

void ScenarioComparisonChart::rebuild()
{
    QChart *chart = this->chart();
    ChartStyle::clearAndApply(chart);
    mCategories.clear();
    mRowsOfCategory.clear();
    mGroups.clear();
    mScenarioNames.clear();
    mSets.clear();
    mVendorAxis = nullptr;
    mValueAxis = nullptr;
    if (!mModels)
        return;
    const ScenarioComparisonModel *model = mModels->scenarios();
    mGroups = vendorGroups(model, ScenarioComparisonModel::ColorRole,
                           ScenarioComparisonModel::VendorKeyRole, mOptions,
                           ScenarioComparisonModel::VendorNameRole);
    for (const VendorGroup &group : std::as_const(mGroups)) {
        mCategories << group.name;
        mRowsOfCategory << group.rows;
    }
    mScenarioNames = scenarioNames();

    auto *bars = new QBarSeries;
    for (int column = 0; column < mScenarioNames.size(); ++column) {
        auto *set = new QBarSet(ChartText::label(mScenarioNames.at(column)));
        set->setColor(scenarioColors.at(column % scenarioColors.size()));
        mSets << set;
    }
    mVendorAxis = new QBarCategoryAxis;
    mVendorAxis->setTruncateLabels(false);
    mValueAxis = new QValueAxis;
    mValueAxis->setLabelFormat(mOptions.absolute ? QStringLiteral("%.0f")
                                                 : QStringLiteral("%.0f %"));
    setValues();
    for (QBarSet *set : std::as_const(mSets))
        bars->append(set);
    chart->addSeries(bars);
    chart->addAxis(mVendorAxis, Qt::AlignBottom);
    chart->addAxis(mValueAxis, Qt::AlignLeft);
    bars->attachAxis(mVendorAxis);
    bars->attachAxis(mValueAxis);
    connect(bars, &QBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *set) {
        showToolTip(state ? barToolTip(static_cast<int>(bars->barSets().indexOf(set)), index)
                          : QString());
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
}

} // namespace ws
