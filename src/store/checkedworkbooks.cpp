// SPDX-License-Identifier: MIT
#include "checkedworkbooks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStandardPaths>

#include <memory>

#include <cstdio>

#include <xxhash.h>

#include <sys/stat.h>

namespace ws::CheckedWorkbooks {

namespace {

constexpr qsizetype kept = 200;
// XXH3's 128-bit hash: it tells bytes checked before from any others (a damaged or changed file)
// at memory speed, where a cryptographic hash took 0.15 s of every open of a large workbook; the
// keys guard against accidents, not against someone forging a file. A line of another length (an
// older program's 256-bit digests) does not count.
constexpr qsizetype hexLength = 32; // 16 bytes
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

QByteArray keyOf(XXH128_hash_t hash)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                   &XXH3_freeState);
    if (!state || XXH3_128bits_reset(state.get()) != XXH_OK)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 read;
    while ((read = file.read(chunk.data(), chunk.size())) > 0)
        XXH3_128bits_update(state.get(), chunk.constData(), static_cast<size_t>(read));
    if (read < 0)
        return {};
    return keyOf(XXH3_128bits_digest(state.get()));
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
    return keyOf(XXH3_128bits(fields.constData(), static_cast<size_t>(fields.size())));
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
