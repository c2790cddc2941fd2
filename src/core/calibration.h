// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "forecastengine.h"
#include "forecastinput.h"
#include "metric.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ws {

/** One published figure beside the value the scenario models for it (DESIGN §3, calibration). */
struct CalibrationRow
{
    int vendorIndex = -1; // into ForecastInput::vendors; -1 for all vendors together
    int year = 0;
    QString metric; // the reported_value metric, e.g. "compute_wafer_share"
    double reported = 0.0;
    double modelled = 0.0;
    double residual = 0.0; // modelled − reported, in the metric's unit (points for shares)
    int sourceId = 0;
    QString vintage; // the edition of the report the figure comes from
    QString scope; // empty for a total; else the label of the programs it counts
    /** For a volume (wafers, units): the residual in percent of the published value; none for
        a share, or for a published volume of 0. */
    std::optional<double> residualPercent;
    int reportedId = 0; // ReportedValue::id
};

/** True for the metrics published as a share of all vendors in percent (compute_wafer_share,
    cowos_share); false for volumes and unknown names. */
bool isReportedShareMetric(const QString &metric);

/** True for the volume metrics calibration models: compute_wafers, cowos_wafers, units (and
    all_logic_wafers where the engine has it). */
bool isReportedVolumeMetric(const QString &metric);

/** Puts each reported value of a known metric beside the modelled one, like with like:
    - a share (compute_wafer_share, cowos_share: percent of all vendors' wafers) of a vendor's
      total; a share with a named scope or of the market as a whole is left out;
    - a volume of a vendor's total (its wafers of the metric, or its programs' package units),
      of the market's total (vendorId 0: every vendor together), or of a named scope (only the
      programs in scopeProgramIds, summed).
    Values for a year, a vendor or a scope program the input does not hold, and metrics the
    model does not produce, are left out. Rows keep the order of @p reported. */
QList<CalibrationRow> compareWithReported(const ForecastInput &input, const ForecastResult &result,
                                          const QList<ReportedValue> &reported);

/** The vintages of @p reported, each once, sorted; an empty vintage is left out. */
QStringList reportedVintages(const QList<ReportedValue> &reported);

} // namespace ws
