// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"
#include "forecastengine.h"
#include "forecastinput.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** How much each kind of miss costs in a fit. The cost is
    Σ (weight × residual)² over the published figures
    + λ · Σ (ln(new units ÷ old units))² ÷ k over the programs,
    with share residuals in percentage points, volume residuals in percent of the published
    value, and k the number of the program's vendor's programs that ship in that year. λ keeps
    every program close to its current units, so that a year with more programs than figures
    still has one best answer; dividing by k makes scaling a whole vendor cost the same however
    many programs it has. */
struct FitWeights
{
    double perSharePoint = 1.0; // per percentage point of a share residual
    double perVolumePercent = 1.0; // per percent of a volume residual
    // λ: doubling a whole vendor costs 1 × 0.69² = 0.48, as much as a 0.7-point miss, and
    // trading units between a vendor's programs — which published totals cannot tell apart —
    // costs as much again per program. A λ of 0.01 let a fit to one edition multiply MTIA v2
    // by 87 and cut MTIA v3 by 85 % to win 0.1 point; at 1 the mix of a vendor's programs stays
    // as the analyst set it unless a figure names a program.
    double regularisation = 1.0;
};

/** One published figure a fit aims at, with the modelled value before and after. */
struct FitTarget
{
    int reportedValueId = 0;
    int vendorIndex = -1; // into ForecastInput::vendors; -1 for all vendors together
    int year = 0;
    QString metric; // the reported_value metric
    QString scope; // empty for a total
    bool isShare = false; // residuals in points; otherwise in percent of the published value
    double published = 0.0;
    double modelledBefore = 0.0;
    double modelledAfter = 0.0;
    double residualBefore = 0.0;
    double residualAfter = 0.0;
    double weight = 1.0;
    int sourceId = 0;
};

/** One `units` cell a fit would change. */
struct FitCell
{
    int programIndex = -1; // into ForecastInput::programs
    int programId = 0;
    int year = 0;
    double oldUnits = 0.0;
    double newUnits = 0.0; // whole units
};

/** A proposed fit of `units` to the published figures of one vintage: what it would change
    and what that does to every figure. Nothing is applied here. */
struct CalibrationFit
{
    QString vintage;
    int year = 0; // 0: every year the vintage covers
    FitWeights weights;
    QList<FitTarget> targets;
    QList<FitCell> cells; // empty when the fit proposes nothing
    QStringList leftOut; // published figures of the vintage the fit cannot use, and why
    double costBefore = 0.0;
    double costAfter = 0.0; // with the regularisation, for the rounded units
    double regularisationAfter = 0.0; // the λ part of costAfter
    QString problem; // why nothing is proposed; empty when cells hold a fit

    /** The cells as the workbook stores them: whole units as text. */
    QList<AssumptionCell> assumptionCells() const;
};

/** The vintages of @p reported in the order they first appear; "" is a vintage too (figures
    recorded without one). */
QStringList fitVintages(const QList<ReportedValue> &reported);

/** The years, ascending, that the figures of @p vintage cover. */
QList<int> vintageYears(const QList<ReportedValue> &reported, const QString &vintage);

/** Fits the `units` of the programs that ship in the years of @p vintage (only @p year when
    it is not 0) to that vintage's published shares and volumes together, by weighted least
    squares (FitWeights). Share targets are vendor totals of compute_wafer_share and
    cowos_share; volume targets (compute_wafers, cowos_wafers, units) are a vendor's total, the
    market's (vendorId 0) or the sum over a named scope's programs. Units stay ≥ 0 and a
    program with none keeps none. The proposal rounds to whole units and is kept only where it
    lowers the cost. */
CalibrationFit fitUnitsToVintage(const ForecastInput &input, const ForecastResult &result,
                                 const QList<ReportedValue> &reported, const QString &vintage,
                                 int year = 0, const FitWeights &weights = {});

} // namespace ws
