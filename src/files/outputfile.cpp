// SPDX-License-Identifier: MIT
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>

#include <sys/stat.h>

#include <cerrno>
#include <optional>

namespace ws {

namespace {

// A chain of links longer than this is a loop; Linux itself gives up at 40.
constexpr int maxLinkHops = 40;

// Where writing @p path would land: every symbolic link followed (QSaveFile follows them too,
// even to a file that does not exist yet), "." and ".." resolved.
QString landingPath(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hop = 0; hop < maxLinkHops; ++hop) {
        const QFileInfo link(current);
        if (!link.isSymLink())
            break;
        current = link.symLinkTarget();
    }
    const QFileInfo info(current);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(current)
                            : folder + QLatin1Char('/') + info.fileName();
}

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
};

std::optional<FileId> fileId(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileId { status.st_dev, status.st_ino };
}

struct Protected
{
    QMutex mutex;
    QHash<QString, int> paths; // absolute path → how many opens
};

Protected &openWorkbooks()
{
    static Protected registry;
    return registry;
}

} // namespace

QString OutputFile::targetProblem(const QString &target, const QString &workbookPath)
{
    if (target.isEmpty() || workbookPath.isEmpty())
        return {};
    const QString workbook = landingPath(workbookPath);
    const QString landing = landingPath(target);
    const std::optional<FileId> targetId = fileId(landing);
    // SQLite names the side files after the path it was given and, since 3.10, after the file
    // a link leads to; both are guarded.
    const struct
    {
        QString suffix;
        QString what;
    } parts[] = {
        { QString(), tr("the open workbook") },
        { QStringLiteral("-wal"), tr("the write-ahead log of the open workbook") },
        { QStringLiteral("-shm"), tr("the shared-memory file of the open workbook") },
    };
    for (const auto &part : parts) {
        const QStringList names = { workbook + part.suffix,
                                    landingPath(workbookPath + part.suffix) };
        for (const QString &name : names) {
            const std::optional<FileId> id = targetId ? fileId(name) : std::nullopt;
            const bool sameFile = landing == name ||
                (id && id->device == targetId->device && id->inode == targetId->inode);
            if (!sameFile)
                continue;
            return tr("%1 is %2 (%3); writing there would destroy the workbook. Nothing was "
                      "written; choose another file name.")
                .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()), part.what,
                     QDir::toNativeSeparators(workbook));
        }
    }
    return {};
}

QString OutputFile::openWorkbookProblem(const QString &target)
{
    Protected &registry = openWorkbooks();
    QStringList workbooks;
    {
        const QMutexLocker lock(&registry.mutex);
        workbooks = registry.paths.keys();
    }
    for (const QString &workbook : std::as_const(workbooks)) {
        if (const QString problem = targetProblem(target, workbook); !problem.isEmpty())
            return problem;
    }
    return {};
}

void OutputFile::protect(const QString &workbookPath)
{
    Protected &registry = openWorkbooks();
    const QMutexLocker lock(&registry.mutex);
    ++registry.paths[QFileInfo(workbookPath).absoluteFilePath()];
}

void OutputFile::unprotect(const QString &workbookPath)
{
    Protected &registry = openWorkbooks();
    const QMutexLocker lock(&registry.mutex);
    const QString path = QFileInfo(workbookPath).absoluteFilePath();
    const auto found = registry.paths.find(path);
    if (found != registry.paths.end() && --found.value() <= 0)
        registry.paths.erase(found);
}

QString OutputFile::write(const QString &path, const QByteArray &bytes)
{
    if (const QString problem = openWorkbookProblem(path); !problem.isEmpty())
        return problem;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // Unbuffered, so that errno still holds the reason when a write returns short.
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return describeFailure(shown, errno, file.errorString());
    qint64 written = 0;
    while (written < bytes.size()) {
        errno = 0;
        const qint64 step = file.write(bytes.constData() + written, bytes.size() - written);
        if (step <= 0) {
            const int reason = errno;
            file.cancelWriting();
            return describeFailure(shown, reason, file.errorString());
        }
        written += step;
    }
    errno = 0;
    if (!file.commit())
        return describeFailure(shown, errno, file.errorString());
    return {};
}

QString OutputFile::describeFailure(const QString &path, int errorNumber, const QString &fallback)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk holding %1 is full. Nothing was written and an earlier file of that "
                  "name is unchanged; free some space or choose another place, then try again.")
            .arg(path);
    case EACCES:
    case EPERM:
        return tr("you may not write %1 (permission denied). Nothing was written; choose another "
                  "folder, or get write permission for this one.")
            .arg(path);
    case EROFS:
        return tr("%1 is on a read-only file system. Nothing was written; choose another place.")
            .arg(path);
    case EIO:
        return tr("the disk holding %1 reported an input/output error. Nothing was written and an "
                  "earlier file of that name is unchanged; check the disk, then try again.")
            .arg(path);
    case ENOENT:
    case ENOTDIR:
        return tr("the folder of %1 does not exist. Nothing was written; choose an existing "
                  "folder.")
            .arg(path);
    case EISDIR:
        return tr("%1 is a folder. Nothing was written; choose a file name.").arg(path);
    default:
        return tr("cannot write %1: %2. Nothing was written and an earlier file of that name is "
                  "unchanged.")
            .arg(path, fallback);
    }
}

} // namespace ws
