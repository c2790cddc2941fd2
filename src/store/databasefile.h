// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws {

/** What a path holds, read from the SQLite header alone so that a file that is not ours is
    never opened, locked or given -wal/-shm side files. */
struct DatabaseFileInfo
{
    enum class Kind {
        Missing, // nothing there yet: a new workbook may be created
        Empty, // a zero-byte file, which SQLite treats as an empty database
        WaferShare, // our application id and a schema version we can read
        NewerSchema, // ours, but written by a newer program
        ForeignSqlite, // a SQLite database of another program
        NotSqlite, // not a SQLite database at all
        Unreadable, // a folder, or no permission to read
        NotAFile, // a named pipe, a device or a socket: reading it could block or never end
    };

    /** What a NotAFile path is, for the message. */
    enum class Special { None, Pipe, CharacterDevice, BlockDevice, Socket, Other };

    Kind kind = Kind::Missing;
    int userVersion = 0;
    quint32 applicationId = 0;
    Special special = Special::None;

    /** A sentence naming the file and why it is refused; empty for usable kinds. */
    QString refusal(const QString &path, int supportedVersion) const;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::DatabaseFileInfo)
};

/** The value of `PRAGMA application_id` in every WaferShare workbook ("WAFR"). */
constexpr quint32 waferShareApplicationId = 0x57414652;

/** Reads the first 100 bytes of @p path (the SQLite header) and classifies the file. */
DatabaseFileInfo inspectDatabaseFile(const QString &path, int supportedVersion);

} // namespace ws
