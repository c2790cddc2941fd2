// SPDX-License-Identifier: MIT
#pragma once

#include "pdffinisher.h"
#include "reportdocument.h"
#include "reportsettings.h"

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace ws {

class Workbook;

/** Writes a report: to a PDF file or to any paged device (a printer). Widget-free in its
    interface: it takes the plain settings and returns a result, for the report page and for
    `wafershare report` alike. */
class ReportExporter
{
public:
    enum class Result { Success, CannotWrite, NothingToPrint, Cancelled };

    /** Called before each page is painted with the page (from 0) and the count; returning false
        stops the export. */
    using Progress = std::function<bool(int page, int pages)>;

    /** Writes the PDF to @p path, and the full versions of the tables it summarises beside it
        as CSV. A cancelled or failed export leaves nothing there, and a file
        that was there before as it was. */
    static Result exportPdf(Workbook *workbook, const ReportSettings &settings, const QString &path,
                            QString *error, const Progress &progress = {});

    /** Writes the report as an OpenDocument text to @p path: the same sections and tables,
        the charts and the graph as pictures, and the long tables' full versions beside it as
        CSV. Through OutputFile, like the PDF. */
    static Result exportOdt(Workbook *workbook, const ReportSettings &settings, const QString &path,
                            QString *error);

    /** The PDF's document information: the title, the author, the year and scenarios as the
        subject. */
    static PdfMetadata metadata(const Workbook *workbook, const ReportSettings &settings);

    /** Lays out and paints every page on @p device, which already has its page size and
        orientation. Returns the number of pages, or -1 when @p progress stopped it. The tables
        the report summarises are given in @p fullTables, for the file's side. */
    static int paint(Workbook *workbook, const ReportSettings &settings, QPagedPaintDevice *device,
                     const Progress &progress = {},
                     QList<ReportDocument::FullTable> *fullTables = nullptr);
};

} // namespace ws
