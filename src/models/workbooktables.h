// SPDX-License-Identifier: MIT
#pragma once

#include "core/forecastengine.h"
#include "core/forecastinput.h"
#include "files/datatable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace ws {

/** The whole workbook as the sheets of one Excel file (File ▸ Export Workbook as Excel and
    `export --all --out FILE.xlsx`): a "sources" sheet with every source (title, publisher,
    address, date …), a sheet for each other table in the columns `import` reads, then the
    computed results of one scenario and year, each computed as its command computes it by
    default (compute wafers; sensitivity of AWS's share, or the first vendor's, by 20 %; the
    ranking against the year before, left out for a first year; calibration against every
    vintage). */
class WorkbookTables
{
public:
    /** The year the results are computed for when none is chosen: 2026, as the commands take,
        or the scenario's last year when it has no 2026. */
    static int defaultYear(const ForecastInput &input);

    /** The sheets for @p input (the scenario's input, computed as @p result) in @p year. On
        failure returns nothing and sets @p error. */
    static QList<DataTable> all(QSqlDatabase &db, const ForecastInput &input,
                                const ForecastResult &result, int year, QString *error);

    Q_DECLARE_TR_FUNCTIONS(ws::WorkbookTables)
};

} // namespace ws
