// SPDX-License-Identifier: MIT
#include "sharedonutchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalBlocker>
#include <QTextDocumentFragment>

#include <vector>

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
    labelLegend(column);
    rememberShownValues();
    finishRebuild();
}

bool ShareDonutChart::updateValues()
{
    // The same vendors and year: the slices take their new sizes; the theme and the legend's
    // wiring stay as the last rebuild left them.
    const int column = mModel ? mModel->columnForYear(mYear) : -1;
    if (column < 0 || mSeries->count() != mModel->rowCount())
        return false;
    // Qt Charts lays out every slice again, a rich-text label each, on any change of any
    // slice: a setter per slice made an edit lay out the ring some fifty times (60 % of an
    // edit at 10,000 programs). The slices take their values quietly; the last change, made
    // aloud, works out the angles and lays the ring out once.
    const auto slices = mSeries->slices();
    qsizetype aloud = -1;
    double aloudValue = 0.0;
    {
        std::vector<QSignalBlocker> quiet;
        quiet.reserve(slices.size());
        for (QPieSlice *slice : slices)
            quiet.emplace_back(slice);
        fillSlices(column);
        // Put one changed slice back, to change it again with its signals on.
        for (qsizetype row = slices.size() - 1; row >= 0 && aloud < 0; --row) {
            if (slices.at(row)->value() != mShownValues.value(row, -1.0)) {
                aloud = row;
                aloudValue = slices.at(row)->value();
                slices.at(row)->setValue(mShownValues.value(row));
            }
        }
    }
    if (aloud >= 0)
        slices.at(aloud)->setValue(aloudValue);
    labelLegend(column);
    // A new label alone does not lay the legend out again (a slice's change did, before).
    if (QGraphicsLayout *legendLayout = chart()->legend()->layout())
        legendLayout->invalidate();
    rememberShownValues();
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
}

void ShareDonutChart::labelLegend(int column)
{
    const auto slices = mSeries->slices();
    const int rows = static_cast<int>(slices.size());
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

void ShareDonutChart::rememberShownValues()
{
    mShownValues.clear();
    for (const QPieSlice *slice : mSeries->slices())
        mShownValues << slice->value();
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
