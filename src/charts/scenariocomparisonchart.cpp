// SPDX-License-Identifier: MIT
#include "scenariocomparisonchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/scenariocomparisonmodel.h"
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

void ScenarioComparisonChart::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(chart);
    mCategories.clear();
    mRowsOfCategory.clear();
    if (!mModels)
        return;
    const ScenarioComparisonModel *model = mModels->scenarios();
    const QList<VendorGroup> groups = vendorGroups(model, ScenarioComparisonModel::ColorRole,
                                                   ScenarioComparisonModel::VendorKeyRole, mOptions,
                                                   ScenarioComparisonModel::VendorNameRole);
    for (const VendorGroup &group : groups) {
        mCategories << group.name;
        mRowsOfCategory << group.rows;
    }

    auto *bars = new QBarSeries;
    double highest = 0.0;
    double lowest = 0.0;
    for (int column = 0; column < model->columnCount(); ++column) {
        auto *set =
            new QBarSet(ChartText::label(model->headerData(column, Qt::Horizontal).toString()));
        set->setColor(scenarioColors.at(column % scenarioColors.size()));
        for (const QList<int> &rows : std::as_const(mRowsOfCategory)) {
            double value = 0.0;
            for (int row : rows) {
                value += model->index(row, column)
                             .data(mOptions.absolute ? int(ScenarioComparisonModel::WafersRole)
                                                     : int(ScenarioComparisonModel::ShareRole))
                             .toDouble();
            }
            set->append(value);
            highest = std::max(highest, value);
            lowest = std::min(lowest, value);
        }
        bars->append(set);
    }
    chart->addSeries(bars);

    // The difference to the root scenario stands under each vendor's name, one figure per
    // scenario after the first.
    auto *vendorAxis = new QBarCategoryAxis;
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
        vendorAxis->append(ChartText::label(
            differences.isEmpty()
                ? mCategories.at(category)
                : tr("%1 (Δ %2 pt)")
                      .arg(mCategories.at(category), differences.join(QStringLiteral(" / ")))));
    }
    vendorAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(std::min(0.0, lowest), highest > 0 ? highest * 1.15 : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(mOptions.absolute ? QStringLiteral("%.0f")
                                                : QStringLiteral("%.0f %"));
    valueAxis->setTitleText(mOptions.absolute ? tr("Wafers in %1").arg(model->year())
                                              : tr("Share in %1").arg(model->year()));
    chart->addAxis(vendorAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(vendorAxis);
    bars->attachAxis(valueAxis);
    connect(bars, &QBarSeries::hovered, this, [this, bars](bool state, int index, QBarSet *set) {
        showToolTip(state ? barToolTip(static_cast<int>(bars->barSets().indexOf(set)), index)
                          : QString());
    });

    const QString what = mOptions.metric == Metric::ComputeWafers ? tr("AI compute wafer share")
        : mOptions.metric == Metric::AllLogicWafers               ? tr("all logic wafer share")
                                                                  : tr("CoWoS wafer share");
    const QString reference = ChartText::inMarkup(model->headerData(0, Qt::Horizontal).toString());
    // On paper there is nothing to hover: the key names what is printed under each vendor.
    chart->setTitle(
        (medium() == ChartMedium::Paper
             ? tr("<b>%1 by scenario, %2</b><br>Δ under each vendor: difference to %3 in "
                  "points<br>%4")
             : tr("<b>%1 by scenario, %2</b><br>bars: each scenario; tooltips: difference "
                  "to %3 · %4"))
            .arg(what)
            .arg(model->year())
            .arg(reference, mModels->subtitle()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
}

} // namespace ws
