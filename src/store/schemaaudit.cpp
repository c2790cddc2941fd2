// SPDX-License-Identifier: MIT
#include "schemaaudit.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ws {

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql; // with runs of white space made one space: a reformatted statement is the same
};

using Schema = QHash<QString, SchemaObject>; // by type and name

QString key(const QString &type, const QString &name)
{
    return type + QLatin1Char('\n') + name;
}

Schema readSchema(const QSqlDatabase &db, bool *ok)
{
    Schema schema;
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    while (*ok && query.next()) {
        SchemaObject object { query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString().simplified() };
        schema.insert(key(object.type, object.name), object);
    }
    return schema;
}

// What the migrations up to @p version create, learnt by running them into an empty database in
// memory: the statements themselves are the only description, and they never change for a
// version, so each version is run once per process.
Schema expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    const QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;

    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("wafershare-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Schema schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        bool ok = db.open() && Migrations::migrate(db, version).isEmpty();
        if (ok)
            schema = readSchema(db, &ok);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, schema);
    return schema;
}

// Tables SQLite itself makes when someone runs ANALYZE on the file: they steer the query planner
// and hold no rows of ours, so they can neither fire nor hide anything.
bool isSqliteStatistics(const SchemaObject &object)
{
    return object.type == QLatin1String("table") &&
        object.name.startsWith(QLatin1String("sqlite_stat"));
}

} // namespace

QStringList SchemaAudit::differences(const QSqlDatabase &db, int version)
{
    bool ok = false;
    const Schema actual = readSchema(db, &ok);
    if (!ok)
        return { tr("the list of schema objects (sqlite_master) cannot be read") };
    const Schema expected = expectedSchema(version);

    QStringList found;
    for (const SchemaObject &object : actual) {
        const auto ours = expected.constFind(key(object.type, object.name));
        if (ours == expected.constEnd()) {
            if (isSqliteStatistics(object))
                continue;
            if (object.type == QLatin1String("table") || object.type == QLatin1String("view"))
                found << tr("%1 %2: not created by WaferShare").arg(object.type, object.name);
            else
                found << tr("%1 %2 on %3: not created by WaferShare")
                             .arg(object.type, object.name, object.table);
        } else if (ours->table != object.table || ours->sql != object.sql) {
            found << tr("%1 %2: its definition differs from the one WaferShare creates")
                         .arg(object.type, object.name);
        }
    }
    for (const SchemaObject &object : expected) {
        if (!actual.contains(key(object.type, object.name)))
            found << tr("%1 %2: missing").arg(object.type, object.name);
    }
    found.sort(); // QHash order differs from run to run; a message should not
    return found;
}

} // namespace ws
