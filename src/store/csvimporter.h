// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;

namespace ws {

struct CsvTable;

/** Inserts checked CSV records into a table. Every record is checked before SQLite sees it, and
    a message names the file, the line and the field of the first bad value. The caller owns the
    transaction, so that an import of several files is all-or-nothing. */
class CsvImporter
{
public:
    /** Returns an empty string on success, otherwise "FILE line N, field F: reason". */
    static QString insertRecords(QSqlDatabase &db, const QString &table, const CsvTable &csv,
                                 const QString &fileLabel);
};

/** Loads the default data set (one CSV per table under @p dir, by default the copy built into
    the program from data/) in one transaction. Returns an empty string on success. */
QString loadDefaultData(QSqlDatabase &db, const QString &dir = QStringLiteral(":/data"));

} // namespace ws
