// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace ws::SqlDialect {

/** True when @p db is a connection to a PostgreSQL server (QPSQL), false for a SQLite file. */
bool isServer(const QSqlDatabase &db);

/** The schema version the workbook says it has: `PRAGMA user_version` in a file, the
    schema-version setting row on a server; -1 when it cannot be read. */
int storedSchemaVersion(QSqlDatabase &db);

/** The columns of @p table in their stored order; a server's bookkeeping column stored_order
    is not one of them. */
QStringList columnNames(QSqlDatabase &db, const QString &table);

/** An ORDER BY list that gives @p table's rows in the order they were stored, on both
    backends alike: by id, or for a table without one by SQLite's rowid or the server's
    stored_order column, which a new row takes from a sequence as SQLite gives it the next
    rowid. A copy keeps the order, so that two dumps of the same workbook compare equal. */
QString storedOrder(const QSqlDatabase &db, const QString &table);

/** True when @p table has an id column that orders its rows. */
bool hasIdColumn(const QString &table);

/** The statement that starts a write transaction: BEGIN IMMEDIATE takes SQLite's write lock
    at once; a server locks the rows a statement touches. */
QString beginWriteStatement(const QSqlDatabase &db);

/** Who the changes made through @p db are logged as (edit_log.changed_by): the role the
    connection logged in as on a server, the user's login name on a file; empty when unknown. */
QString editorName(const QSqlDatabase &db);
/** editorName() as a value to bind: NULL when unknown. */
QVariant editorValue(const QSqlDatabase &db);

} // namespace ws::SqlDialect
