// SPDX-License-Identifier: MIT
#include "sqldialect.h"

#include "serverschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <pwd.h>
#include <unistd.h>

namespace ws::SqlDialect {

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

int storedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (isServer(db)) {
        query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        query.addBindValue(ServerSchema::schemaVersionKey);
        if (query.exec() && query.next())
            return query.value(0).toInt();
        return -1;
    }
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList columnNames(QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != QLatin1String("stored_order"))
            names << record.fieldName(i);
    }
    return names;
}

bool hasIdColumn(const QString &table)
{
    static const QStringList withoutId = {
        QStringLiteral("assumption"),    QStringLiteral("reported_value_program"),
        QStringLiteral("node_position"), QStringLiteral("setting"),
        QStringLiteral("result_share"),  QStringLiteral("result_program"),
    };
    return !withoutId.contains(table);
}

QString storedOrder(const QSqlDatabase &db, const QString &table)
{
    if (hasIdColumn(table))
        return QStringLiteral("id");
    return isServer(db) ? QStringLiteral("stored_order") : QStringLiteral("rowid");
}

QString beginWriteStatement(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString lockRowsClause(const QSqlDatabase &db)
{
    return isServer(db) ? QStringLiteral(" FOR UPDATE") : QString();
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555") ||
        code == QLatin1String("23505");
}

bool isForeignKeyViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("787") || code == QLatin1String("23503");
}

bool isConstraintViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.size() == 5) // a server's SQLSTATE
        return code.startsWith(QLatin1String("23")) || code == QLatin1String("21000");
    bool ok = false;
    const int primary = code.toInt(&ok) & 0xFF; // SQLITE_CONSTRAINT is 19
    return ok && primary == 19;
}

QString advanceIdentity(QSqlDatabase &db, const QString &table)
{
    if (!isServer(db) || !hasIdColumn(table))
        return {};
    // The table's name comes from the program's own list, never from anything typed.
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                  "coalesce(max(id), 0) + 1, false) FROM %1")
                       .arg(table)))
        return {};
    if (query.lastError().nativeErrorCode() == QLatin1String("42501"))
        // A server set up before analysts were granted this: `server init` grants it again.
        return QCoreApplication::translate(
                   "ws::SqlDialect",
                   "your server role may not advance the ids of the table %1; ask the "
                   "workbook's owner to run wafershare server init ADDRESS again, which grants it")
            .arg(table);
    return query.lastError().text();
}

QString editorName(const QSqlDatabase &db)
{
    if (!isServer(db)) {
        // The login name the session gives, else the name of the account the process runs as
        // (a service or a container may set no USER).
        const QString user = qEnvironmentVariable("USER");
        if (!user.isEmpty())
            return user;
        const passwd *account = getpwuid(geteuid());
        return account && account->pw_name ? QString::fromLocal8Bit(account->pw_name) : QString();
    }
    // A connection's role never changes: asked once per connection.
    static QMutex guard;
    static QHash<QString, QString> roles;
    const QMutexLocker lock(&guard);
    const auto known = roles.constFind(db.connectionName());
    if (known != roles.cend())
        return *known;
    QSqlQuery query(db);
    const QString role = query.exec(QStringLiteral("SELECT current_user")) && query.next()
        ? query.value(0).toString()
        : QString();
    if (!role.isEmpty())
        roles.insert(db.connectionName(), role);
    return role;
}

QVariant editorValue(const QSqlDatabase &db)
{
    const QString name = editorName(db);
    return name.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(name);
}

} // namespace ws::SqlDialect
