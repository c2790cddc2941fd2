// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVariant>

class QSqlDatabase;
class QSqlError;

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

/** " FOR UPDATE" on a server, where a row read with it stays locked until the commit, so that
    a row checked for a colleague's change cannot change before it is written; nothing on a
    file, whose write transaction already keeps every other writer out. */
QString lockRowsClause(const QSqlDatabase &db);

/** Whether @p error is a broken UNIQUE or PRIMARY KEY constraint: SQLite's extended codes 2067
    and 1555, the server's SQLSTATE 23505. */
bool isUniqueViolation(const QSqlError &error);
/** Whether @p error is a broken foreign key: SQLite's 787, the server's 23503. */
bool isForeignKeyViolation(const QSqlError &error);
/** Whether @p error is about the rows of the statement alone (a broken constraint), so that
    the rest of the transaction may go on: SQLite's primary code 19; on a server any integrity
    constraint (class 23) or a row an upsert would change twice (21000). */
bool isConstraintViolation(const QSqlError &error);

/** Moves a server table's id sequence past its largest id, so that a row added without one
    does not take an id that was written explicitly (a copy, an import); nothing on a file,
    where a new row takes the largest rowid plus one anyway. Returns the error, if any. */
QString advanceIdentity(QSqlDatabase &db, const QString &table);

/** Who the changes made through @p db are logged as (edit_log.changed_by): the role the
    connection logged in as on a server, the user's login name on a file; empty when unknown. */
QString editorName(const QSqlDatabase &db);
/** editorName() as a value to bind: NULL when unknown. */
QVariant editorValue(const QSqlDatabase &db);

} // namespace ws::SqlDialect
