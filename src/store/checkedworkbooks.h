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

    Kept in the user's cache folder, at most a hundred digests. A cache that cannot be read or
    written only makes opens check in full. */
namespace CheckedWorkbooks {

/** The digest of @p path's bytes (BLAKE2b-256); empty when it cannot be read. */
QByteArray digest(const QString &path);

/** True when a workbook with these bytes passed integrity_check before. */
bool contains(const QByteArray &digest);

/** Records that a workbook with these bytes passed integrity_check. */
void remember(const QByteArray &digest);

/** Where the digests are kept. */
QString cachePath();

} // namespace CheckedWorkbooks

} // namespace ws
