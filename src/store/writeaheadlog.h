// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ws {

/** The committed part of a SQLite write-ahead log (sqlite.org/fileformat.html §4), read the way
    SQLite's own recovery reads it, so that a log can be judged before SQLite replays it into a
    database file. */
class WriteAheadLog
{
public:
    /** Parses the log in @p bytes. A log with a broken header, or whose frames fail their salts or
        checksums, keeps only what SQLite would replay: the frames up to the last valid commit. */
    static WriteAheadLog parse(const QByteArray &bytes);

    /** True when SQLite would replay something from this log into its database. */
    bool hasCommittedFrames() const { return !mFrameOffsets.isEmpty(); }
    /** The page size the log was written with; 0 when its header is not valid. */
    int pageSize() const { return mPageSize; }
    /** How many pages the database holds after the last committed transaction. */
    quint32 databasePages() const { return mDatabasePages; }

    /** The highest page number a committed frame writes. */
    quint32 largestPage() const;

    /** @p database (a database file's bytes) as SQLite would leave it after replaying the log:
        every committed frame written over its page, the file cut or grown to the size of the last
        commit. Empty when the last commit claims pages that neither the file nor the log holds:
        a database grows only by pages its log carries, so such a log was not written for this
        file, and taking its word would mean allocating whatever size it names. */
    QByteArray replayOnto(QByteArray database) const;

private:
    QByteArray mBytes;
    int mPageSize = 0;
    quint32 mDatabasePages = 0;
    QList<qsizetype> mFrameOffsets; // committed frames, oldest first
};

} // namespace ws
