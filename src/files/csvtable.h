// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** A parsed CSV file (RFC 4180: quoted fields may hold delimiters, quotes and line breaks), with
    the line each record starts on so that messages can point at it. Records keep the number of
    fields they were written with; checking that against the header is the importer's job, so
    that every short or long row can be listed, not just the first. */
struct CsvTable
{
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };

    QStringList header; // empty when the file has no header row
    QList<Record> records;
    /** Text fields may carry the leading apostrophe CsvWriter puts before text a spreadsheet
        would run as a formula, which the import checks take off. True for a CSV file; rows
        built from another format (JSON) set it false, so that their text is taken as it is. */
    bool formulaGuards = true;

    /** Parses @p text. With @p hasHeader the first record becomes the header. On text that is
        not CSV at all (an unclosed quote, a quote inside an unquoted field) returns false and
        sets @p error to "line N: reason". */
    static bool parse(const QString &text, CsvTable *table, QString *error,
                      QChar delimiter = QLatin1Char(','), bool hasHeader = true);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::CsvTable)
};

} // namespace ws
