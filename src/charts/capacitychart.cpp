// SPDX-License-Identifier: MIT
#include "capacitychart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/capacitymodel.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"
#include "roundticks.h"
#include "vendorgroups.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws {

CapacityChart::CapacityChart(QWidget *parent)
    : ForecastChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void CapacityChart::applyOptions()
{
    if (!mModels)
        return;
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(mModels->capacity()),
           static_cast<QAbstractItemModel *>(mModels->shares(Metric::CowosWafers)) })
        rebuildOnChangesOf(model);
    requestRebuild();
}

QString CapacityChart::yearToolTip(int yearIndex) const
{
    const CapacityModel *capacity = mModels->capacity();
    if (yearIndex < 0 || yearIndex >= capacity->rowCount())
        return {};
    const auto cell = [&](int column) {
        return capacity->index(yearIndex, column);
    };
    QString text = tr("%1: CoWoS demand %2 wafers, capacity %3 wafers")
                       .arg(cell(CapacityModel::YearColumn).data().toString(),
                            cell(CapacityModel::DemandColumn).data().toString(),
                            cell(CapacityModel::CapacityColumn).data().toString());
    if (cell(CapacityModel::YearColumn).data(CapacityModel::HasCapacityRole).toBool())
        text += tr(" (%1 used)\nCapacity: %2")
                    .arg(cell(CapacityModel::UtilisationColumn).data().toString(),
                         cell(CapacityModel::SourceColumn).data().toString());
    return text;
}

QList<VendorGroup> CapacityChart::groups() const
{
    return vendorGroups(mModels->shares(Metric::CowosWafers), VendorShareModel::ColorRole,
                        VendorShareModel::VendorKeyRole, mOptions);
}

CapacityChart::Values CapacityChart::values(const QList<VendorGroup> &groups) const
{
    const VendorShareModel *demand = mModels->shares(Metric::CowosWafers);
    const CapacityModel *capacity = mModels->capacity();
    Values values;
    for (const VendorGroup &group : groups) {
        QList<double> bars;
        for (int row = 0; row < capacity->rowCount(); ++row) {
            const int column = demand->columnForYear(
                capacity->index(row, 0).data(CapacityModel::ValueRole).toInt());
            double wafers = 0.0;
            for (int vendorRow : group.rows)
                wafers +=
                    demand->index(vendorRow, column).data(VendorShareModel::WafersRole).toDouble();
            bars << wafers;
        }
        values.bars << bars;
    }
    for (int row = 0; row < capacity->rowCount(); ++row) {
        values.years << capacity->index(row, CapacityModel::YearColumn).data().toString();
        const double demandWafers = capacity->index(row, CapacityModel::DemandColumn)
                                        .data(CapacityModel::ValueRole)
                                        .toDouble();
        values.highest = std::max(values.highest, demandWafers);
        if (capacity->index(row, 0).data(CapacityModel::HasCapacityRole).toBool()) {
            const double wafers = capacity->index(row, CapacityModel::CapacityColumn)
                                      .data(CapacityModel::ValueRole)
                                      .toDouble();
            values.limit << QPointF(row, wafers);
            values.highest = std::max(values.highest, wafers);
        }
        if (capacity->index(row, 0).data(CapacityModel::ExceededRole).toBool())
            values.exceeded << values.years.constLast();
    }
    return values;
}

void CapacityChart::setValues(const Values &values)
{
    for (int g = 0; g < mSets.size(); ++g) {
        QBarSet *set = mSets.at(g);
        for (int y = 0; y < values.bars.at(g).size(); ++y) {
            if (y >= set->count())
                set->append(values.bars.at(g).at(y));
            else if (set->at(y) != values.bars.at(g).at(y))
                set->replace(y, values.bars.at(g).at(y));
        }
    }
    if (mLimit->points() != values.limit)
        mLimit->replace(values.limit);
    RoundTicks::setNiceRange(mValueAxis, 0, values.highest > 0 ? values.highest * 1.1 : 1);
    // Whole titles, not pieces joined, so that a translation orders them as its language needs.
    chart()->setTitle(
        values.exceeded.isEmpty()
            ? tr("<b>CoWoS demand against capacity</b><br>%1").arg(mModels->subtitle())
            : tr("<b>CoWoS demand against capacity</b><br>%1 · demand exceeds "
                 "capacity in %2")
                  .arg(mModels->subtitle(), values.exceeded.join(QStringLiteral(", "))));
}

bool CapacityChart::updateValues()
{
    if (!mModels || !mLimit)
        return false;
    const QList<VendorGroup> groups = this->groups();
    if (groups.size() != mGroups.size())
        return false;
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).key != mGroups.at(g).key || groups.at(g).name != mGroups.at(g).name ||
            groups.at(g).rows != mGroups.at(g).rows || groups.at(g).color != mGroups.at(g).color)
            return false;
    }
    const Values now = values(groups);
    if (now.years != mYears)
        return false;
    setValues(now);
    return true;
}

void CapacityChart::rebuild()
{
    QChart *chart = this->chart();
    ChartStyle::clearAndApply(chart);
    mGroups.clear();
    mYears.clear();
    mSets.clear();
    mLimit = nullptr;
    mValueAxis = nullptr;
    if (!mModels)
        return;
    mGroups = groups();
    const Values values = this->values(mGroups);
    mYears = values.years;

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    for (const VendorGroup &group : std::as_const(mGroups)) {
        auto *set = new QBarSet(ChartText::label(group.name));
        set->setColor(group.color);
        set->setBorderColor(group.color.darker(115));
        bars->append(set);
        mSets << set;
    }
    auto *limit = new QLineSeries;
    mLimit = limit;
    limit->setName(tr("Capacity on record"));
    QPen pen(ChartStyle::isDark(palette()) ? QColor(0xF0, 0xF0, 0xF0) : QColor(0x20, 0x20, 0x20));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    limit->setPen(pen);
    limit->setPointsVisible(true);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(values.years);
    mValueAxis = new QValueAxis;
    mValueAxis->setLabelFormat(QStringLiteral("%.0f"));
    mValueAxis->setTitleText(tr("CoWoS wafers per year"));
    setValues(values);
    chart->addSeries(bars);
    chart->addSeries(limit);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(mValueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         { static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(limit) }) {
        series->attachAxis(yearAxis);
        series->attachAxis(mValueAxis);
    }
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        showToolTip(state ? yearToolTip(index) : QString());
    });
    connect(limit, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        showToolTip(state ? yearToolTip(static_cast<int>(std::lround(point.x()))) : QString());
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
}

} // namespace ws
