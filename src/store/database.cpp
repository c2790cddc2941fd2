// SPDX-License-Identifier: MIT
#include "database.h"

#include "csvimporter.h"
#include "databasefile.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::Database", text);
}

const QString driverName = QStringLiteral("QSQLITE");
constexpr int busyTimeoutMs = 5000;

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("wafershare-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens a QSQLITE connection under @p name; the caller removes it on failure.
bool openConnection(const QString &name, const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::Database(QString path, QString connectionName)
    : mPath(std::move(path))
    , mConnectionName(std::move(connectionName))
{
}

Database::~Database()
{
    closeConnection(mConnectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return { query.lastError().text() };
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << query.lastError().text();
    while (query.next()) {
        problems << tr("%1 row %2 refers to a missing row of %3")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    }
    return problems;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
        QStringLiteral("/wafershare.sqlite");
}

QString Database::configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return query.lastError().text();
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return query.lastError().text();
    return {};
}

Database::OpenResult Database::open(const QString &path)
{
    OpenResult result;
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        result.failure = Failure::Broken;
        result.error = tr("Qt's SQLite driver (QSQLITE) is not installed; on Debian install the "
                          "package libqt6sql6-sqlite.");
        return result;
    }
    const DatabaseFileInfo info = inspectDatabaseFile(path, Migrations::latestVersion());
    switch (info.kind) {
    case DatabaseFileInfo::Kind::Missing:
        return createFromDefaults(path);
    case DatabaseFileInfo::Kind::WaferShare:
        return openExisting(path);
    case DatabaseFileInfo::Kind::Empty:
        // A zero-byte file holds nothing to lose; treat it as a new workbook in that place.
        if (!QFile::remove(path)) {
            result.failure = Failure::Refused;
            result.error = tr("%1 is empty and cannot be replaced by a new workbook.")
                               .arg(QFileInfo(path).absoluteFilePath());
            return result;
        }
        return createFromDefaults(path);
    case DatabaseFileInfo::Kind::NewerSchema:
    case DatabaseFileInfo::Kind::ForeignSqlite:
    case DatabaseFileInfo::Kind::NotSqlite:
    case DatabaseFileInfo::Kind::Unreadable:
        break;
    }
    result.failure = Failure::Refused;
    result.error = info.refusal(path, Migrations::latestVersion());
    return result;
}

Database::OpenResult Database::openExisting(const QString &path)
{
    OpenResult result;
    const QString name = newConnectionName();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString error;
    if (!openConnection(name, path, &error)) {
        closeConnection(name);
        result.failure = Failure::Broken;
        result.error = tr("%1 cannot be opened: %2").arg(absolute, error);
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    error = configure(db);
    if (error.isEmpty())
        error = Migrations::migrate(db);
    if (!error.isEmpty()) {
        db = QSqlDatabase();
        closeConnection(name);
        result.failure = Failure::Broken;
        result.error = tr("%1 cannot be used: %2").arg(absolute, error);
        return result;
    }
    result.database.reset(new Database(absolute, name));
    return result;
}

Database::OpenResult Database::createFromDefaults(const QString &path)
{
    return build(path, [](QSqlDatabase &db) { return loadDefaultData(db); });
}

Database::OpenResult Database::create(const QString &path, const Filler &fill)
{
    if (QFileInfo::exists(path)) {
        OpenResult result;
        result.failure = Failure::Refused;
        result.error = tr("%1 already exists; a new workbook needs a new file name. The file was "
                          "left unchanged.")
                           .arg(QFileInfo(path).absoluteFilePath());
        return result;
    }
    return build(path, fill);
}

Database::OpenResult Database::build(const QString &path, const Filler &fill)
{
    OpenResult result;
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (!QDir().mkpath(target.absolutePath())) {
        result.failure = Failure::Broken;
        result.error =
            tr("cannot create the folder %1 for a new workbook.").arg(target.absolutePath());
        return result;
    }

    // Build the new workbook beside its final place and move it there only when complete, so
    // that a failure never leaves a half-made file under the user's name.
    const QString partial = absolute + QStringLiteral(".partial");
    for (const QString &leftover :
         { partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm") })
        QFile::remove(leftover);

    const QString name = newConnectionName();
    QString error;
    if (openConnection(name, partial, &error)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        error = configure(db);
        if (error.isEmpty())
            error = Migrations::migrate(db);
        if (error.isEmpty())
            error = fill(db);
    }
    closeConnection(name); // checkpoints the WAL into the file and removes -wal and -shm

    if (error.isEmpty() && !QFile::rename(partial, absolute))
        error = tr("cannot move the new workbook into place");
    if (!error.isEmpty()) {
        QFile::remove(partial);
        result.failure = Failure::Broken;
        result.error = tr("cannot create a new workbook at %1: %2").arg(absolute, error);
        return result;
    }
    return openExisting(absolute);
}

} // namespace ws
