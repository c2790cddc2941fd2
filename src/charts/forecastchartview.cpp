// SPDX-License-Identifier: MIT
#include "forecastchartview.h"

#include "models/plaintooltip.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHelpEvent>
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

void ForecastChartView::setMedium(ChartMedium medium)
{
    if (mMedium == medium)
        return;
    mMedium = medium;
    if (mModels)
        requestRebuild();
}

void ForecastChartView::beginExport()
{
    mMediumBeforeExport = mMedium;
    if (mMedium != ChartMedium::Paper && mModels) {
        mMedium = ChartMedium::Paper;
        rebuildAndName();
    }
}

void ForecastChartView::endExport()
{
    if (mMediumBeforeExport != mMedium && mModels) {
        mMedium = mMediumBeforeExport;
        rebuildAndName();
    }
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
    nameAfterTitle();
}

void ForecastChartView::nameAfterTitle()
{
    // A screen reader announces the chart by its title, as plain text on one line.
    const QString title = QTextDocumentFragment::fromHtml(chart()->title()).toPlainText();
    setAccessibleName(title.simplified());
}

void ForecastChartView::valuesChanged()
{
    // Shown and up to date but for these values: move them. Otherwise as any other change.
    const bool drawnNow = isVisible() || !window()->isVisible();
    if (drawnNow && !mStale && updateValues()) {
        nameAfterTitle();
        return;
    }
    requestRebuild();
}

void ForecastChartView::rebuildOnChangesOf(QAbstractItemModel *model)
{
    disconnect(model, nullptr, this, nullptr);
    connect(model, &QAbstractItemModel::modelReset, this, &ForecastChartView::requestRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &ForecastChartView::valuesChanged);
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

bool ForecastChartView::viewportEvent(QEvent *event)
{
    // Qt asks for a tooltip once the mouse has rested (QEvent::ToolTip); the scene answers with
    // the tooltip of the item under the mouse and hides any other. A bar or point has none of
    // its own, so without this the hover text shown on entering it vanished a moment later.
    if (event->type() == QEvent::ToolTip && !mLastToolTip.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                           plainToolTip(mLastToolTip), this);
        return true;
    }
    return InteractiveChartView::viewportEvent(event);
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
