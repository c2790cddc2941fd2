// SPDX-License-Identifier: MIT
#include "checkedworkbooks.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStandardPaths>

#include <cstdio>

#include <sys/stat.h>

namespace ws::CheckedWorkbooks {

namespace {

constexpr qsizetype kept = 200;
constexpr qsizetype hexLength = 64; // 32 bytes
constexpr qint64 settledSeconds = 2;

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

QByteArray identity(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    // The kernel stamps times from a clock that moves in steps of a few milliseconds: a second
    // write within the step of the last one, keeping the size, would keep the identity. A file
    // changed so recently is known by its bytes instead, until its identity has settled.
    if (QDateTime::currentSecsSinceEpoch() - qint64(status.st_ctim.tv_sec) < settledSeconds)
        return {};
    // Hashed with a prefix of its own, so that no file's bytes can have the same key.
    const QByteArray fields = QByteArrayLiteral("identity ") +
        QByteArray::number(quint64(status.st_dev)) + ' ' +
        QByteArray::number(quint64(status.st_ino)) + ' ' +
        QByteArray::number(qint64(status.st_size)) + ' ' +
        QByteArray::number(qint64(status.st_mtim.tv_sec)) + '.' +
        QByteArray::number(qint64(status.st_mtim.tv_nsec)) + ' ' +
        QByteArray::number(qint64(status.st_ctim.tv_sec)) + '.' +
        QByteArray::number(qint64(status.st_ctim.tv_nsec));
    return QCryptographicHash::hash(fields, QCryptographicHash::Blake2b_256);
}

bool contains(const QByteArray &digestOrIdentity)
{
    return !digestOrIdentity.isEmpty() && readDigests().contains(digestOrIdentity);
}

void remember(const QList<QByteArray> &digestsOrIdentities)
{
    QList<QByteArray> digests = readDigests();
    bool added = false;
    for (const QByteArray &key : digestsOrIdentities) {
        if (key.isEmpty())
            continue;
        digests.removeAll(key);
        digests << key;
        added = true;
    }
    if (!added)
        return;
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
