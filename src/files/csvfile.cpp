// SPDX-License-Identifier: MIT
#include "csvfile.h"

#include "csvtable.h"
#include "importcheck.h"

namespace ws {

CsvFormat detectCsvFormat(const QByteArray &bytes, const QList<ColumnSpec> &columns)
{
    CsvFormat format = detectCsvFormat(bytes);
    // The first record is all the header test needs; a sample that ends inside a quoted field
    // does not parse, and then the whole file is read.
    constexpr qsizetype sampleBytes = 64 * 1024;
    CsvTable sample;
    QString text;
    QString error;
    for (const QByteArray &part : { bytes.left(sampleBytes), bytes }) {
        if (decodeCsvText(part, format.encoding, &text, &error) &&
            CsvTable::parse(text, &sample, &error, format.delimiter, false))
            break;
        sample.records.clear();
    }
    format.hasHeader =
        sample.records.isEmpty() || detectHeader(sample.records.first().fields, columns);
    return format;
}

bool parseCsvBytes(const QByteArray &bytes, const CsvFormat &format, CsvTable *table,
                   QString *error)
{
    QString text;
    return decodeCsvText(bytes, format.encoding, &text, error) &&
        CsvTable::parse(text, table, error, format.delimiter, format.hasHeader);
}

} // namespace ws
