// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes through the CSV import's reading and checking, as `import` and the
// import wizard run them on a file a user picked, without the database write.
#include "files/csvfile.h"
#include "files/csvformat.h"
#include "files/csvtable.h"
#include "files/importcheck.h"
#include "files/tablecolumns.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// A broken promise of the headers that the database write relies on is a crash too, so that
// libFuzzer saves the input.
void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvimport: %s\n", what);
        std::abort();
    }
}

void check(const QString &name, const QList<ws::ColumnSpec> &columns, const ws::CsvTable &table,
           const ws::ColumnMapping &mapping, const QHash<QString, QVariant> &fixed = {})
{
    const ws::CheckedRecords checked = ws::checkRecords(name, table, mapping, fixed);
    require(checked.lines.size() == checked.values.size(), "one line per checked record");
    for (const QVariantList &values : checked.values)
        require(values.size() == columns.size(), "one value per column in a checked record");
    for (const ws::ImportProblem &problem : checked.problems)
        (void)problem.text();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as QFile::readAll() would give: the import never sees unterminated raw data.
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // As the wizard and `import` start: the format with the header judged for a table.
    (void)ws::detectCsvFormat(bytes, ws::csvColumns(QStringLiteral("assumption")));
    const ws::CsvFormat format = ws::detectCsvFormat(bytes);
    (void)ws::encodingName(format.encoding);
    (void)ws::delimiterName(format.delimiter);
    QString text;
    QString error;
    if (!ws::decodeCsvText(bytes, format.encoding, &text, &error))
        return 0;

    // Without a header first: its first record is what detectHeader() judges for each table.
    ws::CsvTable plain;
    if (!ws::CsvTable::parse(text, &plain, &error, format.delimiter, false))
        return 0;
    const QStringList firstRecord =
        plain.records.isEmpty() ? QStringList() : plain.records.first().fields;

    ws::CsvTable headed;
    bool headedParsed = false;
    bool headedOk = false;
    for (const QString &name : ws::csvTableOrder()) {
        const QList<ws::ColumnSpec> columns = ws::csvColumns(name);
        const bool hasHeader = ws::detectHeader(firstRecord, columns);
        if (hasHeader && !headedParsed) {
            headedOk = ws::CsvTable::parse(text, &headed, &error, format.delimiter, true);
            headedParsed = true;
        }
        if (hasHeader && !headedOk)
            continue;
        const ws::CsvTable &table = hasHeader ? headed : plain;

        const ws::ColumnMapping mapping = ws::mapColumns(columns, table.header);
        require(mapping.size() == columns.size(), "one mapping entry per column");
        for (const ws::ImportProblem &problem : ws::mappingProblems(columns, mapping))
            (void)problem.text();
        for (const ws::ImportProblem &problem : ws::unknownFieldProblems(columns, table.header))
            (void)problem.text();

        check(name, columns, table, mapping);
        if (name == QLatin1String("assumption"))
            check(name, columns, table, mapping, { { QStringLiteral("scenario_id"), 1 } });
    }
    return 0;
}
