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

/** How much each vendor's units in one year must be multiplied by so that the modelled shares
    equal the published ones. */
struct UnitsFit
{
    QList<double> vendorScale; // per vendor index; 1 where unchanged
    QString problem; // empty when a fit exists; otherwise every scale stays 1
};

/** Finds the per-vendor unit scale factors that make the modelled shares of @p metric in
    @p year equal the published ones (compute_wafer_share for compute wafers, cowos_share for
    CoWoS wafers; of several rows for one vendor and year the last in list order counts).
    Vendors without a published share keep their wafers. Wafers are linear in units, so scaling
    a vendor's units scales its wafers by the same factor.

    With W_o the wafers of the unreported vendors and R the sum of the published shares as a
    fraction, the new total is T = W_o / (1 − R), which needs R < 1. When every vendor that has
    wafers is published, the total stays as it is and the published shares are normalised to
    100 %, provided they add up to within 0.5 points of it (published figures are rounded).
    Each published vendor's scale is then (r_v / 100) · T / w_v. A published vendor with no
    modelled wafers but a non-zero share cannot be scaled and is named in the problem. */
UnitsFit fitUnitsToReportedShares(const ForecastInput &input, const ForecastResult &result,
                                  const QList<ReportedValue> &reported, int year,
                                  Metric metric = Metric::ComputeWafers);

/** The `units` cells that apply @p fit in @p year: one per program of a scaled vendor that ships
    units that year. Values are written with as few decimals as keep every modelled share within
    0.01 points of the exact fit (whole units nearly always do). Empty when the fit has a
    problem or the year is not in the input. */
QList<AssumptionCell> unitsCellsForFit(const ForecastInput &input, const UnitsFit &fit, int year);

} // namespace ws
