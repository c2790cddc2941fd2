// SPDX-License-Identifier: MIT
#include "tableexport.h"
#include "core/translation.h"

#include "files/csvwriter.h"
#include "files/tablecolumns.h"
#include "reportedscope.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ws {

namespace {

// The shortest text that reads back as the same value.
QString csvValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

} // namespace

bool exportTableCsv(QSqlDatabase &db, const QString &table, std::optional<int> scenarioId,
                    QString *csv, QString *error)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    if (columns.isEmpty()) {
        *error = tr("there is no table named %1").arg(table);
        return false;
    }
    QStringList names;
    QStringList selected;
    for (const ColumnSpec &column : columns) {
        names << column.name;
        // An id list lives in a link table (only reported_value's programs do).
        selected << (column.type == ColumnSpec::Type::IdList ? ReportedScope::programsColumnSql()
                                                             : column.name);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Table and column names come from tablecolumns.cpp; the scenario id is bound.
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), table);
    if (scenarioId)
        sql += QStringLiteral(" WHERE scenario_id = ?");
    sql += QStringLiteral(" ORDER BY rowid");
    query.prepare(sql);
    if (scenarioId)
        query.addBindValue(*scenarioId);
    if (!query.exec()) {
        *error = tr("cannot read %1: %2").arg(table, query.lastError().text());
        return false;
    }
    // A column's declared type, not the stored value's, decides whether a field is text: a
    // note of "-3" must be guarded as text, an id of -3 written as a number.
    CsvWriter writer;
    *csv = writer.record(names);
    while (query.next()) {
        for (int c = 0; c < names.size(); ++c) {
            const QString value = csvValue(query.value(c));
            if (columns[c].type == ColumnSpec::Type::Text)
                writer.text(value);
            else
                writer.number(value);
        }
        *csv += writer.endRecord();
    }
    return true;
}

} // namespace ws
