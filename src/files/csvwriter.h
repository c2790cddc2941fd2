// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace ws {

struct DataTable;

/** The one writer of every CSV the program prints or writes (`shares`, `scenario list`,
    `benefits`, `sensitivity`, every `export`, the supply chain page's tables), so that they all
    follow the same rules:
    - RFC 4180: a field holding the delimiter, a quote, a carriage return or a line feed is
      quoted, its quotes doubled; records end with a line feed.
    - Formula injection (OWASP): a text field beginning with =, +, -, @, a tab or a carriage
      return gets a leading apostrophe so that a spreadsheet shows it as text; text that begins
      with apostrophes followed by such a character gets one more, so that the importer
      (CsvWriter::unguarded) takes exactly one off and every text reads back as written. This
      applies to standard output as well as files: output is redirected into files that are
      opened in spreadsheets, and one rule is easier to rely on than two.
    - Numbers are written as numbers: a field added with number() is never guarded, so -3.5
      stays a number.

    Build a record field by field, then take it with endRecord(). */
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    /** Appends a text field. */
    CsvWriter &text(const QString &value);
    /** Appends a number already formatted (QString::number and friends). */
    CsvWriter &number(const QString &formatted);
    /** Appends an empty field (a missing value). */
    CsvWriter &empty();
    /** The record built so far, with its line feed; starts the next one. */
    QString endRecord();

    /** A whole record of text fields, such as a header. */
    QString record(const QStringList &texts);

    /** @p table as CSV: its header, then its rows. A text cell is a text field (guarded), a
        number is printed as its column's decimals say, a null cell is empty. */
    static QString table(const DataTable &table);

    /** The bytes of a CSV file holding @p csv: UTF-8, after a byte order mark unless
        @p byteOrderMark is false. Excel reads a CSV file without one in the ANSI code page of
        Windows, so that 世芯電子 turns to mojibake; with it, Excel and LibreOffice read UTF-8,
        and the importer takes it off again. Standard output gets no mark: a pipe goes to a
        script, not to Excel, and a mark would stick to the first column's name. */
    static QByteArray fileBytes(const QString &csv, bool byteOrderMark = true);

    /** @p text as a CSV field: quoted where RFC 4180 requires it, nothing else. */
    static QString quoted(const QString &text, QChar delimiter = QLatin1Char(','));
    /** @p text with the formula guard described above. */
    static QString guarded(const QString &text);
    /** The inverse of guarded(): exactly one leading apostrophe taken off a text that guarded()
        would have written that way; any other text unchanged. */
    static QString unguarded(const QString &text);

private:
    QChar mDelimiter;
    QStringList mFields;
};

} // namespace ws
