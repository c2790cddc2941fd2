// SPDX-License-Identifier: MIT
#include "tornadochart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/sensitivitymodel.h"
#include "roundticks.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

// Neither colour is a vendor's (DESIGN §5), so a bar is never read as "Google" or "AWS"; the
// pair stays apart for the common forms of colour blindness (ColorBrewer Dark2).
const QColor lowColor(0x1B, 0x9E, 0x77);
const QColor highColor(0x75, 0x70, 0xB3);

// A tick interval of 1, 2, 2.5 or 5 × 10^n giving about four ticks on each side of zero.
double niceStep(double largest)
{
    return RoundTicks::step(largest, 4.0);
}

// The smallest text an input's label is given before it is left to Qt Charts to thin out:
// 6 pt still reads on paper.
constexpr double smallestLabelPoints = 6.0;

// The height Qt Charts gives a category label (a text item with a half-pixel margin, as
// ChartPresenter measures it), plus the pixel its overlap test allows for rounding.
double labelHeight(const QFont &font, const QString &label)
{
    QGraphicsTextItem item;
    item.document()->setDocumentMargin(0.5);
    item.setFont(font);
    item.setHtml(label);
    return item.boundingRect().height() + 1.0;
}

} // namespace

TornadoChart::TornadoChart(QWidget *parent)
    : ForecastChartView(parent)
    , mInputAxis(new QBarCategoryAxis)
    , mChangeAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 12, 4));
    mInputAxis->setGridLineVisible(false);
    // Labels name program and input; Qt Charts would elide them when laid out small once.
    mInputAxis->setTruncateLabels(false);
    mChangeAxis->setTickType(QValueAxis::TicksDynamic);
    mChangeAxis->setTickAnchor(0.0); // zero, the base share, is always a grid line
    chart->addAxis(mInputAxis, Qt::AlignLeft);
    chart->addAxis(mChangeAxis, Qt::AlignBottom);
    replaceChart(chart);
    connect(chart, &QChart::plotAreaChanged, this, &TornadoChart::fitInputLabels);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

void TornadoChart::setModel(SensitivityModel *model)
{
    if (mModel)
        disconnect(mModel, nullptr, this, nullptr);
    mModel = model;
    if (mModel)
        rebuildOnChangesOf(mModel);
    requestRebuild();
}

QStringList TornadoChart::categories() const
{
    QStringList labels;
    for (const QString &category : mInputAxis->categories())
        labels.prepend(ChartText::shownText(category));
    return labels;
}

void TornadoChart::applyOptions()
{
    if (!mModels)
        return;
    setModel(mModels->sensitivity());
    // The workspace's sensitivity is worked out when this chart draws (rebuild() asks for it):
    // follow its going stale, not its model, which the asking itself resets.
    disconnect(mModel, nullptr, this, nullptr);
    connect(mModels, &ChartModels::sensitivityChanged, this, &TornadoChart::requestRebuild,
            Qt::UniqueConnection);
}

void TornadoChart::rebuild()
{
    if (mModels && mModel == mModels->sensitivity())
        mModels->refreshSensitivity();
    QChart *chart = this->chart();
    chart->removeAllSeries();
    ChartStyle::apply(chart);
    mInputAxis->clear();
    mRowOfCategory.clear();
    if (!mModel || mModel->rowCount() == 0) {
        chart->setTitle(
            mModel && !mModel->vendorName().isEmpty()
                ? tr("No input moves %1's share").arg(ChartText::inMarkup(mModel->vendorName()))
                : QString());
        mChangeAxis->setTitleText(QString());
        return;
    }

    // The model comes sorted from the analysis; sorting again keeps the chart right for any
    // model order. Stable, so that equal swings keep the model's tie order.
    QList<int> rows;
    for (int row = 0; row < mModel->rowCount(); ++row)
        rows << row;
    const auto swing = [this](int row) {
        return std::abs(mModel->index(row, 0).data(SensitivityModel::SwingRole).toDouble());
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return swing(a) > swing(b); });
    rows.resize(std::min<qsizetype>(rows.size(), maxBars));
    // A horizontal bar axis counts its categories from the bottom: add the smallest first so
    // that the largest swing ends up on top.
    std::reverse(rows.begin(), rows.end());

    const QLocale locale;
    const QString step = locale.toString(mModel->stepPercent(), 'g', 6);
    auto *low = new QBarSet(tr("input −%1 %").arg(step));
    auto *high = new QBarSet(tr("input +%1 %").arg(step));
    // Stacked bars grow outwards from zero, positives to the right and negatives to the left,
    // so a pair on opposite sides draws as it should. A pair on the same side (possible where
    // gross dies are rounded down to whole dies) must overlap instead of one starting where
    // the other ends: the shorter is drawn from zero and the longer continues from it to its
    // own end, lowOuter carrying the rest of a low bar that is the longer of the two.
    auto *lowOuter = new QBarSet(low->label());
    QStringList labels;
    double largest = 0.0;
    for (int row : rows) {
        const QModelIndex index = mModel->index(row, 0);
        const double base = index.data(SensitivityModel::BaseShareRole).toDouble();
        const double down = index.data(SensitivityModel::LowShareRole).toDouble() - base;
        const double up = index.data(SensitivityModel::HighShareRole).toDouble() - base;
        if (down * up > 0.0 && std::abs(down) <= std::abs(up)) {
            *low << down;
            *high << up - down;
            *lowOuter << 0.0;
        } else if (down * up > 0.0) {
            *low << 0.0;
            *high << up;
            *lowOuter << down - up;
        } else {
            *low << down;
            *high << up;
            *lowOuter << 0.0;
        }
        largest = std::max({ largest, std::abs(down), std::abs(up) });
        labels << ChartText::label(index.data(SensitivityModel::LabelRole).toString());
        mRowOfCategory << row;
    }
    for (QBarSet *set : { low, lowOuter }) {
        set->setColor(lowColor);
        set->setBorderColor(lowColor.darker(130));
    }
    high->setColor(highColor);
    high->setBorderColor(highColor.darker(130));

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    series->append({ low, high, lowOuter });
    chart->addSeries(series);
    mInputAxis->append(labels);
    series->attachAxis(mInputAxis);
    series->attachAxis(mChangeAxis);
    // One legend entry per direction: lowOuter is part of the low bars.
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker))
            barMarker->setVisible(barMarker->barset() != lowOuter);
    }
    connect(series, &QAbstractBarSeries::hovered, this,
            [this](bool state, int category, QBarSet *) { showBarDetails(state, category); });

    // Every bar starts at the base share: a dark line there, not only a faint grid line.
    auto *baseLine = new QLineSeries;
    baseLine->setPen(QPen(QColor(70, 70, 70), 1.5));
    baseLine->append(0.0, -0.5);
    baseLine->append(0.0, static_cast<double>(labels.size()) - 0.5);
    chart->addSeries(baseLine);
    baseLine->attachAxis(mChangeAxis);
    baseLine->attachAxis(mInputAxis);
    for (QLegendMarker *marker : chart->legend()->markers(baseLine))
        marker->setVisible(false);

    // Symmetric about zero, so that the base share sits in the middle and the two sides of
    // every bar can be compared by eye.
    if (!(largest > 0.0))
        largest = 1.0;
    const double interval = niceStep(largest);
    const double reach = std::ceil(largest * 1.04 / interval) * interval;
    mChangeAxis->setRange(-reach, reach);
    mChangeAxis->setTickInterval(interval);
    const int decimals = interval >= 1.0 ? 0 : interval >= 0.1 ? 1 : 2;
    mChangeAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    mChangeAxis->setTitleText(
        tr("Change in %1 share, percentage points").arg(ChartText::inMarkup(mModel->vendorName())));

    const QString metric = mModel->metric() == Metric::ComputeWafers ? tr("AI compute wafer")
        : mModel->metric() == Metric::AllLogicWafers                 ? tr("all logic wafer")
                                                                     : tr("CoWoS wafer");
    chart->setTitle(tr("<b>What moves %1's %2 share in %3</b><br>"
                       "each input moved ±%4 % on its own; 0 = the modelled share of %5 %")
                        .arg(ChartText::inMarkup(mModel->vendorName()), metric,
                             QString::number(mModel->year()), step,
                             locale.toString(mModel->baseShare(), 'f', 2)));
    fitInputLabels(chart->plotArea());
    finishRebuild();
}

void TornadoChart::fitInputLabels(const QRectF &plotArea)
{
    const QStringList labels = mInputAxis->categories();
    if (labels.isEmpty() || !(plotArea.height() > 0.0))
        return;
    const double room = plotArea.height() / labels.size();
    // The theme's label font, which the legend keeps; shrunk half a point at a time until a
    // label fits the height of its bar's row.
    QFont font = chart()->legend()->font();
    double points = font.pointSizeF() > 0 ? font.pointSizeF() : 9.0;
    font.setPointSizeF(points);
    while (labelHeight(font, labels.first()) > room && points > smallestLabelPoints) {
        points = std::max(smallestLabelPoints, points - 0.5);
        font.setPointSizeF(points);
    }
    if (font != mInputAxis->labelsFont())
        mInputAxis->setLabelsFont(font);
}

void TornadoChart::showBarDetails(bool hovered, int category)
{
    if (!hovered || !mModel || category < 0 || category >= mRowOfCategory.size()) {
        showToolTip(QString());
        return;
    }
    showToolTip(QTextDocumentFragment::fromHtml(
                    mModel->index(mRowOfCategory.at(category), 0).data(Qt::ToolTipRole).toString())
                    .toPlainText());
}

} // namespace ws
