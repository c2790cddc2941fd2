// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes opened as a workbook file, as `--db FILE` and File ▸ Open open one,
// optionally with a -wal beside it; then what `check` runs on a workbook that opened.
#include "store/database.h"
#include "store/writeaheadlog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// An input is the workbook file's bytes, then optionally this line and the bytes of its -wal.
const QByteArray walSeparator = QByteArrayLiteral("\n--wafershare-fuzz-wal--\n");

// Never deleted: libFuzzer ends the process through exit(), after Qt's own statics are gone, and
// destroying the application then crashes.
QCoreApplication *application = nullptr;
std::unique_ptr<QTemporaryDir> folder;

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_openworkbook: %s\n", what);
        std::abort();
    }
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    folder = std::make_unique<QTemporaryDir>();
    require(folder->isValid(), "a temporary folder");
    // What every process does once (the SQLite plugin, the default data, the schema each
    // migration makes) happens here, so that it is not taken for a leak of the first input.
    const QString warm = folder->filePath(QStringLiteral("warm.sqlite"));
    require(ws::Database::open(warm).database != nullptr, "a new workbook from the default data");
    require(ws::Database::open(warm).database != nullptr, "the same workbook opened again");
    QFile::remove(warm);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf(walSeparator);
    const QByteArray workbookBytes = split < 0 ? input : input.left(split);
    const QByteArray logBytes = split < 0 ? QByteArray() : input.mid(split + walSeparator.size());
    // Nothing there is a new workbook from the default data: slow, and tested elsewhere.
    if (workbookBytes.isEmpty())
        return 0;

    // The log's reading and replay alone, as the open judges a log.
    const ws::WriteAheadLog log = ws::WriteAheadLog::parse(logBytes);
    const QByteArray replayed = log.replayOnto(workbookBytes);
    if (log.hasCommittedFrames() && !replayed.isEmpty())
        require(replayed.size() == qsizetype(log.databasePages()) * log.pageSize(),
                "a replayed log leaves the file at the size of its last commit");
    require(replayed.size() <=
                qMax(workbookBytes.size(), qsizetype(log.largestPage()) * qMax(log.pageSize(), 1)),
            "a replay never grows the file beyond the pages the file and the log hold");

    const QString path = folder->filePath(QStringLiteral("fuzz.sqlite"));
    require(writeFile(path, workbookBytes), "the workbook file written");
    if (split >= 0)
        require(writeFile(path + QStringLiteral("-wal"), logBytes), "the log written");
    {
        ws::Database::OpenResult opened = ws::Database::open(path);
        require(opened.database != nullptr || !opened.error.isEmpty(),
                "a refused workbook says why");
        if (opened.database) {
            (void)opened.database->schemaVersion();
            (void)opened.database->integrityProblems();
        }
    }
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".partial") })
        QFile::remove(path + suffix);
    return 0;
}
