// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ws {

/** An open WaferShare workbook: one SQLite file with foreign keys on, WAL and a busy timeout.
    Opening refuses files that are not ours before SQLite touches them. */
class Database
{
public:
    /** Why an open failed; the command line maps these to exit codes. */
    enum class Failure { None, Refused, Broken };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        Failure failure = Failure::None;
        QString error; // names the file and the reason
    };

    /** Opens @p path, creating it from the default data set when nothing is there yet, and
        migrating an older schema. A file that is not a WaferShare workbook, or is newer than
        this program, is refused and left byte for byte as it was. */
    static OpenResult open(const QString &path);

    /** What opening a server workbook that holds no rows yet does. */
    enum class EmptyServer { FillWithDefaults, LeaveEmpty };

    /** Opens the workbook on the PostgreSQL server that @p address names (a libpq URI or
        key/value string; credentials as libpq finds them). The database must hold the schema
        `server init` creates; one that holds no rows yet is filled from the default data set,
        as a new file is, unless @p empty says to leave it for a copy. A role that may not
        change the rows opens it read-only. open() comes here for a server address. */
    static OpenResult openServer(const QString &address,
                                 EmptyServer empty = EmptyServer::FillWithDefaults);

    /** Connects to the server @p address names and creates the schema and the roles
        wafershare_analyst and wafershare_reader (`server init`). Returns an empty string on
        success, otherwise a sentence naming the server and the reason. */
    static QString initialiseServer(const QString &address);

    /** Fills a new, empty workbook (schema only) inside one transaction; returns an empty string
        on success, otherwise the reason. */
    using Filler = std::function<QString(QSqlDatabase &)>;

    /** Creates a new workbook at @p path filled by @p fill, for `import --all`. Refuses a path
        where a file already is. Like every new workbook it is built beside its place and moved
        there only when complete. A server address is filled the same way: the workbook is
        built in a scratch file and copied over in one transaction, into a server workbook
        that holds no rows yet. */
    static OpenResult create(const QString &path, const Filler &fill);
    /** create(), replacing a workbook at @p path when @p replace is true (`copy --replace`);
        the old file is removed only once the new one is complete. */
    static OpenResult create(const QString &path, const Filler &fill, bool replace);

    /** Creates a new workbook from the default data set at @p path, replacing a workbook that
        is there (File ▸ New, after the user agreed to replace it). The old file is removed
        only once the new one is complete. */
    static OpenResult createReplacing(const QString &path);

    /** Writes a consistent copy of the open workbook to @p target (VACUUM INTO), replacing a
        file that is there once the copy is complete; edits may go on meanwhile. Returns an
        empty string on success, otherwise the reason. */
    QString saveCopy(const QString &target) const;

    /** Where the default workbook lives: wafershare.sqlite in the platform's app-data folder. */
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    /** The workbook's file, or for a server workbook its address without a password. */
    QString path() const { return mPath; }
    /** True for a workbook on a PostgreSQL server. */
    bool isServer() const { return mServer; }
    int schemaVersion() const;
    /** True when the file was opened read-only (its owner may not write it, or its folder cannot
        be written): every change is refused. */
    bool isReadOnly() const { return mReadOnly != ReadOnly::No; }
    /** Why the workbook is read-only, as the end of a sentence ("the file is read-only"); empty
        when it is not. */
    QString readOnlyReason() const;

    /** What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` report; empty when the file
        is sound. */
    QStringList integrityProblems() const;
    /** True when opening skipped integrity_check because the same bytes passed it before
        (CheckedWorkbooks); false when it ran. */
    bool integrityCheckRemembered() const { return mCheckRemembered; }

private:
    enum class ReadOnly { No, File, Folder, Role };

    Database(QString path, QString connectionName, ReadOnly readOnly, bool server = false);
    static OpenResult openExisting(const QString &path);
    static OpenResult createFromDefaults(const QString &path);
    static OpenResult build(const QString &path, const Filler &fill, bool replace = false);
    static OpenResult createOnServer(const QString &address, const Filler &fill, bool replace);
    static QString configure(QSqlDatabase &db, bool readOnly);

    QString mPath;
    QString mConnectionName;
    ReadOnly mReadOnly = ReadOnly::No;
    bool mCheckRemembered = false;
    bool mServer = false;
    QString mRole; // the server role a read-only server workbook was opened as

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::Database)
};

} // namespace ws
