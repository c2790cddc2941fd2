// SPDX-License-Identifier: MIT
#include "databasefile.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cstring>

#include <sys/stat.h>

namespace ws {

namespace {

// Offsets in the 100-byte database header (sqlite.org/fileformat.html §1.3).
constexpr int headerSize = 100;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr char sqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

// QFileInfo tells a regular file from the rest but not what the rest is; stat() does, and it
// never opens the path, which for a pipe would block until a writer came.
DatabaseFileInfo::Special specialKind(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return DatabaseFileInfo::Special::Other;
    if (S_ISFIFO(status.st_mode))
        return DatabaseFileInfo::Special::Pipe;
    if (S_ISCHR(status.st_mode))
        return DatabaseFileInfo::Special::CharacterDevice;
    if (S_ISBLK(status.st_mode))
        return DatabaseFileInfo::Special::BlockDevice;
    if (S_ISSOCK(status.st_mode))
        return DatabaseFileInfo::Special::Socket;
    return DatabaseFileInfo::Special::Other;
}

} // namespace

DatabaseFileInfo inspectDatabaseFile(const QString &path, int supportedVersion)
{
    DatabaseFileInfo info;
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists()) {
        info.kind = DatabaseFileInfo::Kind::Missing;
        return info;
    }
    if (fileInfo.isDir()) {
        info.kind = DatabaseFileInfo::Kind::Unreadable;
        return info;
    }
    if (!fileInfo.isFile()) {
        info.kind = DatabaseFileInfo::Kind::NotAFile;
        info.special = specialKind(path);
        return info;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.kind = DatabaseFileInfo::Kind::Unreadable;
        return info;
    }
    const QByteArray header = file.read(headerSize);
    if (header.isEmpty() && fileInfo.size() == 0) {
        info.kind = DatabaseFileInfo::Kind::Empty;
        return info;
    }
    if (header.size() < headerSize || std::memcmp(header.constData(), sqliteMagic, 16) != 0) {
        info.kind = DatabaseFileInfo::Kind::NotSqlite;
        return info;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    info.userVersion = static_cast<int>(qFromBigEndian<quint32>(bytes + userVersionOffset));
    info.applicationId = qFromBigEndian<quint32>(bytes + applicationIdOffset);
    if (info.applicationId != waferShareApplicationId)
        info.kind = DatabaseFileInfo::Kind::ForeignSqlite;
    else if (info.userVersion > supportedVersion || info.userVersion < 0)
        info.kind = DatabaseFileInfo::Kind::NewerSchema;
    else
        info.kind = DatabaseFileInfo::Kind::WaferShare;
    return info;
}

QString DatabaseFileInfo::refusal(const QString &path, int supportedVersion) const
{
    const QString name = QFileInfo(path).absoluteFilePath();
    switch (kind) {
    case Kind::Missing:
    case Kind::Empty:
    case Kind::WaferShare:
        return {};
    case Kind::NewerSchema:
        return tr("%1 was written by a newer WaferShare (schema version %2; this program reads up "
                  "to %3). It was left unchanged; open it with a newer WaferShare.")
            .arg(name)
            .arg(userVersion)
            .arg(supportedVersion);
    case Kind::ForeignSqlite:
        return tr("%1 is a SQLite database of another program, not a WaferShare workbook "
                  "(application id %2). It was left unchanged.")
            .arg(name)
            .arg(applicationId);
    case Kind::NotSqlite:
        return tr("%1 is not a SQLite database, so it cannot be a WaferShare workbook. It was left "
                  "unchanged.")
            .arg(name);
    case Kind::Unreadable:
        return tr("%1 cannot be read: it is a folder or you lack permission to read it.").arg(name);
    case Kind::NotAFile: {
        QString what;
        switch (special) {
        case Special::Pipe:
            what = tr("a named pipe (FIFO)");
            break;
        case Special::CharacterDevice:
            what = tr("a character device");
            break;
        case Special::BlockDevice:
            what = tr("a block device");
            break;
        case Special::Socket:
            what = tr("a socket");
            break;
        case Special::None:
        case Special::Other:
            what = tr("something other than a regular file");
            break;
        }
        return tr("%1 is %2, not a workbook file. Nothing was read from it; give the path of a "
                  ".sqlite workbook instead.")
            .arg(name, what);
    }
    }
    return {};
}

} // namespace ws
