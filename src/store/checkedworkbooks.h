// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

/** The workbooks, by content, that passed SQLite's integrity_check on this machine, so that an
    unchanged workbook is not checked again on every open. The check reads and compares the whole
    file (4.5 s for 10,000 programs × 10 years); a digest of the file's bytes costs a thirtieth of
    that and says whether it is still the file that was checked. Any change to any byte, by
    whatever program, gives another digest, and the next open checks it in full.

    Reading the bytes of a large workbook still costs a tenth of a second, so a file is also
    remembered by its identity on disk: device, inode, size, and the times of its last write
    and of its last change. Any write to the file, by whatever program, moves its change time
    (ctime), which no program can set back (only the system clock can); a file whose identity
    is remembered is the file that was checked, and its bytes need not be read. (The kernel
    stamps those times in steps of a few milliseconds, so a file changed in the last two
    seconds has no identity yet and is known by its bytes.) Another
    identity (a copy, a restored backup, a write) falls back to the digest of the bytes.

    Kept in the user's cache folder, at most two hundred entries. A cache that cannot be read or
    written only makes opens check in full. */
namespace CheckedWorkbooks {

/** The digest of @p path's bytes (XXH3-128); empty when it cannot be read. */
QByteArray digest(const QString &path);

/** A key for @p path's identity on disk (see above); empty when it cannot be read or the file
    changed in the last two seconds. Never equal to a digest of bytes. */
QByteArray identity(const QString &path);

/** True when a workbook with these bytes, or this identity, passed integrity_check before. */
bool contains(const QByteArray &digestOrIdentity);

/** Records that a workbook with these bytes or identities passed integrity_check; empty keys
    are left out. */
void remember(const QList<QByteArray> &digestsOrIdentities);

/** Where the digests are kept. */
QString cachePath();

} // namespace CheckedWorkbooks

} // namespace ws
