// SPDX-License-Identifier: MIT
#pragma once

#include "datatable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** Writes DataTables as an Excel workbook (.xlsx, through libxlsxwriter), one sheet each:
    - numbers are numeric cells with a number format from their column's kind (percentage
      points are stored as the fraction Excel's 0.0% shows, wafers as #,##0), text is always a
      literal string, never a formula, whatever it begins with;
    - the header row is bold, frozen and filtered, the columns about as wide as their text;
    - a text longer than Excel's limit of a cell (32,767 characters) is cut to it, ending in
      "…", and counted in cutCells: Excel cannot open a file that holds more (CSV keeps it whole);
    - the same tables give the same bytes: the document's creation time and every zip entry's
      time are fixed, so that a workbook exported twice compares equal;
    - the file is written through OutputFile: all or nothing, never onto an open workbook. */
class XlsxFile
{
public:
    /** Excel's most characters in one cell. */
    static constexpr int maxCellText = 32767;

    /** Writes @p sheets to @p path. Returns an empty string on success, otherwise a sentence
        saying why nothing was written; @p cutCells (when given) receives how many texts were
        cut to maxCellText. */
    static QString write(const QString &path, const QList<DataTable> &sheets,
                         int *cutCells = nullptr);

    /** @p name as a sheet name Excel accepts and that none of @p taken has (in any letter
        case): at most 31 characters, none of []:*?/\, not beginning or ending with an
        apostrophe, not the reserved "History". */
    static QString sheetName(const QString &name, const QStringList &taken);

    /** @p text as libxlsxwriter must be given it so that Excel shows @p text: a literal
        "_x0041_" has its underscore escaped as _x005F_, since Excel reads _xHHHH_ in a
        string as the character HHHH (ECMA-376 ST_Xstring); libxlsxwriter escapes the control
        characters XML cannot hold that way itself. */
    static QString escapedText(const QString &text);

    Q_DECLARE_TR_FUNCTIONS(ws::XlsxFile)
};

} // namespace ws
