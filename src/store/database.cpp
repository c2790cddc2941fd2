// SPDX-License-Identifier: MIT
#include "database.h"
#include "core/translation.h"

#include "checkedworkbooks.h"
#include "csvimporter.h"
#include "databasefile.h"
#include "files/outputfile.h"
#include "migrations.h"
#include "schemaaudit.h"
#include "serveraddress.h"
#include "serverschema.h"
#include "sqldialect.h"
#include "sqlitehandle.h"
#include "workbookcopy.h"
#include "writeaheadlog.h"
#include "writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace ws {

namespace {

const QString driverName = QStringLiteral("QSQLITE");
const QString serverDriverName = QStringLiteral("QPSQL");

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("wafershare-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Opens a QSQLITE connection under @p name; the caller removes it on failure. An @p immutable
// connection reads the file as it is and never creates the -wal and -shm files beside it.
bool openConnection(const QString &name, const QString &path, bool readOnly, QString *error,
                    bool immutable = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(writeWaitMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

// Opens a QPSQL connection to @p address under @p name; the caller removes it on failure. Qt's
// driver hands libpq a key/value string of its own making, in which a URI given as the database
// name is not expanded: the address is taken apart by libpq's parser and given field by field.
// A password not in the address comes from PGPASSWORD, ~/.pgpass or a service file, as for
// every PostgreSQL client.
bool openServerConnection(const QString &name, const QString &address, QString *error)
{
    const std::optional<ServerAddress::ConnectionParts> parts =
        ServerAddress::parse(address, error);
    if (!parts)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(serverDriverName, name);
    db.setHostName(parts->host);
    db.setPort(parts->port);
    db.setUserName(parts->user);
    db.setPassword(parts->password);
    db.setDatabaseName(parts->database);
    QStringList options = parts->options;
    if (!std::any_of(options.cbegin(), options.cend(), [](const QString &option) {
            return option.startsWith(QLatin1String("application_name="));
        }))
        options << QStringLiteral("application_name='WaferShare'");
    db.setConnectOptions(options.join(QLatin1Char(' ')));
    if (!db.open()) {
        *error = db.lastError().databaseText().trimmed();
        if (error->isEmpty())
            *error = db.lastError().text();
        return false;
    }
    return true;
}

// A file whose owner may not write it is opened read-only even by a user who could (root):
// the permission says the analyst wants it left alone.
bool isReadOnlyByPermission(const QString &path)
{
    return !QFileInfo(path).permissions().testFlag(QFileDevice::WriteOwner);
}

bool isReadOnlyFile(const QString &path)
{
    return !QFileInfo(path).isWritable() || isReadOnlyByPermission(path);
}

// SQLite's primary result codes (sqlite.org/rescode.html) that say the file itself is bad, as
// opposed to its surroundings (a full disk, a folder that cannot be written, a lock).
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

struct Damage
{
    QStringList problems; // what integrity_check found wrong in a file it could read
    QSqlError error; // why it could not run at all
};

// What `PRAGMA integrity_check` finds wrong. Unlike quick_check it also compares every index
// with its table, so that an edit can never go through an index that points at the wrong row.
// It reads the whole file, as quick_check did: on a workbook of 100,000 assumptions it costs
// 0.23 s of CPU where quick_check cost 0.14 s (README, "The workbook file").
Damage damage(const QSqlDatabase &db)
{
    Damage found;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        found.error = query.lastError();
        return found;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            found.problems << line;
    }
    if (query.lastError().isValid())
        found.error = query.lastError();
    return found;
}

// The first read of a file that needs no integrity_check: SQLite opens its -wal and -shm files
// here, so that a full disk or a folder it cannot write is told as such, as after the check.
Damage firstRead(const QSqlDatabase &db)
{
    Damage found;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        found.error = query.lastError();
    return found;
}

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    return ok && (code == sqliteCorrupt || code == sqliteNotADatabase);
}

// SQLite keeps a -wal and a -shm file beside a workbook and must be able to create them; a
// folder that forbids it (permissions, a read-only mount) leaves a healthy file that can only
// be read. access(2), behind QFileInfo, also answers for root on a read-only mount.
bool isFolderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

// Space for the -shm file SQLite maps beside the workbook (32 KiB) and a first page of the log.
constexpr qint64 spaceToOpen = 64 * 1024;

bool isDiskFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < spaceToOpen;
}

// A read-only open leaves the -wal and -shm files with the workbook's permissions of that time;
// once the workbook is writable again, side files its owner may not write would make SQLite
// fall back to reading only, or fail. They are SQLite's, not the user's, so they follow the
// workbook.
void makeSideFilesWritable(const QString &path)
{
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile side(path + suffix);
        if (side.exists() && !side.permissions().testFlag(QFileDevice::WriteOwner))
            side.setPermissions(side.permissions() | QFileDevice::WriteOwner |
                                QFileDevice::WriteUser);
    }
}

QByteArray readWholeFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

// Offsets in the database header (sqlite.org/fileformat.html §1.3).
constexpr int pageSizeOffset = 16;
constexpr int writeVersionOffset = 18; // and the read version at 19: 2 means WAL
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int walMode = 2;

int headerPageSize(const QByteArray &database)
{
    const int size = qFromBigEndian<quint16>(database.constData() + pageSizeOffset);
    return size == 1 ? 65536 : size;
}

// Loads a database image into a connection in memory and says what is wrong with it as a
// WaferShare workbook: damage, or schema objects that are not ours. Empty when it is sound.
QStringList problemsOfImage(QByteArray image)
{
    // The image is read as a plain file: a header that asks for WAL would make SQLite look for a
    // log beside a database that has no file.
    image[writeVersionOffset] = 1;
    image[writeVersionOffset + 1] = 1;
    const int version =
        static_cast<int>(qFromBigEndian<quint32>(image.constData() + userVersionOffset));
    if (qFromBigEndian<quint32>(image.constData() + applicationIdOffset) != waferShareApplicationId)
        return { Database::tr("the result would not be a WaferShare workbook") };
    if (version < 1 || version > Migrations::latestVersion())
        return { Database::tr("the result would have schema version %1").arg(version) };

    QStringList problems;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        sqlite3 *handle = db.open() ? sqliteHandle(db) : nullptr;
        auto *buffer =
            handle ? static_cast<unsigned char *>(sqlite3_malloc64(image.size())) : nullptr;
        if (buffer) {
            std::memcpy(buffer, image.constData(), size_t(image.size()));
            // SQLite owns the buffer from here on, also when it refuses it.
            if (sqlite3_deserialize(handle, "main", buffer, image.size(), image.size(),
                                    SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) !=
                SQLITE_OK)
                problems << QString::fromUtf8(sqlite3_errmsg(handle));
        } else {
            problems << Database::tr("no memory to check the log");
        }
        if (problems.isEmpty()) {
            const Damage damaged = damage(db);
            if (damaged.error.isValid())
                problems << damaged.error.databaseText();
            problems << damaged.problems.mid(0, 3);
        }
        if (problems.isEmpty())
            problems << SchemaAudit::differences(db, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

// Why the -wal beside @p path must not be replayed into it; empty when it may.
//
// SQLite replays any log beside a database whose header and frame checksums are intact; nothing
// in a log names the database it was written for. So the log is judged by what replaying it
// would make, worked out on copies in memory before SQLite opens the file:
//   - a log with no committed frame is ignored by SQLite too (nothing is replayed);
//   - the workbook must be in WAL mode (header bytes 18 and 19) and use the log's page size:
//     SQLite writes a log only for a database in WAL mode, in that database's page size;
//   - the workbook with the committed frames written over its pages must be a WaferShare
//     workbook of a version we read, pass integrity_check and carry exactly our schema objects.
//     A log of another database rewrites pages that the workbook's b-trees use differently,
//     which integrity_check sees; a log whose first page has another schema, application id or
//     version is caught by the last checks.
// A log copied from a twin (a byte-for-byte copy of the same workbook) passes: its frames fit,
// and nothing in either file can tell the two apart. What it would leave is a sound workbook.
// The log and the file are read until two readings of the log agree, so that a running WaferShare
// that checkpoints meanwhile cannot make a sound pair look foreign.
QString foreignLogReason(const QString &path)
{
    const QString logPath = path + QStringLiteral("-wal");
    const QFileInfo logInfo(logPath);
    if (!logInfo.exists() || (logInfo.isFile() && logInfo.size() == 0))
        return {};
    if (!logInfo.isFile())
        return Database::tr("it is not a regular file");
    constexpr int attempts = 3;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        bool ok = false;
        const QByteArray logBytes = readWholeFile(logPath, &ok);
        if (!ok)
            return Database::tr("it cannot be read");
        const WriteAheadLog log = WriteAheadLog::parse(logBytes);
        if (!log.hasCommittedFrames())
            return {};
        const QByteArray database = readWholeFile(path, &ok);
        if (!ok || database.size() < 100)
            return Database::tr("the workbook cannot be read");
        if (readWholeFile(logPath, &ok) != logBytes)
            continue;
        if (database.at(writeVersionOffset) != walMode ||
            database.at(writeVersionOffset + 1) != walMode)
            return Database::tr("the workbook is not in WAL mode, so no log of its own can exist");
        if (headerPageSize(database) != log.pageSize())
            return Database::tr("the log's pages are %1 bytes, the workbook's %2")
                .arg(log.pageSize())
                .arg(headerPageSize(database));
        const QByteArray replayed = log.replayOnto(database);
        if (replayed.isEmpty())
            return Database::tr("it claims %1 pages, more than the workbook and the log hold")
                .arg(log.databasePages());
        const QStringList problems = problemsOfImage(replayed);
        if (problems.isEmpty())
            return {};
        return Database::tr("replaying it would leave: %1")
            .arg(problems.join(QStringLiteral("; ")));
    }
    return {}; // written to all the while: a running WaferShare has the workbook open with it
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

Database::Database(QString path, QString connectionName, ReadOnly readOnly, bool server)
    : mPath(std::move(path))
    , mConnectionName(std::move(connectionName))
    , mReadOnly(readOnly)
    , mServer(server)
{
    if (!mServer)
        OutputFile::protect(mPath);
}

Database::~Database()
{
    if (mServer) {
        closeConnection(mConnectionName);
        return;
    }
    // What this connection changed; unchanged bytes were remembered when opened.
    sqlite3 *handle = sqliteHandle(connection());
    const bool changed = handle && sqlite3_total_changes(handle) > 0;
    closeConnection(mConnectionName); // checkpoints the log into the file
    // The file was sound when opened, and what SQLite wrote since are whole transactions: the
    // next open of these bytes need not check them again. Another program's log still beside
    // it means the file alone is not the workbook.
    if (changed && QFileInfo(mPath + QStringLiteral("-wal")).size() == 0)
        CheckedWorkbooks::remember(
            { CheckedWorkbooks::digest(mPath), CheckedWorkbooks::identity(mPath) });
    OutputFile::unprotect(mPath);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return SqlDialect::storedSchemaVersion(db);
}

QString Database::readOnlyReason() const
{
    switch (mReadOnly) {
    case ReadOnly::No:
        return {};
    case ReadOnly::File:
        return tr("the file is read-only");
    case ReadOnly::Folder:
        return tr("its folder %1 cannot be written, so SQLite cannot keep its journal beside it")
            .arg(QDir::toNativeSeparators(QFileInfo(mPath).absolutePath()));
    case ReadOnly::Role:
        return tr("your server role %1 may only read it").arg(mRole);
    }
    return {};
}

QStringList Database::integrityProblems() const
{
    // A server checks every constraint at each commit and keeps its own storage sound.
    if (mServer)
        return {};
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
    if (ServerAddress::isServerAddress(path))
        return openServer(path);
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
    case DatabaseFileInfo::Kind::NotAFile:
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
    const auto fail = [&](Failure failure, const QString &message) {
        closeConnection(name);
        result.failure = failure;
        result.error = message;
        return std::move(result);
    };
    // Judged before SQLite opens the file, which replays the log it finds at once.
    if (const QString reason = foreignLogReason(path); !reason.isEmpty()) {
        return fail(Failure::Refused,
                    tr("%1 was not opened: the log %2 beside it does not belong to it (%3). "
                       "SQLite would replay it into the workbook. Both files were left "
                       "unchanged; move %2 out of this folder and open the workbook again.")
                        .arg(absolute, absolute + QStringLiteral("-wal"), reason));
    }

    // A file its owner may write on a read-only mount is read-only for its folder's sake.
    const bool folderWritable = isFolderWritable(path);
    ReadOnly readOnly = ReadOnly::No;
    if (!folderWritable && !isReadOnlyByPermission(path))
        readOnly = ReadOnly::Folder;
    else if (isReadOnlyFile(path))
        readOnly = ReadOnly::File;
    // With no log to replay the file alone is the workbook, and reading it as it is needs no
    // -shm file, which such a folder cannot take.
    const bool immutable = !folderWritable && QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    if (readOnly == ReadOnly::No)
        makeSideFilesWritable(path);

    // Says what keeps a healthy file from opening: the folder, the disk or SQLite's own words.
    // Side files this attempt made (a -shm cut short by a full disk) go again with it.
    const bool hadLog = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    const auto notOpened = [&](const QString &sqliteText) {
        closeConnection(name);
        if (!hadLog && QFileInfo(path + QStringLiteral("-wal")).size() == 0)
            QFile::remove(path + QStringLiteral("-wal"));
        if (!hadShm)
            QFile::remove(path + QStringLiteral("-shm"));
        if (!isFolderWritable(path))
            return tr("%1 cannot be opened: its folder cannot be written, so SQLite cannot create "
                      "the -wal and -shm files it keeps beside the workbook. The workbook is not "
                      "damaged and was left unchanged; copy it to a folder you can write, or "
                      "make this folder writable.")
                .arg(absolute);
        if (isDiskFull(path))
            return tr("%1 cannot be opened: the disk that holds it is full, so SQLite cannot "
                      "create the -wal and -shm files it keeps beside the workbook. The workbook "
                      "is not damaged and was left unchanged; free some space on that disk and "
                      "open it again.")
                .arg(absolute);
        return tr("%1 cannot be opened: %2. It was left unchanged.").arg(absolute, sqliteText);
    };

    QString error;
    if (!openConnection(name, path, readOnly != ReadOnly::No, &error, immutable))
        return fail(Failure::Broken, notOpened(error));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // Checked before anything is written (a migration, the journal mode), so that a damaged
    // file is refused as it is, not made worse. Bytes that passed the check before need no
    // second one; with a log beside it the file alone is not the workbook, so it is checked.
    // The file's identity first: an unchanged file need not be read to be known.
    const bool withLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const QByteArray identity = withLog ? QByteArray() : CheckedWorkbooks::identity(path);
    const bool sameFile = CheckedWorkbooks::contains(identity);
    const QByteArray digest = withLog || sameFile ? QByteArray() : CheckedWorkbooks::digest(path);
    const bool checkedBefore = sameFile || CheckedWorkbooks::contains(digest);
    {
        const Damage damaged = checkedBefore ? firstRead(db) : damage(db);
        if (damaged.error.isValid() && !isCorruption(damaged.error)) {
            db = QSqlDatabase();
            return fail(Failure::Broken, notOpened(damaged.error.databaseText()));
        }
        if (damaged.error.isValid() || !damaged.problems.isEmpty()) {
            const QStringList problems = damaged.error.isValid()
                ? QStringList { damaged.error.databaseText() }
                : damaged.problems.mid(0, 3);
            db = QSqlDatabase();
            return fail(Failure::Refused,
                        tr("%1 is damaged: SQLite's integrity_check reports %2. It was left "
                           "unchanged; restore it from a backup.")
                            .arg(absolute, problems.join(QStringLiteral("; "))));
        }
        if (!sameFile)
            CheckedWorkbooks::remember({ digest, identity });
    }
    // Before any statement that could fire a trigger: the migrations and every edit write.
    QSqlQuery version(db);
    const int fileVersion = version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
        ? version.value(0).toInt()
        : -1;
    version.finish();
    if (const QStringList foreign = SchemaAudit::differences(db, fileVersion); !foreign.isEmpty()) {
        db = QSqlDatabase();
        return fail(Failure::Refused,
                    tr("%1 was not opened: its schema is not the one WaferShare creates, and "
                       "objects someone else added could change or delete rows when it is "
                       "edited:\n  %2\nIt was left unchanged. Remove or restore these objects "
                       "with the sqlite3 shell (for example DROP TRIGGER name), or open a "
                       "backup.")
                        .arg(absolute, foreign.join(QStringLiteral("\n  "))));
    }
    error = configure(db, readOnly != ReadOnly::No);
    if (error.isEmpty() && readOnly != ReadOnly::No) {
        if (fileVersion < Migrations::latestVersion())
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
    result.database->mCheckRemembered = checkedBefore;
    return result;
}

Database::OpenResult Database::createFromDefaults(const QString &path)
{
    return build(path, [](QSqlDatabase &db) { return loadDefaultData(db); });
}

Database::OpenResult Database::create(const QString &path, const Filler &fill)
{
    if (ServerAddress::isServerAddress(path))
        return createOnServer(path, fill, false);
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

Database::OpenResult Database::create(const QString &path, const Filler &fill, bool replace)
{
    if (ServerAddress::isServerAddress(path))
        return createOnServer(path, fill, replace);
    return replace ? build(path, fill, true) : create(path, fill);
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
    if (mServer) {
        // A new file made beside the target, filled row for row from the server, and moved
        // over the target only when complete.
        QSqlDatabase server = connection();
        const OpenResult made = build(
            absolute,
            [&](QSqlDatabase &file) {
                return WorkbookCopy::copy(server, file, WorkbookCopy::Existing::Refuse);
            },
            true);
        return made.database ? QString() : made.error;
    }
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

namespace {

qint64 workbookRows(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT (SELECT count(*) FROM vendor) + (SELECT count(*) "
                                     "FROM scenario) + (SELECT count(*) FROM edit_log)")) &&
            query.next()
        ? query.value(0).toLongLong()
        : -1;
}

} // namespace

Database::OpenResult Database::openServer(const QString &address, EmptyServer empty)
{
    OpenResult result;
    const QString shown = ServerAddress::withoutPassword(address);
    if (!QSqlDatabase::isDriverAvailable(serverDriverName)) {
        result.failure = Failure::Broken;
        result.error = tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install the "
                          "package libqt6sql6-psql.");
        return result;
    }
    const QString name = newConnectionName();
    QSqlDatabase db;
    const auto fail = [&](Failure failure, const QString &message) {
        db = QSqlDatabase();
        closeConnection(name);
        result.failure = failure;
        result.error = message;
        return std::move(result);
    };
    QString error;
    if (!openServerConnection(name, address, &error))
        return fail(Failure::Broken,
                    tr("cannot connect to the workbook server %1: %2").arg(shown, error));
    db = QSqlDatabase::database(name, false);
    const ServerSchema::Inspection found = ServerSchema::inspect(db);
    if (!found.error.isEmpty() && found.state == ServerSchema::State::Empty)
        return fail(Failure::Broken, tr("%1 cannot be read: %2").arg(shown, found.error));
    switch (found.state) {
    case ServerSchema::State::Empty:
        return fail(Failure::Refused,
                    tr("%1 holds no WaferShare workbook yet. Set it up once with: "
                       "wafershare server init %1")
                        .arg(shown));
    case ServerSchema::State::Foreign:
        return fail(Failure::Refused,
                    tr("%1 is not a WaferShare workbook: it holds tables without WaferShare's "
                       "application id in its setting table. It was left unchanged.")
                        .arg(shown));
    case ServerSchema::State::NewerSchema:
        return fail(Failure::Refused,
                    tr("%1 was written by a newer WaferShare (schema version %2; this program "
                       "reads up to %3). It was left unchanged.")
                        .arg(shown)
                        .arg(found.version)
                        .arg(Migrations::latestVersion()));
    case ServerSchema::State::OlderSchema:
        return fail(Failure::Broken,
                    tr("%1 has schema version %2, which this program does not upgrade on a "
                       "server. It was left unchanged.")
                        .arg(shown)
                        .arg(found.version));
    case ServerSchema::State::WaferShare:
        break;
    }
    if (const QStringList foreign = ServerSchema::foreignObjects(db); !foreign.isEmpty())
        return fail(Failure::Refused,
                    tr("%1 was not opened: its schema is not the one WaferShare creates, and "
                       "objects someone else added could change or delete rows when it is "
                       "edited:\n  %2\nIt was left unchanged. Remove these objects with psql "
                       "(for example DROP TRIGGER name ON table).")
                        .arg(shown, foreign.join(QStringLiteral("\n  "))));
    const ReadOnly readOnly = ServerSchema::mayEdit(db) ? ReadOnly::No : ReadOnly::Role;
    if (empty == EmptyServer::FillWithDefaults && readOnly == ReadOnly::No &&
        workbookRows(db) == 0) {
        // The first analyst to open a new server workbook fills it from the default data set,
        // as the first start does for a file: built in a scratch file, then copied over in
        // one transaction. A colleague who filled it meanwhile wins; the copy then refuses.
        QTemporaryDir scratch;
        const OpenResult defaults = scratch.isValid()
            ? createFromDefaults(scratch.filePath(QStringLiteral("defaults")))
            : OpenResult { nullptr, Failure::Broken, scratch.errorString() };
        if (!defaults.database)
            return fail(Failure::Broken, defaults.error);
        QSqlDatabase file = defaults.database->connection();
        const QString filled = WorkbookCopy::copy(file, db, WorkbookCopy::Existing::Refuse);
        if (!filled.isEmpty() && workbookRows(db) == 0)
            return fail(Failure::Broken,
                        tr("%1 could not be filled with the default data: %2").arg(shown, filled));
    }
    result.database.reset(new Database(shown, name, readOnly, true));
    result.database->mRole = ServerSchema::currentRole(db);
    return result;
}

Database::OpenResult Database::createOnServer(const QString &address, const Filler &fill,
                                              bool replace)
{
    OpenResult target = openServer(address, EmptyServer::LeaveEmpty);
    if (!target.database)
        return target;
    const QString shown = target.database->path();
    const auto fail = [&](const QString &message) {
        OpenResult failed;
        failed.failure = Failure::Refused;
        failed.error = message;
        return failed;
    };
    if (target.database->isReadOnly())
        return fail(tr("%1 cannot be changed, because %2. It was left unchanged.")
                        .arg(shown, target.database->readOnlyReason()));
    QSqlDatabase server = target.database->connection();
    if (!replace && workbookRows(server) != 0)
        return fail(tr("%1 already holds a workbook; a new workbook needs an empty one (set up "
                       "with wafershare server init). It was left unchanged.")
                        .arg(shown));
    // Built in a scratch file with the file's own checks, then copied over in one transaction,
    // as the first open fills a new server workbook.
    QTemporaryDir scratch;
    const OpenResult built = scratch.isValid()
        ? build(scratch.filePath(QStringLiteral("new")), fill)
        : OpenResult { nullptr, Failure::Broken, scratch.errorString() };
    if (!built.database)
        return fail(tr("%1 was left unchanged: %2").arg(shown, built.error));
    QSqlDatabase file = built.database->connection();
    const QString copied = WorkbookCopy::copy(
        file, server, replace ? WorkbookCopy::Existing::Replace : WorkbookCopy::Existing::Refuse);
    if (!copied.isEmpty())
        return fail(tr("%1 was left unchanged: %2").arg(shown, copied));
    return target;
}

QString Database::initialiseServer(const QString &address)
{
    const QString shown = ServerAddress::withoutPassword(address);
    if (!QSqlDatabase::isDriverAvailable(serverDriverName))
        return tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install the "
                  "package libqt6sql6-psql.");
    const QString name = newConnectionName();
    QString error;
    if (!openServerConnection(name, address, &error)) {
        closeConnection(name);
        return tr("cannot connect to the workbook server %1: %2").arg(shown, error);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        error = ServerSchema::initialise(db);
    }
    closeConnection(name);
    return error.isEmpty() ? QString() : tr("%1 was not set up: %2").arg(shown, error);
}

} // namespace ws
