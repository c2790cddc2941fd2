// SPDX-License-Identifier: MIT
#include "tableexport.h"
#include "core/translation.h"

#include "files/csvwriter.h"
#include "files/datatable.h"
#include "files/tablecolumns.h"
#include "reportedscope.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ws {

namespace {

// A column's declared type, not the stored value's, decides whether a field is text: a note of
// "-3" stays text, an id of -3 a number.
DataColumn::Kind columnKind(ColumnSpec::Type type)
{
    switch (type) {
    case ColumnSpec::Type::Integer:
        return DataColumn::Kind::Integer;
    case ColumnSpec::Type::Real:
    case ColumnSpec::Type::AssumptionValue:
        return DataColumn::Kind::Number;
    case ColumnSpec::Type::Text:
    case ColumnSpec::Type::Color:
    case ColumnSpec::Type::IdList:
        break;
    }
    return DataColumn::Kind::Text;
}

} // namespace

bool exportTable(QSqlDatabase &db, const QString &table, std::optional<int> scenarioId,
                 DataTable *rows, QString *error)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    if (columns.isEmpty()) {
        *error = tr("there is no table named %1").arg(table);
        return false;
    }
    rows->name = table;
    rows->columns.clear();
    rows->rows.clear();
    QStringList selected;
    for (const ColumnSpec &column : columns) {
        // The shortest text that reads back as the same value.
        rows->columns << DataColumn { column.name, columnKind(column.type), DataColumn::shortest };
        // An id list lives in a link table (only reported_value's programs do).
        selected << (column.type == ColumnSpec::Type::IdList ? ReportedScope::programsColumnSql(db)
                                                             : column.name);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Table and column names come from tablecolumns.cpp; the scenario id is bound.
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), table);
    if (scenarioId)
        sql += QStringLiteral(" WHERE scenario_id = ?");
    // Rows in stored order, the same from a file and a server.
    sql += QStringLiteral(" ORDER BY ") + SqlDialect::storedOrder(db, table);
    query.prepare(sql);
    if (scenarioId)
        query.addBindValue(*scenarioId);
    if (!query.exec()) {
        *error = tr("cannot read %1: %2").arg(table, query.lastError().text());
        return false;
    }
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < columns.size(); ++c)
            row << query.value(c);
        rows->rows << row;
    }
    return true;
}

bool exportTableCsv(QSqlDatabase &db, const QString &table, std::optional<int> scenarioId,
                    QString *csv, QString *error)
{
    DataTable rows;
    if (!exportTable(db, table, scenarioId, &rows, error))
        return false;
    *csv = CsvWriter::table(rows);
    return true;
}

} // namespace ws
