// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

/** The one way the program writes a file of its own making (an export, a chart, a graph, a
    report, a copy of a workbook): never onto an open workbook or the files SQLite keeps beside
    it, never half. Bytes go to a temporary file beside the target, and the target is replaced
    only once every byte is on disk; a failure leaves the earlier file as it was and says what
    happened in words a user can act on. */
class OutputFile
{
public:
    /** Why @p target must not be written while @p workbookPath is the workbook: it is the
        workbook itself, its -wal or -shm file, or one of them reached through a symbolic link, a
        hard link or a detour such as "./x/../wb.sqlite". Empty when the target is safe. */
    static QString targetProblem(const QString &target, const QString &workbookPath);

    /** targetProblem() against every workbook this process has open. */
    static QString openWorkbookProblem(const QString &target);

    /** Marks @p workbookPath as open, so that write() refuses to write onto it, until
        unprotect() is called as often. */
    static void protect(const QString &workbookPath);
    static void unprotect(const QString &workbookPath);

    /** Writes @p bytes to @p path all or nothing. Returns an empty string on success, otherwise
        a sentence naming the file and the reason; the earlier file is then unchanged and no
        temporary file is left. */
    static QString write(const QString &path, const QByteArray &bytes);

    /** A sentence for a write to @p path that failed with @p errorNumber (errno): a full disk,
        a denied permission, a read-only file system. @p fallback is used for other errors. */
    static QString describeFailure(const QString &path, int errorNumber, const QString &fallback);

    Q_DECLARE_TR_FUNCTIONS(ws::OutputFile)
};

} // namespace ws
