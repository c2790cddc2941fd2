// SPDX-License-Identifier: MIT
#include "forecastchartview.h"

#include "models/plaintooltip.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QTextDocumentFragment>
#include <QToolTip>

namespace ws {

ForecastChartView::ForecastChartView(QWidget *parent)
    : InteractiveChartView(parent)
{
}

void ForecastChartView::setChartModels(ChartModels *models)
{
    mModels = models;
    applyOptions();
}

void ForecastChartView::setOptions(const ChartOptions &options)
{
    mOptions = options;
    applyOptions();
}

void ForecastChartView::requestRebuild()
{
    // Hidden in a shown window (another tab): wait. Not shown at all (an export, a test): draw.
    if (!isVisible() && window()->isVisible()) {
        mStale = true;
        return;
    }
    mStale = false;
    rebuildAndName();
}

void ForecastChartView::rebuildAndName()
{
    rebuild();
    // A screen reader announces the chart by its title, as plain text on one line.
    const QString title = QTextDocumentFragment::fromHtml(chart()->title()).toPlainText();
    setAccessibleName(title.simplified());
}

void ForecastChartView::rebuildOnChangesOf(QAbstractItemModel *model)
{
    disconnect(model, nullptr, this, nullptr);
    connect(model, &QAbstractItemModel::modelReset, this, &ForecastChartView::requestRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ForecastChartView::requestRebuild);
}

void ForecastChartView::showEvent(QShowEvent *event)
{
    InteractiveChartView::showEvent(event);
    if (mStale) {
        mStale = false;
        rebuildAndName();
    }
}

void ForecastChartView::showToolTip(const QString &text)
{
    mLastToolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), plainToolTip(text), this);
}

void ForecastChartView::changeEvent(QEvent *event)
{
    // A light/dark switch re-themes the chart, which resets series colours: draw again. Every
    // chart, including those given a model directly (Overview, Forecast) rather than
    // ChartModels; a hidden one is drawn when it is next shown.
    if (event->type() == QEvent::PaletteChange)
        requestRebuild();
    InteractiveChartView::changeEvent(event);
}

} // namespace ws
