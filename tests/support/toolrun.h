// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ws::test {

/** What an outside tool (poppler's pdftotext, ImageMagick's identify…) printed and returned. */
struct ToolRun
{
    int exitCode = -1; // -1 when it did not finish within a minute
    QString out;
    QString err;
};

/** Runs @p program, as a reader of our files would, and waits for it up to a minute. */
inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun result;
    if (!process.waitForFinished(60'000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ws::test
