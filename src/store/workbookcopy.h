// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlDatabase;

namespace ws::WorkbookCopy {

/** Whether a target that already holds rows may be emptied first. */
enum class Existing { Refuse, Replace };

/** Copies every row of every table of the workbook @p from into the workbook @p to (a file or
    a server, either way), in one transaction of @p to: the target then holds exactly the
    source's rows, ids included, or, on any failure, what it held before. A target that holds
    rows is refused unless @p existing says to replace them. The server's own marks in the
    setting table are neither copied nor replaced. Returns an empty string on success,
    otherwise the reason; @p rows counts the rows written. */
QString copy(QSqlDatabase &from, QSqlDatabase &to, Existing existing, qint64 *rows = nullptr);

/** The tables a copy carries, parents before children: the workbook's tables and the results
    `results --refresh` stored, so that their status stays what it was. */
const QStringList &copiedTables();

} // namespace ws::WorkbookCopy
