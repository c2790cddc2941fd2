// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

class QBarCategoryAxis;
class QValueAxis;

namespace ws {

class SensitivityModel;

/** A tornado chart of a SensitivityModel: one bar pair per input, largest swing at the top, the
    "input moved down" and "input moved up" bars drawn left or right of the vendor's base share
    by how far each moves it. Hovering a bar shows the exact values. */
class TornadoChart : public ForecastChartView
{
    Q_OBJECT

public:
    /** More bars than this stop being readable; the rest are in the table. */
    static constexpr int maxBars = 15;

    explicit TornadoChart(QWidget *parent = nullptr);

    void setModel(SensitivityModel *model);

    /** The category labels drawn, top (largest swing) first. */
    QStringList categories() const;

protected:
    void rebuild() override;
    void applyOptions() override;

private:
    void showBarDetails(bool hovered, int category);
    /** Sizes the inputs' labels so that every bar keeps its own: Qt Charts hides a category
        label that would overlap the one below it, which left every other bar unlabelled in a
        report-sized chart. */
    void fitInputLabels(const QRectF &plotArea);

    SensitivityModel *mModel = nullptr;
    QBarCategoryAxis *mInputAxis = nullptr;
    QValueAxis *mChangeAxis = nullptr;
    QList<int> mRowOfCategory; // model row per category, bottom first as the axis counts them
};

} // namespace ws
