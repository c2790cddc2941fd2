// SPDX-License-Identifier: MIT
#include "sharedonutchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocumentFragment>

namespace ws {

namespace {
// Slices smaller than this carry no label outside the ring: neighbouring slivers' labels would
// overlap. The legend and the tooltip still give every share.
constexpr double smallestLabelledPercent = 4.0;

QString percentText(double percent)
{
    return ShareDonutChart::tr("%1 %").arg(QLocale().toString(percent, 'f', 1));
}

} // namespace

ShareDonutChart::ShareDonutChart(QWidget *parent)
    : ForecastChartView(parent)
    , mSeries(new QPieSeries)
{
    auto *chart = new QChart;
    mSeries->setHoleSize(0.45);
    // Room around the ring for the labels outside it.
    mSeries->setPieSize(0.62);
    chart->addSeries(mSeries);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    replaceChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 300);
    setZoomable(false); // a share of a whole has nothing to zoom into
    ChartStyle::apply(chart);
    connect(mSeries, &QPieSeries::hovered, this, &ShareDonutChart::showSliceDetails);
}

void ShareDonutChart::setModel(VendorShareModel *model)
{
    if (mModel)
        disconnect(mModel, nullptr, this, nullptr);
    mModel = model;
    if (mModel)
        rebuildOnChangesOf(mModel);
    requestRebuild();
}

void ShareDonutChart::applyOptions()
{
    if (!mModels)
        return;
    mYear = mOptions.year;
    setModel(mModels->shares(mOptions.metric));
}

void ShareDonutChart::setYear(int year)
{
    mYear = year;
    requestRebuild();
}

void ShareDonutChart::rebuild()
{
    ChartStyle::apply(chart());
    const int column = mModel ? mModel->columnForYear(mYear) : -1;
    const int rows = column < 0 ? 0 : mModel->rowCount();

    while (mSeries->count() > rows)
        mSeries->remove(mSeries->slices().constLast());
    while (mSeries->count() < rows) {
        auto *slice = new QPieSlice;
        // Outside the ring with a leader line: a figure inside a narrow slice spilled into the
        // hole, white on white.
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setBorderColor(Qt::white);
        mSeries->append(slice);
    }
    fillSlices(column);
    finishRebuild();
}

bool ShareDonutChart::updateValues()
{
    // The same vendors and year: the slices take their new sizes; the theme and the legend's
    // wiring stay as the last rebuild left them.
    const int column = mModel ? mModel->columnForYear(mYear) : -1;
    if (column < 0 || mSeries->count() != mModel->rowCount())
        return false;
    fillSlices(column);
    return true;
}

void ShareDonutChart::fillSlices(int column)
{
    const auto slices = mSeries->slices();
    const int rows = static_cast<int>(slices.size());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex name = mModel->index(row, 0);
        const QModelIndex share = mModel->index(row, column);
        const double percent = share.data().toDouble();
        QPieSlice *slice = slices.at(row);
        slice->setValue(percent);
        // Beside the ring the share alone: the legend beside it names the vendor with the same
        // figure, and a name there too was elided on the ring's left ("亞馬遜AWS 6.…").
        slice->setLabel(ChartText::label(percentText(percent)));
        slice->setColor(name.data(VendorShareModel::ColorRole).value<QColor>());
        // The theme's text colour, readable on the chart's background (the label is beside the
        // slice, not on it); a leader line links the two.
        slice->setLabelColor(chart()->legend()->labelColor());
        slice->setLabelArmLengthFactor(0.1);
        slice->setLabelVisible(percent >= smallestLabelledPercent);
    }
    // The ring shows each share; the legend names the vendor beside it. Set after the slices,
    // since a pie marker copies its slice's label whenever the slice changes.
    const auto markers = chart()->legend()->markers(mSeries);
    for (int row = 0; row < rows && row < markers.size(); ++row) {
        const QString label = ChartText::label(tr("%1  %2").arg(
            mModel->index(row, 0).data().toString(), percentText(slices.at(row)->value())));
        // A marker lays the legend out again on every new label, even an equal one.
        if (markers.at(row)->label() != label)
            markers.at(row)->setLabel(label);
    }
    if (mModel && column >= 0) {
        const QString title =
            tr("<b>%1 share, %2</b>")
                .arg(mModel->metric() == Metric::ComputeWafers        ? tr("AI compute wafer")
                         : mModel->metric() == Metric::AllLogicWafers ? tr("all logic wafer")
                                                                      : tr("CoWoS wafer"))
                .arg(mYear);
        chart()->setTitle(mModels ? tr("%1<br>%2").arg(title, mModels->subtitle()) : title);
    }
}

QPieSlice *ShareDonutChart::sliceOf(const QString &vendor) const
{
    if (!mModel)
        return nullptr;
    const auto slices = mSeries->slices();
    for (int row = 0; row < slices.size() && row < mModel->rowCount(); ++row) {
        if (mModel->index(row, 0).data(VendorShareModel::VendorKeyRole).toString() == vendor)
            return slices.at(row);
    }
    return nullptr;
}

void ShareDonutChart::showSliceDetails(QPieSlice *slice, bool hovered)
{
    slice->setExploded(hovered);
    if (!hovered || !mModel) {
        showToolTip(QString());
        return;
    }
    const int row = static_cast<int>(mSeries->slices().indexOf(slice));
    const QModelIndex share = mModel->index(row, mModel->columnForYear(mYear));
    showToolTip(
        QTextDocumentFragment::fromHtml(share.data(Qt::ToolTipRole).toString()).toPlainText());
}

} // namespace ws
