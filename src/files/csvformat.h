// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>

namespace ws {

/** The text encodings a CSV file may come in. Spreadsheets write UTF-8 (often with a byte order
    mark) or, when saving "Unicode text", UTF-16 with a byte order mark. */
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE };

/** How a CSV file is written: its encoding, the character between fields and whether the first
    record names the columns. */
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool hasHeader = true;
};

/** Guesses the encoding from the byte order mark and the delimiter (comma, semicolon or tab)
    from the first records, counting only characters outside quotes. The header row is decided
    by detectHeader(), which needs to know the table's columns. */
CsvFormat detectCsvFormat(const QByteArray &bytes);

/** Decodes @p bytes, dropping a byte order mark. On bytes that are not valid in @p encoding
    returns false and names the first bad byte's offset in @p error. */
bool decodeCsvText(const QByteArray &bytes, TextEncoding encoding, QString *text, QString *error);

/** A name for the encoding, as the import wizard and messages show it ("UTF-8 with BOM"). */
QString encodingName(TextEncoding encoding);

/** A name for the delimiter ("comma", "semicolon", "tab"). */
QString delimiterName(QChar delimiter);

} // namespace ws
