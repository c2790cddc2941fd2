// SPDX-License-Identifier: MIT
#include "workbookjson.h"

#include "files/csvtable.h"
#include "files/importcheck.h"
#include "files/tablecolumns.h"
#include "migrations.h"
#include "packagecheck.h"
#include "reportedscope.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace ws::WorkbookJson {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ws::WorkbookJson", text, disambiguation, n);
}

// Every table of the schema, parents before children so that foreign keys hold while loading.
const QStringList &tableOrder = Migrations::tables();

// The schema version that first has @p table; 1 for the tables of the first schema.
int firstVersionWith(const QString &table)
{
    if (table == QLatin1String("capacity"))
        return 2;
    if (table == QLatin1String("reported_value_program"))
        return Migrations::reportedScopeVersion;
    return 1;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong: // a server's bigint of zero or more, as Qt's driver reads it
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QVariant boundValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType(QMetaType::QString));
    case QJsonValue::Double: {
        // Qt keeps a JSON number written without a fraction as an integer.
        const QVariant number = value.toVariant();
        return number.typeId() == QMetaType::Double ? QVariant(number.toDouble())
                                                    : QVariant(number.toLongLong());
    }
    case QJsonValue::Bool:
        return QVariant(value.toBool() ? 1 : 0);
    case QJsonValue::String:
        return QVariant(value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

} // namespace

QJsonObject dump(QSqlDatabase &db, QString *error)
{
    QJsonObject tables;
    for (const QString &table : tableOrder) {
        const QStringList columns = SqlDialect::columnNames(db, table);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Rows in stored order, the same from a file and a server, so that two dumps of the
        // same workbook compare equal and a load stores them alike.
        // A server's own marks (its application id and schema version) are not workbook data.
        const QString serverMarks = table == QLatin1String("setting")
            ? QStringLiteral(" WHERE key NOT LIKE 'wafershare.%'")
            : QString();
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                            .arg(columns.join(QStringLiteral(", ")), table, serverMarks,
                                 SqlDialect::storedOrder(db, table)))) {
            *error = tr("cannot read %1: %2").arg(table, query.lastError().text());
            return {};
        }
        QJsonArray rows;
        while (query.next()) {
            QJsonArray row;
            for (int c = 0; c < columns.size(); ++c)
                row.append(jsonValue(query.value(c)));
            rows.append(row);
        }
        tables.insert(
            table,
            QJsonObject { { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
                          { QStringLiteral("rows"), rows } });
    }
    const int schema = std::max(SqlDialect::storedSchemaVersion(db), 0);
    return { { QStringLiteral("format"), QLatin1String(formatName) },
             { QStringLiteral("schema_version"), schema },
             { QStringLiteral("tables"), tables } };
}

namespace {

// A JSON value as the CSV import reads a field: the same checks then apply to both.
QString fieldText(const QJsonValue &value)
{
    const QVariant bound = boundValue(value);
    if (bound.isNull() || !bound.isValid())
        return {};
    if (bound.typeId() == QMetaType::Double)
        return QString::number(bound.toDouble(), 'g', 17);
    return bound.toString();
}

QString problemText(const QString &table, const ImportProblem &problem)
{
    if (problem.line == 0)
        return tr("table %1: %2").arg(table, problem.text());
    if (problem.column.isEmpty())
        return tr("table %1, row %2: %3").arg(table).arg(problem.line).arg(problem.reason);
    return tr("table %1, row %2, column %3: %4")
        .arg(table)
        .arg(problem.line)
        .arg(problem.column, problem.reason);
}

} // namespace

QString load(QSqlDatabase &db, const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return tr("this JSON file is not a WaferShare workbook export (its \"format\" is not "
                  "\"%1\")")
            .arg(QLatin1String(formatName));
    const QJsonValue version = document.value(QStringLiteral("schema_version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()))
        return tr("the export has no whole-number \"schema_version\"; export the workbook again "
                  "with `wafershare export --all`");
    const double schema = version.toDouble();
    if (schema > Migrations::latestVersion())
        return tr("the export was written by a newer WaferShare (schema version %1; this program "
                  "reads up to %2)")
            .arg(schema)
            .arg(Migrations::latestVersion());
    if (schema < 1)
        return tr("schema version %1 is none that WaferShare writes; this program reads versions "
                  "1 to %2")
            .arg(schema)
            .arg(Migrations::latestVersion());
    if (!document.value(QStringLiteral("tables")).isObject())
        return tr("the export has no \"tables\" object");
    const QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        if (!tableOrder.contains(it.key()))
            return tr("the export has a table '%1', which a workbook does not have").arg(it.key());
    }
    // Every table the export's schema version has, even when empty: a table left out is a file
    // cut short or edited by hand, not a workbook without rows.
    QStringList missing;
    for (const QString &table : tableOrder) {
        const bool inVersion = schema >= firstVersionWith(table);
        if (inVersion && !tables.value(table).isObject())
            missing << table;
    }
    if (!missing.isEmpty())
        return tr("the export lacks the table(s) %1, which schema version %2 has; export the "
                  "workbook again with `wafershare export --all`")
            .arg(missing.join(QStringLiteral(", ")))
            .arg(schema);

    // First every check, then every write: the rows of each table go through the CSV import's
    // own checks (values, colours, assumption ranges, names), so JSON admits nothing CSV refuses.
    QStringList problems;
    QHash<QString, QStringList> columnsOf;
    for (const QString &table : tableOrder) {
        const QJsonObject content = tables.value(table).toObject();
        const QJsonArray rows = content.value(QStringLiteral("rows")).toArray();
        const QStringList known = SqlDialect::columnNames(db, table);
        QStringList columns;
        for (const QJsonValue &name : content.value(QStringLiteral("columns")).toArray()) {
            // Column names go into SQL, so only the schema's own are accepted.
            if (!known.contains(name.toString()))
                return tr("table %1: '%2' is not one of its columns").arg(table, name.toString());
            columns << name.toString();
        }
        columnsOf.insert(table, columns);
        CsvTable csv;
        csv.header = columns;
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows[r].toArray();
            if (row.size() != columns.size()) {
                problems << tr("table %1, row %2: %3 values for %4 columns")
                                .arg(table)
                                .arg(r + 1)
                                .arg(row.size())
                                .arg(columns.size());
                continue;
            }
            CsvTable::Record record;
            record.line = r + 1;
            for (int c = 0; c < columns.size(); ++c) {
                if (!boundValue(row[c]).isValid())
                    problems << tr("table %1, row %2, column %3: a value must be a number, text "
                                   "or null")
                                    .arg(table)
                                    .arg(r + 1)
                                    .arg(columns[c]);
                record.fields << fieldText(row[c]);
            }
            csv.records << record;
        }
        if (table == QLatin1String("scenario")) {
            const qsizetype id = columns.indexOf(QStringLiteral("id"));
            const qsizetype parent = columns.indexOf(QStringLiteral("parent_id"));
            QHash<qlonglong, qlonglong> parentOf;
            for (const CsvTable::Record &record : std::as_const(csv.records)) {
                if (id >= 0 && parent >= 0 && record.fields.size() == columns.size())
                    parentOf.insert(record.fields[id].toLongLong(),
                                    record.fields[parent].toLongLong());
            }
            for (const QList<qlonglong> &cycle : scenarioParentCycles(parentOf))
                problems << tr("table scenario: %1").arg(scenarioCycleText(cycle));
        }
        if (!csvTableOrder().contains(table) || csv.records.isEmpty())
            continue;
        const CheckedRecords checked =
            checkRecords(table, csv, mapColumns(csvColumns(table), csv.header));
        for (const ImportProblem &problem : checked.problems)
            problems << problemText(table, problem);
    }
    if (!problems.isEmpty()) {
        constexpr int shown = 20;
        QString text =
            tr("%n problem(s), nothing was imported:", nullptr, static_cast<int>(problems.size()));
        text += QStringLiteral("\n  ") + problems.mid(0, shown).join(QStringLiteral("\n  "));
        if (problems.size() > shown)
            text += QStringLiteral("\n  ") +
                tr("… and %n more", nullptr, static_cast<int>(problems.size() - shown));
        return text;
    }

    for (const QString &table : tableOrder) {
        const QJsonArray rows =
            tables.value(table).toObject().value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty())
            continue;
        const QStringList &columns = columnsOf[table];
        QStringList placeholders;
        for (int c = 0; c < columns.size(); ++c)
            placeholders << QStringLiteral("?");
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     placeholders.join(QStringLiteral(", ")))))
            return tr("table %1: %2").arg(table, insert.lastError().text());
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows[r].toArray();
            for (int c = 0; c < columns.size(); ++c)
                insert.bindValue(c, boundValue(row[c]));
            if (!insert.exec())
                return tr("table %1, row %2: %3")
                    .arg(table)
                    .arg(r + 1)
                    .arg(insert.lastError().databaseText());
        }
        // An export older than schema version 4 has dates without a precision; the checks above
        // have read one from each date's form, and the rows take it as a migration would.
        if (table == QLatin1String("source") &&
            !columns.contains(QStringLiteral("date_precision"))) {
            QSqlQuery derive(db);
            if (!derive.exec(QStringLiteral("UPDATE source SET date_precision = %1")
                                 .arg(Migrations::datePrecisionOfDate())))
                return tr("table source: %1").arg(derive.lastError().databaseText());
        }
    }

    // What only the whole workbook shows: the package rules, a reference to a missing row.
    for (const ImportProblem &problem : PackageCheck::programProblems(db, {}))
        problems << tr("table program: %1").arg(problem.reason);
    for (const ImportProblem &problem : PackageCheck::dieKindFieldProblems(db, {}))
        problems << tr("table assumption: %1").arg(problem.reason);
    QSqlQuery check(db);
    if (check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (check.next()) {
            problems << tr("table %1, row id %2: refers to a row of %3 that is not in the export")
                            .arg(check.value(0).toString(), check.value(1).toString(),
                                 check.value(2).toString());
        }
    }
    // Scopes of published figures, which span two tables.
    for (const ReportedScopeProblem &problem : ReportedScope::problems(db)) {
        problems << tr("table reported_value, row id %1, column %2: %3")
                        .arg(problem.reportedValueId)
                        .arg(problem.column, problem.reason);
    }
    if (!problems.isEmpty())
        return tr("%n problem(s), nothing was imported:", nullptr,
                  static_cast<int>(problems.size())) +
            QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "));
    return {};
}

} // namespace ws::WorkbookJson
