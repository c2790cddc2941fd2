// SPDX-License-Identifier: MIT
#include "csvtable.h"

#include <QCoreApplication>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::CsvTable", text);
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}

} // namespace

bool CsvTable::parse(const QString &input, CsvTable *table, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

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
        } else if (c == QLatin1Char(',')) {
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
        *error = tr("the file is empty; the first line must name the columns");
        return false;
    }
    table->header.clear();
    for (const QString &name : records.first().fields)
        table->header << name.trimmed();
    records.removeFirst();
    for (const Record &r : records) {
        if (r.fields.size() != table->header.size()) {
            *error = tr("line %1: %2 fields where the header has %3")
                         .arg(r.line)
                         .arg(r.fields.size())
                         .arg(table->header.size());
            return false;
        }
    }
    table->records = records;
    return true;
}

QString CsvTable::quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace ws
