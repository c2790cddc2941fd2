// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace ws {

/** How long a write waits for another process that is writing the same workbook before it
    gives up and says so. Long enough for another command's edit to finish; short enough that
    a person is not left staring at a frozen window. */
constexpr int writeWaitMs = 3000;

/** Starts a write transaction at once (BEGIN IMMEDIATE) rather than at its first write, so that
    a workbook another process is writing is reported as locked before any work is done. Returns
    an empty string on success, otherwise a sentence saying why (locked, read-only). */
QString beginWrite(QSqlDatabase &db);

/** When the last statement on @p db failed because of the disk rather than the data (it is
    full, or reported an I/O error), a sentence naming the workbook file and what to do; empty
    otherwise. Ask right after the failure: the next statement replaces SQLite's error. */
QString diskProblem(const QSqlDatabase &db);

/** SQLite's error in words a user can act on: a lock held by another program, a read-only
    file, a full disk; otherwise SQLite's own text. */
QString describeSqlError(const QSqlError &error);

} // namespace ws
