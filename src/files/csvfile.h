// SPDX-License-Identifier: MIT
#pragma once

#include "csvformat.h"
#include "tablecolumns.h"

namespace ws {

struct CsvTable;

/** detectCsvFormat() and, from the first record, whether the file starts with a header row
    naming @p columns. */
CsvFormat detectCsvFormat(const QByteArray &bytes, const QList<ColumnSpec> &columns);

/** Decodes and splits @p bytes as @p format says. Returns false with "line N: reason" in
    @p error when the bytes are not text in that encoding or not CSV. */
bool parseCsvBytes(const QByteArray &bytes, const CsvFormat &format, CsvTable *table,
                   QString *error);

} // namespace ws
