// SPDX-License-Identifier: MIT
#include "database.h"
#include "core/translation.h"

#include "csvimporter.h"
#include "databasefile.h"
#include "migrations.h"
#include "outputfile.h"
#include "writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>

namespace ws {

namespace {

const QString driverName = QStringLiteral("QSQLITE");

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("wafershare-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens a QSQLITE connection under @p name; the caller removes it on failure.
bool openConnection(const QString &name, const QString &path, bool readOnly, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(writeWaitMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// A file whose owner may not write it is opened read-only even by a user who could (root):
// the permission says the analyst wants it left alone.
bool isReadOnlyFile(const QString &path)
{
    const QFileInfo info(path);
    return !info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner);
}

// What `PRAGMA quick_check` finds wrong; empty when the file is sound. A file too damaged to
// run it at all is reported by the error SQLite gives.
QStringList damage(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return { query.lastError().databaseText() };
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.lastError().isValid())
        problems << query.lastError().databaseText();
    return problems;
}

// Removes a workbook file with the -wal and -shm files SQLite keeps beside it. False when the
// file is there and stays.
bool removeWorkbookFiles(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return false;
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return true;
}

// A new, empty file beside @p target under a name no other file has, created exclusively, so
// that the only file ever removed on failure is one this run made; a file of the user's that
// merely looks like a leftover ("wb.sqlite.partial") is never touched. Empty on failure.
QString createTemporaryBeside(const QString &target, QString *error)
{
    QTemporaryFile file(target + QStringLiteral(".XXXXXX.tmp"));
    file.setAutoRemove(false);
    if (!file.open()) {
        *error = OutputFile::describeFailure(target, errno, file.errorString());
        return {};
    }
    // QTemporaryFile makes it private to its owner; a workbook gets a workbook's permissions.
    const QFileInfo existing(target);
    file.setPermissions(existing.exists() ? existing.permissions()
                                          : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadUser | QFileDevice::WriteUser |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return file.fileName();
}

// Moves @p from over @p to in one step (rename(2)), so that @p to is at every moment either the
// old file or the complete new one.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// SQLite's error on writing @p path in the words OutputFile uses for every other file.
QString describeWriteError(const QString &path, const QSqlError &error)
{
    constexpr int sqliteIoError = 10;
    constexpr int sqliteFull = 13;
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    if (code == sqliteFull)
        return OutputFile::describeFailure(path, ENOSPC, {});
    if (code == sqliteIoError)
        return OutputFile::describeFailure(path, EIO, {});
    return describeSqlError(error);
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

Database::Database(QString path, QString connectionName, bool readOnly)
    : mPath(std::move(path))
    , mConnectionName(std::move(connectionName))
    , mReadOnly(readOnly)
{
    OutputFile::protect(mPath);
}

Database::~Database()
{
    closeConnection(mConnectionName);
    OutputFile::unprotect(mPath);
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

QString Database::configure(QSqlDatabase &db, bool readOnly)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return query.lastError().text();
    if (readOnly)
        return {};
    // Durability (README, "The workbook file"): WAL lets the app read while a command writes,
    // and synchronous = FULL syncs the log at every commit, so an edit that was acknowledged
    // survives a killed process and a power cut alike. An edit is one small transaction, so
    // the sync costs milliseconds nobody waits for.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return query.lastError().text();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
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
    const bool readOnly = isReadOnlyFile(path);
    const auto fail = [&](Failure failure, const QString &message) {
        closeConnection(name);
        result.failure = failure;
        result.error = message;
        return std::move(result);
    };
    QString error;
    if (!openConnection(name, path, readOnly, &error))
        return fail(Failure::Broken, tr("%1 cannot be opened: %2").arg(absolute, error));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // Checked before anything is written (a migration, the journal mode), so that a damaged
    // file is refused as it is, not made worse.
    const QStringList damaged = damage(db);
    if (!damaged.isEmpty()) {
        db = QSqlDatabase();
        return fail(Failure::Refused,
                    tr("%1 is damaged: SQLite's quick_check reports %2. It was left unchanged; "
                       "restore it from a backup.")
                        .arg(absolute, damaged.mid(0, 3).join(QStringLiteral("; "))));
    }
    error = configure(db, readOnly);
    if (error.isEmpty() && readOnly) {
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next() &&
            version.value(0).toInt() < Migrations::latestVersion())
            error = tr("it was written by an older WaferShare and needs an upgrade, which a "
                       "read-only file cannot take; make it writable or open a copy");
    } else if (error.isEmpty()) {
        error = Migrations::migrate(db);
    }
    if (!error.isEmpty()) {
        db = QSqlDatabase();
        return fail(Failure::Broken, tr("%1 cannot be used: %2").arg(absolute, error));
    }
    result.database.reset(new Database(absolute, name, readOnly));
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

Database::OpenResult Database::createReplacing(const QString &path)
{
    return build(
        path, [](QSqlDatabase &db) { return loadDefaultData(db); }, true);
}

QString Database::saveCopy(const QString &target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (const QString problem = OutputFile::targetProblem(target, mPath); !problem.isEmpty())
        return problem;
    // VACUUM INTO writes only into a new or empty file: the copy is made beside the target and
    // moved over it once complete, so that a failure leaves the target as it was.
    QString error;
    const QString partial = createTemporaryBeside(absolute, &error);
    if (partial.isEmpty())
        return error;
    QSqlQuery vacuum(connection());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        removeWorkbookFiles(partial);
        return describeWriteError(absolute, vacuum.lastError());
    }
    // Side files of an earlier workbook under the target's name would be read as the copy's.
    QFile::remove(absolute + QStringLiteral("-wal"));
    QFile::remove(absolute + QStringLiteral("-shm"));
    if (!replaceFile(partial, absolute)) {
        const int reason = errno;
        removeWorkbookFiles(partial);
        return OutputFile::describeFailure(absolute, reason, tr("cannot move the copy into place"));
    }
    return {};
}

Database::OpenResult Database::build(const QString &path, const Filler &fill, bool replace)
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
    QString error;
    const QString partial = createTemporaryBeside(absolute, &error);
    if (partial.isEmpty()) {
        result.failure = Failure::Broken;
        result.error = tr("cannot create a new workbook at %1: %2").arg(absolute, error);
        return result;
    }

    const QString name = newConnectionName();
    if (openConnection(name, partial, false, &error)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        error = configure(db, false);
        if (error.isEmpty())
            error = Migrations::migrate(db);
        if (error.isEmpty())
            error = fill(db);
    }
    closeConnection(name); // checkpoints the WAL into the file and removes -wal and -shm

    if (error.isEmpty() && replace) {
        // Side files of the old workbook would be read as the new one's.
        QFile::remove(absolute + QStringLiteral("-wal"));
        QFile::remove(absolute + QStringLiteral("-shm"));
        if (!replaceFile(partial, absolute))
            error = tr("cannot move the new workbook into place");
    } else if (error.isEmpty() && !QFile::rename(partial, absolute)) {
        // QFile::rename never replaces a file: one that appeared meanwhile is kept.
        error = tr("cannot move the new workbook into place");
    }
    if (!error.isEmpty()) {
        removeWorkbookFiles(partial);
        result.failure = Failure::Broken;
        result.error = tr("cannot create a new workbook at %1: %2").arg(absolute, error);
        return result;
    }
    return openExisting(absolute);
}

} // namespace ws
