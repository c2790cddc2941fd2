// SPDX-License-Identifier: MIT
#pragma once

#include <QCryptographicHash>
#include <QFile>

namespace ws::test {

/** SHA-256 of the file at @p path, empty when it cannot be read: compared before and after, it
    proves a refused operation left the file byte for byte as it was. */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

/** Writes @p bytes to @p path, replacing it; false when they were not all written. */
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace ws::test
