// SPDX-License-Identifier: MIT
#include "checkedworkbooks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStandardPaths>

#include <cstdio>

namespace ws::CheckedWorkbooks {

namespace {

constexpr qsizetype kept = 100;
constexpr qsizetype hexLength = 64; // 32 bytes

QList<QByteArray> readDigests()
{
    QFile file(cachePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> digests;
    // A hand-edited or cut-short file: only well-formed lines count.
    for (const QByteArray &line : file.read(kept * (hexLength + 1) * 2).split('\n')) {
        const QByteArray digest = QByteArray::fromHex(line.trimmed());
        if (line.trimmed().size() == hexLength && digest.size() == hexLength / 2)
            digests << digest;
    }
    return digests;
}

} // namespace

QString cachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
        QStringLiteral("/checked-workbooks");
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

bool contains(const QByteArray &digest)
{
    return !digest.isEmpty() && readDigests().contains(digest);
}

void remember(const QByteArray &digest)
{
    if (digest.isEmpty())
        return;
    QList<QByteArray> digests = readDigests();
    digests.removeAll(digest);
    digests << digest;
    if (digests.size() > kept)
        digests.remove(0, digests.size() - kept);
    const QString path = cachePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    // Written aside and renamed over the list, without syncing it to disk: a list lost or cut
    // short by a crash only makes the next open check in full, and a sync would cost every
    // closing of a workbook a disk flush.
    const QString partial = path + QStringLiteral(".new");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QByteArray text;
    for (const QByteArray &known : std::as_const(digests))
        text += known.toHex() + '\n';
    const bool written = file.write(text) == text.size();
    file.close();
    if (!written ||
        std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
            0)
        QFile::remove(partial);
}

} // namespace ws::CheckedWorkbooks
