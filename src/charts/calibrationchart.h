// SPDX-License-Identifier: MIT
#pragma once

#include "forecastchartview.h"

#include <QColor>
#include <QHash>
#include <QStringList>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ws {

/** Modelled against published shares: a point per published share of the chosen metric (x the
    published value, y the modelled one), a series per vendor, and the diagonal where the two
    agree. */
class CalibrationChart : public ForecastChartView
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    /** The tooltip of the point for calibration row @p row. */
    QString pointToolTip(int row) const;
    /** The calibration rows drawn, per series name. */
    QHash<QString, QList<int>> rowsBySeries() const { return mRowsBySeries; }

protected:
    void rebuild() override;
    void applyOptions() override;
    /** Moves the points, the agreement line and the axes when the same figures of the same
        vendors are drawn. */
    bool updateValues() override;

private:
    /** The figures drawn: the vendors in order, each one's calibration rows and colour. */
    struct Drawn
    {
        QStringList vendors;
        QHash<QString, QList<int>> rows;
        QHash<QString, QColor> colors;
    };
    Drawn drawnRows() const;
    /** Fills the series from the rows they draw, and scales the axes and titles to them. */
    void setValues();

    QHash<QString, QList<int>> mRowsBySeries;
    // What rebuild() made, kept so that changed values move in place.
    QStringList mVendors;
    QHash<QString, QColor> mColors;
    QHash<QString, QScatterSeries *> mSeries;
    QLineSeries *mAgreement = nullptr;
    QValueAxis *mPublishedAxis = nullptr;
    QValueAxis *mModelledAxis = nullptr;
};

} // namespace ws
