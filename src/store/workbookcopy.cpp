// SPDX-License-Identifier: MIT
#include "workbookcopy.h"

#include "changefeed.h"
#include "migrations.h"
#include "sqldialect.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ws::WorkbookCopy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::WorkbookCopy", text);
}

// Rows per INSERT: one statement per row would cost a round trip each on a server. 200 rows of
// the widest table stay far below both backends' limits on parameters.
constexpr int rowsPerStatement = 200;

// The server's own rows of the setting table, which say what the database is, not what the
// workbook holds.
const QString serverMarks = QStringLiteral("key LIKE 'wafershare.%'");

QString rowFilter(const QString &table)
{
    return table == QLatin1String("setting") ? QStringLiteral(" WHERE NOT (%1)").arg(serverMarks)
                                             : QString();
}

qint64 rowCount(QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, rowFilter(table))) ||
        !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QStringLiteral(", ")));
}

// Writes @p pending (rows of columns, flattened) into @p table.
QString writeRows(QSqlDatabase &to, const QString &table, const QStringList &columns,
                  const QVariantList &pending)
{
    const int rows = static_cast<int>(pending.size() / columns.size());
    QSqlQuery insert(to);
    if (!insert.prepare(insertStatement(table, columns, rows)))
        return insert.lastError().text();
    for (const QVariant &value : pending)
        insert.addBindValue(value);
    return insert.exec() ? QString() : describeSqlError(insert.lastError());
}

QString copyTable(QSqlDatabase &from, QSqlDatabase &to, const QString &table, qint64 *written)
{
    const QStringList columns = SqlDialect::columnNames(from, table);
    const QStringList targetColumns = SqlDialect::columnNames(to, table);
    for (const QString &column : columns) {
        if (!targetColumns.contains(column))
            return tr("the target has no column %1.%2").arg(table, column);
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                       .arg(columns.join(QStringLiteral(", ")), table, rowFilter(table),
                            SqlDialect::storedOrder(from, table))))
        return read.lastError().text();
    QVariantList pending;
    pending.reserve(columns.size() * rowsPerStatement);
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c)
            pending << read.value(c);
        ++*written;
        if (pending.size() == columns.size() * rowsPerStatement) {
            if (const QString error = writeRows(to, table, columns, pending); !error.isEmpty())
                return error;
            pending.clear();
        }
    }
    if (read.lastError().isValid())
        return read.lastError().text();
    if (!pending.isEmpty())
        return writeRows(to, table, columns, pending);
    return {};
}

// A server's generated ids continue after the largest id copied.
QString advanceIdentities(QSqlDatabase &to)
{
    for (const QString &table : copiedTables()) {
        if (table == QLatin1String("result_run"))
            continue;
        if (const QString error = SqlDialect::advanceIdentity(to, table); !error.isEmpty())
            return error;
    }
    return {};
}

QString copyInTransaction(QSqlDatabase &from, QSqlDatabase &to, Existing existing, qint64 *rows)
{
    QSqlQuery query(to);
    // Rows go in table order, and a table that refers to itself (scenario, program) in id
    // order, which need not put a parent first: the foreign keys are checked at the commit.
    if (!query.exec(SqlDialect::isServer(to) ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                             : QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return query.lastError().text();
    const QStringList &tables = copiedTables();
    qint64 held = 0;
    QString error;
    for (const QString &table : tables) {
        held += rowCount(to, table, &error);
        if (!error.isEmpty())
            return error;
    }
    if (held > 0 && existing == Existing::Refuse)
        return tr("the target already holds a workbook; nothing was changed. Copy with "
                  "--replace to replace it.");
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (!query.exec(QStringLiteral("DELETE FROM %1%2").arg(*table, rowFilter(*table))))
            return describeSqlError(query.lastError());
    }
    for (const QString &table : tables) {
        if (const QString failed = copyTable(from, to, table, rows); !failed.isEmpty())
            return tr("cannot copy the table %1: %2").arg(table, failed);
    }
    if (SqlDialect::isServer(to)) {
        if (const QString advanced = advanceIdentities(to); !advanced.isEmpty())
            return advanced;
    }
    return ChangeFeed::announce(to); // whoever has the server workbook open reads it again
}

} // namespace

const QStringList &copiedTables()
{
    static const QStringList tables = Migrations::tables() +
        QStringList { QStringLiteral("result_run"), QStringLiteral("result_share"),
                      QStringLiteral("result_program") };
    return tables;
}

QString copy(QSqlDatabase &from, QSqlDatabase &to, Existing existing, qint64 *rows)
{
    qint64 written = 0;
    if (const QString locked = beginWrite(to); !locked.isEmpty())
        return locked;
    QString error = copyInTransaction(from, to, existing, &written);
    if (error.isEmpty()) {
        // COMMIT through a query, whose error keeps the driver's code.
        QSqlQuery commit(to);
        if (!commit.exec(QStringLiteral("COMMIT")))
            error = describeSqlError(commit.lastError());
    }
    if (!error.isEmpty()) {
        to.rollback();
        return error;
    }
    if (rows)
        *rows = written;
    return {};
}

} // namespace ws::WorkbookCopy
