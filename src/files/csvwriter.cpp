// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "datatable.h"

#include <QLocale>

namespace ws {

namespace {

bool isFormulaTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
        c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Text that a spreadsheet would read as a formula once its leading apostrophes were taken off:
// ^'*[=+\-@\t\r]. Guarding every such text (not only the bare trigger) keeps the guard
// reversible.
bool needsGuard(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaTrigger(text.at(i));
}

// Fixed decimals, without the sign of a value that rounds to zero ("-0.0").
QString fixedText(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('-')) && text.count(QLatin1Char('0')) == text.size() - 2)
        text.remove(0, 1);
    return text;
}

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QChar delimiter)
    : mDelimiter(delimiter)
{
}

CsvWriter &CsvWriter::text(const QString &value)
{
    mFields << quoted(guarded(value), mDelimiter);
    return *this;
}

CsvWriter &CsvWriter::number(const QString &formatted)
{
    mFields << quoted(formatted, mDelimiter);
    return *this;
}

CsvWriter &CsvWriter::empty()
{
    mFields << QString();
    return *this;
}

QString CsvWriter::endRecord()
{
    QString line = mFields.join(mDelimiter);
    line += QLatin1Char('\n');
    mFields.clear();
    return line;
}

QString CsvWriter::record(const QStringList &texts)
{
    for (const QString &text : texts)
        this->text(text);
    return endRecord();
}

QString CsvWriter::table(const DataTable &table)
{
    CsvWriter csv;
    QString text = csv.record(table.columnNames());
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const DataColumn &column = table.columns[c];
            const QVariant value = row.value(c);
            const bool number = value.typeId() == QMetaType::Double || isInteger(value);
            if (value.isNull())
                csv.empty();
            else if (column.kind == DataColumn::Kind::Text || !number)
                csv.text(value.toString());
            else if (column.decimals >= 0)
                csv.number(fixedText(value.toDouble(), column.decimals));
            else if (isInteger(value))
                csv.number(value.toString());
            else if (column.decimals == DataColumn::shortest)
                csv.number(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
            else
                csv.number(QString::number(value.toDouble(), 'g', 12));
        }
        text += csv.endRecord();
    }
    return text;
}

QByteArray CsvWriter::fileBytes(const QString &csv, bool byteOrderMark)
{
    const QByteArray bytes = csv.toUtf8();
    return byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") + bytes : bytes;
}

QString CsvWriter::quoted(const QString &text, QChar delimiter)
{
    if (!text.contains(delimiter) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::guarded(const QString &text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}

QString CsvWriter::unguarded(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && needsGuard(text.mid(1)))
        return text.mid(1);
    return text;
}

} // namespace ws
