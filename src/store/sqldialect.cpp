// SPDX-License-Identifier: MIT
#include "sqldialect.h"

#include "serverschema.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
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
