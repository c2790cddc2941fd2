// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QSqlDatabase;

namespace ws {

struct DataTable;

/** Reads @p table in the columns the importer reads (csvColumns), rows in stored order, with
    @p scenarioId only that scenario's stored assumption cells, as typed cells named after the
    table. Returns false and sets @p error when the table cannot be read. */
bool exportTable(QSqlDatabase &db, const QString &table, std::optional<int> scenarioId,
                 DataTable *rows, QString *error);

/** exportTable() as CSV: @p table in the columns the importer reads (csvColumns), rows in stored
   order; with @p scenarioId only that scenario's stored assumption cells. Returns false and sets
    @p error when the table cannot be read. */
bool exportTableCsv(QSqlDatabase &db, const QString &table, std::optional<int> scenarioId,
                    QString *csv, QString *error);

} // namespace ws
