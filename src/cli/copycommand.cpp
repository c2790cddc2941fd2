// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "files/outputfile.h"
#include "store/database.h"
#include "store/serveraddress.h"
#include "store/workbookcopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTextStream>

namespace ws {

namespace {

// Opens the source as it is: a file that is not there is an error here, not a new workbook.
Database::OpenResult openSource(const QString &from)
{
    if (!ServerAddress::isServerAddress(from) && !QFileInfo::exists(from)) {
        Database::OpenResult missing;
        missing.failure = Database::Failure::Refused;
        missing.error = tr("there is no workbook %1 to copy").arg(from);
        return missing;
    }
    return ServerAddress::isServerAddress(from)
        ? Database::openServer(from, Database::EmptyServer::LeaveEmpty)
        : Database::open(from);
}

} // namespace

int runCopyCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a whole workbook, row for row with its ids, between a file and a PostgreSQL "
           "server (either way, or file to file) in one transaction. The target is a new file, "
           "or a server workbook set up with `wafershare server init` that holds no rows yet; "
           "--replace replaces what it holds."));
    parser.addOption({ QStringLiteral("from"),
                       tr("The workbook to copy: a file, or a server address "
                          "(postgresql://user@host:port/dbname or a libpq key/value string)."),
                       QStringLiteral("workbook") });
    parser.addOption({ QStringLiteral("to"), tr("Where the copy goes: a file or a server address."),
                       QStringLiteral("workbook") });
    parser.addOption(
        { QStringLiteral("replace"), tr("Replace a workbook that is already at the target.") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return context.usageError(tr("copy needs --from and --to"));
    const bool replace = parser.isSet(QStringLiteral("replace"));
    const bool toServer = ServerAddress::isServerAddress(to);
    if (ServerAddress::withoutPassword(from) == ServerAddress::withoutPassword(to) ||
        (!toServer && !ServerAddress::isServerAddress(from) &&
         !OutputFile::targetProblem(to, from).isEmpty()))
        return context.dataError(tr("the source and the target are the same workbook %1; "
                                    "nothing was changed")
                                     .arg(ServerAddress::withoutPassword(from)));

    QElapsedTimer timer;
    timer.start();
    Database::OpenResult source = openSource(from);
    if (!source.database)
        return context.dataError(source.error);
    QSqlDatabase sourceConnection = source.database->connection();
    qint64 rows = 0;
    const WorkbookCopy::Existing existing =
        replace ? WorkbookCopy::Existing::Replace : WorkbookCopy::Existing::Refuse;
    QString shownTarget = to;
    if (toServer) {
        Database::OpenResult target = Database::openServer(to, Database::EmptyServer::LeaveEmpty);
        if (!target.database)
            return context.dataError(target.error);
        shownTarget = target.database->path();
        if (target.database->isReadOnly())
            return context.dataError(tr("%1 cannot take the copy: %2. Nothing was changed.")
                                         .arg(shownTarget, target.database->readOnlyReason()));
        QSqlDatabase targetConnection = target.database->connection();
        if (const QString error =
                WorkbookCopy::copy(sourceConnection, targetConnection, existing, &rows);
            !error.isEmpty())
            return context.dataError(
                tr("%1 was not copied to %2: %3").arg(source.database->path(), shownTarget, error));
    } else {
        if (QFileInfo::exists(to) && !replace)
            return context.dataError(tr("%1 already exists; nothing was changed. Copy with "
                                        "--replace to replace it.")
                                         .arg(QFileInfo(to).absoluteFilePath()));
        const auto fill = [&](QSqlDatabase &file) {
            return WorkbookCopy::copy(sourceConnection, file, WorkbookCopy::Existing::Refuse,
                                      &rows);
        };
        Database::OpenResult target = Database::create(to, fill, replace);
        if (!target.database)
            return context.dataError(target.error);
        shownTarget = target.database->path();
    }
    context.out() << tr("copied %1 rows from %2 to %3 in %4 ms")
                         .arg(rows)
                         .arg(source.database->path(), shownTarget)
                         .arg(timer.elapsed())
                  << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
