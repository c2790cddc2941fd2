// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace ws {

/** The whole workbook as one JSON document and back: every table, every row in stored order,
    every value with its SQLite type (integer, real, text or null), so that a workbook loaded from
    its own dump holds the same rows as the original. */
namespace WorkbookJson {

/** The format's name in the document, so that another JSON file is recognised as such. */
inline constexpr char formatName[] = "wafershare-workbook";

/** Reads every table of @p db. On failure returns an empty object and sets @p error. */
QJsonObject dump(QSqlDatabase &db, QString *error);

/** Writes the rows of @p document into @p db, a workbook with the schema and no rows, in the
    caller's transaction. Returns an empty string on success, otherwise what is wrong with the
    document (its table and row). */
QString load(QSqlDatabase &db, const QJsonObject &document);

} // namespace WorkbookJson

} // namespace ws
