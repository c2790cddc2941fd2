// SPDX-License-Identifier: MIT
#include "writetransaction.h"
#include "core/translation.h"

#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ws {

namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteFull = 13;

} // namespace

namespace {

// A server's SQLSTATE is five characters (postgresql.org/docs/current/errcodes-appendix.html);
// SQLite's codes are numbers of at most four digits.
bool isServerError(const QSqlError &error)
{
    return error.nativeErrorCode().size() == 5;
}

QString describeServerError(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return tr("your server role may only read this workbook. Nothing was changed; ask the "
                  "workbook's owner for the role %1 to edit it.")
            .arg(QStringLiteral("wafershare_analyst"));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return tr("another user was changing the same rows at the same moment. Nothing was "
                  "changed; try again.");
    if (state == QLatin1String("57014"))
        return tr("the server stopped the statement because it ran longer than the server "
                  "allows (statement_timeout). Nothing was changed.");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return tr("the connection to the server was lost. Nothing was changed; try again when "
                  "the server is back.");
    if (state == QLatin1String("53100"))
        return tr("the server's disk is full. Nothing was changed.");
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

QString describeSqlError(const QSqlError &error)
{
    if (isServerError(error))
        return describeServerError(error);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    if (ok && (code == sqliteBusy || code == sqliteLocked))
        return tr("the workbook is locked by another program that is writing it (waited %1 s). "
                  "Nothing was changed; try again when it has finished.")
            .arg(writeWaitMs / 1000.0, 0, 'g', 2);
    if (ok && code == sqliteReadOnly)
        return tr("the workbook file is read-only. Nothing was changed; save a copy with File ▸ "
                  "Save As to edit it.");
    if (ok && code == sqliteFull)
        return tr("the disk is full. Nothing was changed.");
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString diskProblem(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return {};
    switch (sqlite3_errcode(connection)) {
    case SQLITE_FULL:
        return tr("the disk holding %1 is full. Nothing was changed; free some space, then try "
                  "again.")
            .arg(db.databaseName());
    case SQLITE_IOERR:
        return tr("the disk holding %1 reported an input/output error. Nothing was changed; "
                  "check the disk, then try again.")
            .arg(db.databaseName());
    default:
        return {};
    }
}

QString beginWrite(QSqlDatabase &db)
{
    QSqlQuery begin(db);
    if (begin.exec(SqlDialect::beginWriteStatement(db)))
        return {};
    return describeSqlError(begin.lastError());
}

} // namespace ws
