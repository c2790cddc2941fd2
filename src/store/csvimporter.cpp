// SPDX-License-Identifier: MIT
#include "csvimporter.h"

#include "core/assumptionfield.h"
#include "csvtable.h"
#include "tablecolumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::CsvImporter", text);
}

// Checks one value and converts it for binding; returns a reason when the value is bad.
QString checkValue(const ColumnSpec &column, const QString &raw, const QStringList &header,
                   const QStringList &fields, QVariant *bound)
{
    const QString value = raw.trimmed();
    if (value.isEmpty()) {
        if (column.required)
            return tr("a value is required");
        *bound = QVariant();
        return {};
    }
    switch (column.type) {
    case ColumnSpec::Type::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok)
            return tr("'%1' is not a whole number").arg(raw);
        *bound = number;
        return {};
    }
    case ColumnSpec::Type::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return tr("'%1' is not a number").arg(raw);
        *bound = number;
        return {};
    }
    case ColumnSpec::Type::Color: {
        static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!hexColor.match(value).hasMatch())
            return tr("'%1' is not a colour of the form #RRGGBB").arg(raw);
        *bound = value.toUpper();
        return {};
    }
    case ColumnSpec::Type::AssumptionValue: {
        const QString fieldName = fields.value(header.indexOf(QStringLiteral("field"))).trimmed();
        const auto field = parseAssumptionField(fieldName);
        if (!field)
            return tr("the field column holds '%1', which is not an assumption field")
                .arg(fieldName);
        const QString problem = assumptionValueProblem(*field, value);
        if (!problem.isEmpty())
            return problem;
        *bound = value;
        return {};
    }
    case ColumnSpec::Type::Text:
        *bound = value;
        return {};
    }
    return {};
}

} // namespace

QString CsvImporter::insertRecords(QSqlDatabase &db, const QString &table, const CsvTable &csv,
                                   const QString &fileLabel)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    if (columns.isEmpty())
        return tr("%1: there is no table named %2").arg(fileLabel, table);

    QStringList names;
    QList<int> csvIndex;
    for (const ColumnSpec &column : columns) {
        const int index = csv.header.indexOf(column.name);
        if (index < 0 && column.required)
            return tr("%1 line 1: the header has no column '%2'").arg(fileLabel, column.name);
        names << column.name;
        csvIndex << index;
    }
    for (const QString &name : csv.header) {
        if (!names.contains(name))
            return tr("%1 line 1: '%2' is not a column of %3 (columns: %4)")
                .arg(fileLabel, name, table, names.join(QStringLiteral(", ")));
    }

    QStringList placeholders;
    for (int i = 0; i < names.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery insert(db);
    // Table and column names come from tablecolumns.cpp, never from the file; values are bound.
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")),
                                 placeholders.join(QStringLiteral(", ")))))
        return tr("%1: %2").arg(fileLabel, insert.lastError().text());

    for (const CsvTable::Record &record : csv.records) {
        for (int i = 0; i < columns.size(); ++i) {
            const QString raw = csvIndex[i] >= 0 ? record.fields[csvIndex[i]] : QString();
            QVariant bound;
            const QString problem = checkValue(columns[i], raw, csv.header, record.fields, &bound);
            if (!problem.isEmpty())
                return tr("%1 line %2, field %3: %4")
                    .arg(fileLabel)
                    .arg(record.line)
                    .arg(columns[i].name, problem);
            insert.bindValue(i, bound);
        }
        if (!insert.exec())
            return tr("%1 line %2: %3")
                .arg(fileLabel)
                .arg(record.line)
                .arg(insert.lastError().databaseText());
    }
    return {};
}

QString loadDefaultData(QSqlDatabase &db, const QString &dir)
{
    if (!db.transaction())
        return tr("cannot start loading the default data: %1").arg(db.lastError().text());
    const auto fail = [&db](const QString &reason) {
        db.rollback();
        return reason;
    };
    for (const QString &table : csvTableOrder()) {
        const QString path = dir + QLatin1Char('/') + table + QStringLiteral(".csv");
        const QString label = QStringLiteral("data/%1.csv").arg(table);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot be read (%2)").arg(label, file.errorString()));
        CsvTable csv;
        QString error;
        if (!CsvTable::parse(QString::fromUtf8(file.readAll()), &csv, &error))
            return fail(tr("%1 %2").arg(label, error));
        const QString problem = CsvImporter::insertRecords(db, table, csv, label);
        if (!problem.isEmpty())
            return fail(problem);
    }
    if (!db.commit())
        return fail(tr("cannot save the default data: %1").arg(db.lastError().text()));
    return {};
}

} // namespace ws
