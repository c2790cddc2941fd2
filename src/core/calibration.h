// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "forecastengine.h"
#include "forecastinput.h"
#include "metric.h"

#include <QList>
#include <QString>

namespace ws {

/** One published figure beside the value the scenario models for it (DESIGN §3, calibration). */
struct CalibrationRow
{
    int vendorIndex = -1; // into ForecastInput::vendors
    int year = 0;
    QString metric; // the reported_value metric, e.g. "compute_wafer_share"
    double reported = 0.0;
    double modelled = 0.0;
    double residual = 0.0; // modelled − reported, in the metric's unit (points for shares)
    int sourceId = 0;
};

/** Puts each reported value of a known metric beside the modelled one: compute_wafer_share and
    cowos_share (percent of all vendors), compute_wafers and cowos_wafers (the vendor's wafers)
    and units (the vendor's packages, summed over its programs). Values for a year or a vendor the
    input does not hold, and metrics the model does not produce, are left out. Rows keep the
    order of @p reported. */
QList<CalibrationRow> compareWithReported(const ForecastInput &input, const ForecastResult &result,
                                          const QList<ReportedValue> &reported);

} // namespace ws
