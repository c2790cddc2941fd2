// SPDX-License-Identifier: MIT
#include "sharehistorychart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "interactivechartview.h"
#include "models/vendorsharemodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws {

ShareHistoryChart::ShareHistoryChart(QWidget *parent)
    : ForecastChartView(parent)
    , mYearAxis(new QCategoryAxis)
    , mShareAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Years as text labels on their own values: a value axis would print them as numbers,
    // with the locale's thousands separator ("2,026").
    mYearAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    mYearAxis->setTitleText(tr("Year"));
    mShareAxis->setLabelFormat(QStringLiteral("%.0f %"));
    mShareAxis->setTitleText(tr("Share of wafers"));
    chart->addAxis(mYearAxis, Qt::AlignBottom);
    chart->addAxis(mShareAxis, Qt::AlignLeft);
    replaceChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(420, 300);
}

void ShareHistoryChart::setModel(VendorShareModel *model)
{
    if (mModel)
        disconnect(mModel, nullptr, this, nullptr);
    mModel = model;
    if (mModel)
        rebuildOnChangesOf(mModel);
    requestRebuild();
}

void ShareHistoryChart::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    mModelled.clear();
    mPublished.clear();
    mDrawnYears.clear();
    mDrawnVendors.clear();
    ChartStyle::apply(chart);
    if (!mModel || mModel->years().isEmpty())
        return;

    const QList<int> years = mModel->years();
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString vendor = mModel->index(row, 0).data().toString();
        const QColor color =
            mModel->index(row, 0).data(VendorShareModel::ColorRole).value<QColor>();

        auto *modelled = new QLineSeries;
        modelled->setName(ChartText::label(vendor));
        modelled->setColor(color);
        modelled->setPointsVisible(true);
        QPen pen(color, 2.5);
        modelled->setPen(pen);
        auto *reported = new QScatterSeries;
        reported->setName(ChartText::label(tr("%1 (published)").arg(vendor)));
        InteractiveChartView::followLegendEntry(reported, modelled->name());
        reported->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        reported->setMarkerSize(11);
        reported->setColor(color);
        reported->setBorderColor(QColor(40, 40, 40));
        mModelled << modelled;
        mPublished << reported;
        mDrawnVendors << mModel->index(row, 0).data(VendorShareModel::VendorKeyRole).toString();
    }
    mDrawnYears = years;
    mDrawnMetric = mModel->metric();
    // The points before the series join the chart: each would otherwise lay itself out twice.
    fillPoints();
    for (int row = 0; row < mModelled.size(); ++row) {
        QLineSeries *modelled = mModelled.at(row);
        QScatterSeries *reported = mPublished.at(row);
        for (QXYSeries *series :
             { static_cast<QXYSeries *>(modelled), static_cast<QXYSeries *>(reported) }) {
            chart->addSeries(series);
            series->attachAxis(mYearAxis);
            series->attachAxis(mShareAxis);
            const bool published = series == reported;
            connect(series, &QXYSeries::hovered, this,
                    [this, row, published](const QPointF &point, bool state) {
                        showPointDetails(row, point, state, published);
                    });
        }
        // One legend entry per vendor: the squares are explained in the chart's title.
        for (QLegendMarker *marker : chart->legend()->markers(reported))
            marker->setVisible(false);
    }

    for (const QString &label : mYearAxis->categoriesLabels())
        mYearAxis->remove(label);
    mYearAxis->setStartValue(years.first() - 0.25);
    for (int year : years)
        mYearAxis->append(QString::number(year), year);
    mYearAxis->setRange(years.first() - 0.25, years.last() + 0.25);
    chart->setTitle(tr("<b>%1 share by year</b> — lines: modelled; squares: published")
                        .arg(mModel->metric() == Metric::ComputeWafers ? tr("AI compute wafer")
                                 : mModel->metric() == Metric::AllLogicWafers
                                 ? tr("all logic wafer")
                                 : tr("CoWoS wafer")));
    finishRebuild();
}

bool ShareHistoryChart::updateValues()
{
    if (!mModel || mModel->metric() != mDrawnMetric || mModel->years() != mDrawnYears ||
        mModel->rowCount() != mModelled.size() || mDrawnYears.isEmpty())
        return false;
    for (int row = 0; row < mModelled.size(); ++row) {
        if (mModel->index(row, 0).data(VendorShareModel::VendorKeyRole).toString() !=
            mDrawnVendors.at(row))
            return false;
    }
    fillPoints();
    return true;
}

void ShareHistoryChart::fillPoints()
{
    double highest = 0.0;
    for (int row = 0; row < mModelled.size(); ++row) {
        QList<QPointF> modelled;
        QList<QPointF> published;
        for (int column = 1; column <= mDrawnYears.size(); ++column) {
            const QModelIndex index = mModel->index(row, column);
            const double year = mDrawnYears.at(column - 1);
            const double share = index.data().toDouble();
            modelled.append(QPointF(year, share));
            highest = std::max(highest, share);
            const QVariant reported = index.data(VendorShareModel::ReportedShareRole);
            if (reported.isValid()) {
                published.append(QPointF(year, reported.toDouble()));
                highest = std::max(highest, reported.toDouble());
            }
        }
        mModelled.at(row)->replace(modelled);
        mPublished.at(row)->replace(published);
    }
    mShareAxis->setRange(0, std::ceil((highest + 5.0) / 10.0) * 10.0);
    // Steps of 20 points keep the labels readable when the chart is small.
    mShareAxis->setTickType(QValueAxis::TicksDynamic);
    mShareAxis->setTickAnchor(0);
    mShareAxis->setTickInterval(mShareAxis->max() > 50 ? 20 : 10);
}

QString ShareHistoryChart::pointToolTip(int row, int year, bool published) const
{
    const int column = mModel ? mModel->columnForYear(year) : -1;
    if (column < 0 || row < 0 || row >= mModel->rowCount())
        return {};
    const QModelIndex index = mModel->index(row, column);
    const QString modelled =
        QTextDocumentFragment::fromHtml(index.data(Qt::ToolTipRole).toString()).toPlainText();
    const QVariant share = index.data(VendorShareModel::ReportedShareRole);
    if (!published || !share.isValid())
        return modelled;
    // The square is what an analyst published: its value, where and when, then the model's.
    return tr("%1, %2: published %3 %\nSource: %4\nModelled: %5")
        .arg(mModel->index(row, 0).data().toString())
        .arg(year)
        .arg(ChartStyle::numberLocale().toString(share.toDouble(), 'g', 4),
             index.data(VendorShareModel::ReportedSourceRole).toString(),
             modelled.section(QLatin1Char('\n'), 0, 0));
}

void ShareHistoryChart::showPointDetails(int row, const QPointF &point, bool hovered,
                                         bool published)
{
    showToolTip(hovered ? pointToolTip(row, static_cast<int>(std::lround(point.x())), published)
                        : QString());
}

} // namespace ws
