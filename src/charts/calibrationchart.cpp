// SPDX-License-Identifier: MIT
#include "calibrationchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/calibrationmodel.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws {

CalibrationChart::CalibrationChart(QWidget *parent)
    : ForecastChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 360);
}

void CalibrationChart::applyOptions()
{
    if (!mModels)
        return;
    CalibrationModel *model = mModels->calibration();
    rebuildOnChangesOf(model);
    requestRebuild();
}

QString CalibrationChart::pointToolTip(int row) const
{
    const CalibrationModel *model = mModels->calibration();
    if (row < 0 || row >= model->rowCount())
        return {};
    const auto cell = [&](int column) {
        return model->index(row, column);
    };
    const int sourceId = cell(0).data(CalibrationModel::SourceIdRole).toInt();
    const QString date =
        mModels->workbook() ? mModels->workbook()->shownSourceDate(sourceId) : QString();
    const QString vintage = cell(CalibrationModel::VintageColumn).data().toString();
    return tr("%1, %2: published %3, modelled %4 (%5)\nSource: %6%7%8")
        .arg(cell(CalibrationModel::VendorColumn).data().toString(),
             cell(CalibrationModel::YearColumn).data().toString(),
             cell(CalibrationModel::ReportedColumn).data().toString(),
             cell(CalibrationModel::ModelledColumn).data().toString(),
             cell(CalibrationModel::ResidualColumn).data().toString(),
             cell(CalibrationModel::SourceColumn).data().toString(),
             date.isEmpty() ? QString() : tr(", %1").arg(date),
             vintage.isEmpty() ? QString() : tr("\nVintage: %1").arg(vintage));
}

CalibrationChart::Drawn CalibrationChart::drawnRows() const
{
    const CalibrationModel *model = mModels->calibration();
    const VendorShareModel *vendors = mModels->shares(mOptions.metric);
    const QString wanted = reportedShareMetric(mOptions.metric);
    Drawn drawn;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CalibrationModel::MetricRole).toString() != wanted)
            continue;
        // Rows name their vendor by index into the forecast's vendors, as the share model does.
        const QModelIndex vendorIndex = vendors->index(model->rows().at(row).vendorIndex, 0);
        if (mOptions.hiddenVendors.contains(
                vendorIndex.data(VendorShareModel::VendorKeyRole).toString()))
            continue;
        const QString vendor = model->index(row, CalibrationModel::VendorColumn).data().toString();
        if (!drawn.rows.contains(vendor)) {
            drawn.vendors << vendor;
            drawn.colors.insert(vendor,
                                vendorIndex.data(VendorShareModel::ColorRole).value<QColor>());
        }
        drawn.rows[vendor] << row;
    }
    return drawn;
}

void CalibrationChart::setValues()
{
    const CalibrationModel *model = mModels->calibration();
    double highest = 10.0;
    for (const QString &vendor : std::as_const(mVendors)) {
        QList<QPointF> points;
        for (int row : mRowsBySeries.value(vendor)) {
            const double reported =
                model->index(row, 0).data(CalibrationModel::ReportedRole).toDouble();
            const double modelled =
                model->index(row, 0).data(CalibrationModel::ModelledRole).toDouble();
            points << QPointF(reported, modelled);
            highest = std::max({ highest, reported, modelled });
        }
        QScatterSeries *series = mSeries.value(vendor);
        if (series->points() != points)
            series->replace(points);
    }
    const double top = std::ceil(highest * 1.1 / 10.0) * 10.0;
    mAgreement->replace({ QPointF(0, 0), QPointF(top, top) });
    // Grid lines every 10 or 20 points: shares read in round numbers.
    for (QValueAxis *axis : { mPublishedAxis, mModelledAxis }) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(top > 50 ? 20 : 10);
        axis->setRange(0, top);
    }
    chart()->setTitle(tr("<b>Modelled against published %1 shares</b><br>points on the dashed line "
                         "agree · %2")
                          .arg(mOptions.metric == Metric::ComputeWafers ? tr("AI compute wafer")
                                   : mOptions.metric == Metric::AllLogicWafers
                                   ? tr("all logic wafer")
                                   : tr("CoWoS wafer"),
                               mModels->subtitle()));
}

bool CalibrationChart::updateValues()
{
    if (!mModels || !mAgreement)
        return false;
    const Drawn drawn = drawnRows();
    if (drawn.vendors != mVendors || drawn.rows != mRowsBySeries || drawn.colors != mColors)
        return false;
    setValues();
    return true;
}

void CalibrationChart::rebuild()
{
    QChart *chart = this->chart();
    ChartStyle::clearAndApply(chart);
    mRowsBySeries.clear();
    mVendors.clear();
    mColors.clear();
    mSeries.clear();
    mAgreement = nullptr;
    mPublishedAxis = mModelledAxis = nullptr;
    if (!mModels)
        return;
    Drawn drawn = drawnRows();
    mVendors = drawn.vendors;
    mRowsBySeries = drawn.rows;
    mColors = drawn.colors;
    for (const QString &vendor : std::as_const(mVendors)) {
        auto *series = new QScatterSeries;
        series->setName(ChartText::label(vendor));
        series->setMarkerSize(13);
        series->setColor(mColors.value(vendor));
        series->setBorderColor(series->color().darker(130));
        mSeries.insert(vendor, series);
    }
    mAgreement = new QLineSeries;
    mAgreement->setName(tr("modelled = published"));
    QPen pen(QColor(0x88, 0x88, 0x88));
    pen.setStyle(Qt::DashLine);
    mAgreement->setPen(pen);
    mPublishedAxis = new QValueAxis;
    mModelledAxis = new QValueAxis;
    mPublishedAxis->setLabelFormat(QStringLiteral("%.0f %"));
    mPublishedAxis->setTitleText(tr("Published share"));
    mModelledAxis->setLabelFormat(QStringLiteral("%.0f %"));
    mModelledAxis->setTitleText(tr("Modelled share"));
    // The points before the series join the chart: each would otherwise lay itself out again.
    setValues();
    chart->addSeries(mAgreement);
    for (const QString &vendor : std::as_const(mVendors))
        chart->addSeries(mSeries.value(vendor));

    chart->addAxis(mPublishedAxis, Qt::AlignBottom);
    chart->addAxis(mModelledAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(mPublishedAxis);
        series->attachAxis(mModelledAxis);
    }
    for (const QString &vendor : std::as_const(mVendors)) {
        QScatterSeries *series = mSeries.value(vendor);
        connect(series, &QScatterSeries::hovered, this,
                [this, vendor, series](const QPointF &point, bool state) {
                    int index = -1;
                    for (int i = 0; i < series->count(); ++i) {
                        if (series->at(i) == point)
                            index = i;
                    }
                    showToolTip(state && index >= 0
                                    ? pointToolTip(mRowsBySeries.value(vendor).value(index, -1))
                                    : QString());
                });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
}

} // namespace ws
