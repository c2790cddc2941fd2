// SPDX-License-Identifier: MIT
#include "capacitychart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/capacitymodel.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"
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

void CapacityChart::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(chart);
    if (!mModels)
        return;
    const VendorShareModel *demand = mModels->shares(Metric::CowosWafers);
    const CapacityModel *capacity = mModels->capacity();
    const QList<VendorGroup> groups = vendorGroups(demand, VendorShareModel::ColorRole,
                                                   VendorShareModel::VendorKeyRole, mOptions);

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    for (const VendorGroup &group : groups) {
        auto *set = new QBarSet(ChartText::label(group.name));
        set->setColor(group.color);
        set->setBorderColor(group.color.darker(115));
        for (int row = 0; row < capacity->rowCount(); ++row) {
            const int column = demand->columnForYear(
                capacity->index(row, 0).data(CapacityModel::ValueRole).toInt());
            double wafers = 0.0;
            for (int vendorRow : group.rows)
                wafers +=
                    demand->index(vendorRow, column).data(VendorShareModel::WafersRole).toDouble();
            set->append(wafers);
        }
        bars->append(set);
    }
    auto *limit = new QLineSeries;
    limit->setName(tr("Capacity on record"));
    QPen pen(ChartStyle::isDark(palette()) ? QColor(0xF0, 0xF0, 0xF0) : QColor(0x20, 0x20, 0x20));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    limit->setPen(pen);
    limit->setPointsVisible(true);
    QStringList years, exceeded;
    double highest = 0.0;
    for (int row = 0; row < capacity->rowCount(); ++row) {
        years << capacity->index(row, CapacityModel::YearColumn).data().toString();
        const double demandWafers = capacity->index(row, CapacityModel::DemandColumn)
                                        .data(CapacityModel::ValueRole)
                                        .toDouble();
        highest = std::max(highest, demandWafers);
        if (capacity->index(row, 0).data(CapacityModel::HasCapacityRole).toBool()) {
            const double wafers = capacity->index(row, CapacityModel::CapacityColumn)
                                      .data(CapacityModel::ValueRole)
                                      .toDouble();
            limit->append(row, wafers);
            highest = std::max(highest, wafers);
        }
        if (capacity->index(row, 0).data(CapacityModel::ExceededRole).toBool())
            exceeded << years.constLast();
    }
    chart->addSeries(bars);
    chart->addSeries(limit);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(tr("CoWoS wafers per year"));
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         { static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(limit) }) {
        series->attachAxis(yearAxis);
        series->attachAxis(valueAxis);
    }
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *) {
        showToolTip(state ? yearToolTip(index) : QString());
    });
    connect(limit, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        showToolTip(state ? yearToolTip(static_cast<int>(std::lround(point.x()))) : QString());
    });

    // Whole titles, not pieces joined, so that a translation orders them as its language needs.
    chart->setTitle(exceeded.isEmpty()
                        ? tr("<b>CoWoS demand against capacity</b><br>%1").arg(mModels->subtitle())
                        : tr("<b>CoWoS demand against capacity</b><br>%1 · demand exceeds "
                             "capacity in %2")
                              .arg(mModels->subtitle(), exceeded.join(QStringLiteral(", "))));
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
}

} // namespace ws
