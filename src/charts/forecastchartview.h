// SPDX-License-Identifier: MIT
#pragma once

#include "interactivechartview.h"
#include "models/chartoptions.h"

class QAbstractItemModel;

namespace ws {

class ChartModels;

/** Where a chart is seen: on screen, where it answers the mouse, or on paper and in exported
    files, where hints about hovering mean nothing. */
enum class ChartMedium { Screen, Paper };

/** A chart of the workspace: reads the shared ChartModels, draws what the options ask for, and
    redraws itself whenever its models change. */
class ForecastChartView : public InteractiveChartView
{
    Q_OBJECT

public:
    explicit ForecastChartView(QWidget *parent = nullptr);

    void setChartModels(ChartModels *models);
    ChartModels *chartModels() const { return mModels; }
    void setOptions(const ChartOptions &options);
    const ChartOptions &options() const { return mOptions; }

    /** Paper leaves out what only the screen can do (such as "tooltips: …" in a title). */
    void setMedium(ChartMedium medium);
    ChartMedium medium() const { return mMedium; }

    /** The text the tooltip shows for a hovered point, for tests and accessibility. */
    QString lastToolTip() const { return mLastToolTip; }

protected:
    /** Connects to the models it reads and draws; called after the models or options change. */
    virtual void applyOptions() = 0;
    /** Draws the chart from its models. */
    virtual void rebuild() = 0;
    /** Redraws now, or — on a page the user is not looking at — when it is next shown: an edit
        then costs only the charts in view. */
    void requestRebuild();
    /** Calls requestRebuild() whenever @p model is reset, and updateValues() (or, if that
        cannot, requestRebuild()) whenever its data changes, replacing any connection this chart
        already had to @p model. */
    void rebuildOnChangesOf(QAbstractItemModel *model);
    /** Brings the drawn series up to date with changed values in place — points moved, slices
        resized — when only values changed since the last rebuild, which keeps an edit within a
        frame; returns false when it cannot (other rows, years or measure), and the chart is
        rebuilt. The default cannot. */
    virtual bool updateValues() { return false; }
    void showEvent(QShowEvent *event) override;
    void showToolTip(const QString &text);
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    /** Exports and copies are paper: drawn without screen-only hints. */
    void beginExport() override;
    void endExport() override;

    ChartModels *mModels = nullptr;
    ChartOptions mOptions;

private:
    void rebuildAndName();
    void valuesChanged();
    void nameAfterTitle();

    QString mLastToolTip;
    bool mStale = false;
    ChartMedium mMedium = ChartMedium::Screen;
    ChartMedium mMediumBeforeExport = ChartMedium::Screen;
};

} // namespace ws
