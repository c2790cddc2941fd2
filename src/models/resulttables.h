// SPDX-License-Identifier: MIT
#pragma once

#include "core/calibration.h"
#include "core/domain.h"
#include "core/forecastengine.h"
#include "core/forecastinput.h"
#include "core/impact.h"
#include "core/metric.h"
#include "core/sensitivity.h"
#include "core/supplychain.h"
#include "files/datatable.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace ws {

/** The computed results as typed tables, in the columns the command line prints (`shares`,
    `shares --by program`, `sensitivity`, `benefits`, `calibration`), for CSV and JSON on the
    command line and for Excel from the command line and the desktop alike. Each takes what the
    analysis computed; none computes anything itself. */
namespace ResultTables {

/** Published shares of @p metric, keyed by vendor id and year, the newest vintage last read
    winning (the order of ForecastRepository::reportedValues). */
QHash<QPair<int, int>, double> reportedShares(const QList<ReportedValue> &reported, Metric metric);

/** One row per year of @p yearIndexes and vendor: year, vendor, metric, wafers, share (in
    percentage points), reported_share. */
DataTable shares(const ForecastInput &input, const ForecastResult &result, Metric metric,
                 const QList<int> &yearIndexes, const QHash<QPair<int, int>, double> &reported);

/** One row per year of @p yearIndexes and program, each package followed by its die kinds:
    its inputs and what the engine made of them. */
DataTable programs(const ForecastInput &input, const ForecastResult &result,
                   const QList<int> &yearIndexes);

/** The rows of SensitivityAnalysis::run, shares in percentage points. */
DataTable sensitivity(const ForecastInput &input, const QList<SensitivityRow> &rows);

/** The ranking of ImpactAnalysis::rankBenefits: rank, company, …, driving_vendor. */
DataTable ranking(const SupplyChain &chain, const QList<BenefitRow> &rows,
                  const QHash<int, QString> &vendorNames);

/** The rows of compareWithReported: each published figure beside the modelled one. */
DataTable calibration(const ForecastInput &input, const QList<CalibrationRow> &rows,
                      const QHash<int, QString> &sourceTitles);

} // namespace ResultTables

} // namespace ws
