// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "store/database.h"
#include "store/sqlresults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

namespace ws {

namespace {

int printStatus(CommandContext &context, const Database &database)
{
    QString error;
    const auto status = SqlResults::status(database.connection(), &error);
    if (!status)
        return context.dataError(
            tr("cannot read the results' status of %1: %2").arg(database.path(), error));
    context.out() << tr("results: %1").arg(status->status) << '\n';
    if (!status->computedAt.isEmpty())
        context.out() << tr("computed at: %1 by WaferShare %2")
                             .arg(status->computedAt, status->programVersion)
                      << '\n';
    context.out() << tr("data version of the results: %1; of the workbook: %2")
                         .arg(status->dataVersion)
                         .arg(status->workbookDataVersion)
                  << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace

int runResultsCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Says whether the computed results stored for SQL clients (the tables result_share "
           "and result_program) are current; with --refresh, computes every scenario and "
           "rewrites them in one transaction."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption(
        { QStringLiteral("refresh"), tr("Compute every scenario and rewrite the result tables.") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    int exitCode = CommandContext::Success;
    const std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    if (!parser.isSet(QStringLiteral("refresh")))
        return printStatus(context, *database);

    QElapsedTimer timer;
    timer.start();
    QSqlDatabase connection = database->connection();
    SqlResults::Summary summary;
    if (const QString error = SqlResults::refresh(connection, QDateTime::currentDateTimeUtc(),
                                                  QCoreApplication::applicationVersion(), &summary);
        !error.isEmpty())
        return context.dataError(
            tr("the results of %1 were not refreshed:\n  %2").arg(database->path(), error));
    context.out() << tr("results refreshed: %1 scenarios, %2 rows in result_share, %3 rows in "
                        "result_program, data version %4, in %5 ms")
                         .arg(summary.scenarios)
                         .arg(summary.shareRows)
                         .arg(summary.programRows)
                         .arg(summary.dataVersion)
                         .arg(timer.elapsed())
                  << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
