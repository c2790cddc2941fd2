// SPDX-License-Identifier: MIT
#include "writeaheadlog.h"

#include <QtEndian>

#include <cstring>

namespace ws {

namespace {

// sqlite.org/fileformat.html §4.1.
constexpr qsizetype headerSize = 32;
constexpr qsizetype frameHeaderSize = 24;
constexpr quint32 magicLittleEndian = 0x377f0682;
constexpr quint32 magicBigEndian = 0x377f0683;
constexpr quint32 formatVersion = 3007000;

quint32 bigEndianAt(const QByteArray &bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// SQLite's checksum over @p size bytes (a multiple of 8), continued from @p sums: the words are
// read in the byte order the log's magic number names.
void checksum(const char *data, qsizetype size, bool bigEndian, quint32 sums[2])
{
    quint32 s0 = sums[0];
    quint32 s1 = sums[1];
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 x0 =
            bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4)
                                     : qFromLittleEndian<quint32>(data + i + 4);
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
    sums[0] = s0;
    sums[1] = s1;
}

} // namespace

WriteAheadLog WriteAheadLog::parse(const QByteArray &bytes)
{
    WriteAheadLog log;
    if (bytes.size() < headerSize)
        return log;
    const quint32 magic = bigEndianAt(bytes, 0);
    if (magic != magicLittleEndian && magic != magicBigEndian)
        return log;
    const bool bigEndian = magic == magicBigEndian;
    const quint32 pageSize = bigEndianAt(bytes, 8);
    if (bigEndianAt(bytes, 4) != formatVersion || pageSize < 512 || pageSize > 65536 ||
        (pageSize & (pageSize - 1)) != 0)
        return log;
    quint32 sums[2] = { 0, 0 };
    checksum(bytes.constData(), 24, bigEndian, sums);
    if (sums[0] != bigEndianAt(bytes, 24) || sums[1] != bigEndianAt(bytes, 28))
        return log;

    log.mPageSize = static_cast<int>(pageSize);
    const quint32 salt1 = bigEndianAt(bytes, 16);
    const quint32 salt2 = bigEndianAt(bytes, 20);
    const qsizetype frameSize = frameHeaderSize + pageSize;
    QList<qsizetype> pending; // frames of a transaction whose commit frame is still to come
    for (qsizetype offset = headerSize; offset + frameSize <= bytes.size(); offset += frameSize) {
        const quint32 page = bigEndianAt(bytes, offset);
        const quint32 commitPages = bigEndianAt(bytes, offset + 4);
        if (page == 0 || bigEndianAt(bytes, offset + 8) != salt1 ||
            bigEndianAt(bytes, offset + 12) != salt2)
            break;
        checksum(bytes.constData() + offset, 8, bigEndian, sums);
        checksum(bytes.constData() + offset + frameHeaderSize, pageSize, bigEndian, sums);
        if (sums[0] != bigEndianAt(bytes, offset + 16) ||
            sums[1] != bigEndianAt(bytes, offset + 20))
            break;
        pending << offset;
        if (commitPages != 0) {
            log.mFrameOffsets += pending;
            pending.clear();
            log.mDatabasePages = commitPages;
        }
    }
    if (log.hasCommittedFrames())
        log.mBytes = bytes;
    return log;
}

quint32 WriteAheadLog::largestPage() const
{
    quint32 largest = 0;
    for (const qsizetype offset : mFrameOffsets)
        largest = qMax(largest, bigEndianAt(mBytes, offset));
    return largest;
}

QByteArray WriteAheadLog::replayOnto(QByteArray database) const
{
    if (!hasCommittedFrames())
        return database;
    const qint64 filePages = database.size() / mPageSize;
    if (qint64(mDatabasePages) > qMax(filePages, qint64(largestPage())))
        return {};
    database.resize(qsizetype(mDatabasePages) * mPageSize, '\0');
    for (const qsizetype offset : mFrameOffsets) {
        const quint32 page = bigEndianAt(mBytes, offset);
        if (page > mDatabasePages)
            continue; // cut off again by a later commit that shrank the file
        std::memcpy(database.data() + qsizetype(page - 1) * mPageSize,
                    mBytes.constData() + offset + frameHeaderSize, size_t(mPageSize));
    }
    return database;
}

} // namespace ws
