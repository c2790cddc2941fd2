// SPDX-License-Identifier: MIT
#pragma once

#include "reportsettings.h"

#include <QString>

class QPagedPaintDevice;

namespace ws {

class Workbook;

/** Writes a report: to a PDF file or to any paged device (a printer). Widget-free in its
    interface: it takes the plain settings and returns a result, for the report page and for
    `wafershare report` alike. */
class ReportExporter
{
public:
    enum class Result { Success, CannotWrite, NothingToPrint };

    static Result exportPdf(Workbook *workbook, const ReportSettings &settings, const QString &path,
                            QString *error);

    /** Lays out and paints every page on @p device, which already has its page size and
        orientation. Returns the number of pages. */
    static int paint(Workbook *workbook, const ReportSettings &settings, QPagedPaintDevice *device);
};

} // namespace ws
