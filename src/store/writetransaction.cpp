// SPDX-License-Identifier: MIT
#include "writetransaction.h"
#include "core/translation.h"

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

QString describeSqlError(const QSqlError &error)
{
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
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    return describeSqlError(begin.lastError());
}

} // namespace ws
