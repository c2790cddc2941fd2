// SPDX-License-Identifier: MIT
#include "csvwriter.h"

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
