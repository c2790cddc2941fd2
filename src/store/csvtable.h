// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** A parsed CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks), with the
    line each record starts on so that messages can point at it. */
struct CsvTable
{
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };

    QStringList header;
    QList<Record> records;

    /** Parses @p text. On malformed input returns false and sets @p error to "line N: reason". */
    static bool parse(const QString &text, CsvTable *table, QString *error);

    /** Quotes @p field where RFC 4180 requires it. */
    static QString quoted(const QString &field);
};

} // namespace ws
