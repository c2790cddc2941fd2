// SPDX-License-Identifier: MIT
#include "workbookjson.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ws::WorkbookJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::WorkbookJson", text);
}

// Every table of the schema, parents before children so that foreign keys hold while loading.
const QStringList tableOrder = {
    QStringLiteral("source"),        QStringLiteral("vendor"),     QStringLiteral("program"),
    QStringLiteral("scenario"),      QStringLiteral("assumption"), QStringLiteral("reported_value"),
    QStringLiteral("capacity"),      QStringLiteral("company"),    QStringLiteral("relation"),
    QStringLiteral("node_position"), QStringLiteral("setting"),    QStringLiteral("edit_log"),
};

QStringList columnNames(QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next())
            names << query.value(1).toString();
    }
    return names;
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
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
        const QStringList columns = columnNames(db, table);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Rows in stored order, so that a workbook loaded from the dump stores them alike.
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                            .arg(columns.join(QStringLiteral(", ")), table))) {
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
    QSqlQuery version(db);
    const int schema = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
        ? version.value(0).toInt()
        : 0;
    return { { QStringLiteral("format"), QLatin1String(formatName) },
             { QStringLiteral("schema_version"), schema },
             { QStringLiteral("tables"), tables } };
}

QString load(QSqlDatabase &db, const QJsonObject &document)
{
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        return tr("this JSON file is not a WaferShare workbook export (its \"format\" is not "
                  "\"%1\")")
            .arg(QLatin1String(formatName));
    const int schema = document.value(QStringLiteral("schema_version")).toInt();
    if (schema > Migrations::latestVersion())
        return tr("the export was written by a newer WaferShare (schema version %1; this program "
                  "reads up to %2)")
            .arg(schema)
            .arg(Migrations::latestVersion());
    const QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        if (!tableOrder.contains(it.key()))
            return tr("the export has a table '%1', which a workbook does not have").arg(it.key());
    }
    for (const QString &table : tableOrder) {
        const QJsonObject content = tables.value(table).toObject();
        const QJsonArray rows = content.value(QStringLiteral("rows")).toArray();
        if (rows.isEmpty())
            continue;
        const QStringList known = columnNames(db, table);
        QStringList columns;
        QStringList placeholders;
        for (const QJsonValue &name : content.value(QStringLiteral("columns")).toArray()) {
            // Column names go into SQL, so only the schema's own are accepted.
            if (!known.contains(name.toString()))
                return tr("table %1: '%2' is not one of its columns").arg(table, name.toString());
            columns << name.toString();
            placeholders << QStringLiteral("?");
        }
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     placeholders.join(QStringLiteral(", ")))))
            return tr("table %1: %2").arg(table, insert.lastError().text());
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray row = rows[r].toArray();
            if (row.size() != columns.size())
                return tr("table %1, row %2: %3 values for %4 columns")
                    .arg(table)
                    .arg(r + 1)
                    .arg(row.size())
                    .arg(columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant value = boundValue(row[c]);
                if (!value.isValid())
                    return tr("table %1, row %2, column %3: a value must be a number, text or "
                              "null")
                        .arg(table)
                        .arg(r + 1)
                        .arg(columns[c]);
                insert.bindValue(c, value);
            }
            if (!insert.exec())
                return tr("table %1, row %2: %3")
                    .arg(table)
                    .arg(r + 1)
                    .arg(insert.lastError().databaseText());
        }
    }
    return {};
}

} // namespace ws::WorkbookJson
