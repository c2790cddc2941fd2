// SPDX-License-Identifier: MIT
#include "csvtable.h"
#include "core/translation.h"

#include <QCoreApplication>

namespace ws {

namespace {

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

bool CsvTable::parse(const QString &input, CsvTable *table, QString *error, QChar delimiter,
                     bool hasHeader)
{
    // A byte order mark that survived decoding is not part of the first field.
    const QStringView text =
        input.startsWith(QChar(0xFEFF)) ? QStringView(input).mid(1) : QStringView(input);

    QList<Record> records;
    Record record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;

    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(record.fields))
            records << record;
        record = Record {};
        record.line = line;
    };

    const int size = text.size();
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                *error = tr("line %1: a quote inside an unquoted field; quote the whole field "
                            "and double the inner quotes")
                             .arg(line);
                return false;
            }
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF files: the \n that follows ends the record.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted) {
                *error = tr("line %1: text after the closing quote of a field").arg(line);
                return false;
            }
            field += c;
        }
    }
    if (inQuotes) {
        *error = tr("line %1: a quoted field is never closed").arg(record.line);
        return false;
    }
    if (!field.isEmpty() || fieldWasQuoted || !record.fields.isEmpty())
        endRecord();

    if (records.isEmpty()) {
        *error = hasHeader ? tr("the file is empty; the first line must name the columns")
                           : tr("the file is empty");
        return false;
    }
    table->header.clear();
    if (hasHeader) {
        for (const QString &name : records.first().fields)
            table->header << name.trimmed();
        records.removeFirst();
    }
    table->records = std::move(records);
    return true;
}

} // namespace ws
