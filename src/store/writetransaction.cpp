// SPDX-License-Identifier: MIT
#include "writetransaction.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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

QString beginWrite(QSqlDatabase &db)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {};
    return describeSqlError(begin.lastError());
}

} // namespace ws
