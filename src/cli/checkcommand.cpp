// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/migrations.h"
#include "store/reportedscope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTextStream>

namespace ws {

int runCheckCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a workbook: schema version, integrity, "
                                        "references, row counts and the Base forecast."));
    parser.addOption(CommandContext::dbOption());
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    int exitCode = CommandContext::Success;
    const std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    Database &db = *database;

    context.out() << tr("workbook: %1").arg(db.path()) << '\n';
    context.out() << tr("schema version: %1 (this program writes %2)")
                         .arg(db.schemaVersion())
                         .arg(Migrations::latestVersion())
                  << '\n';
    QStringList problems = db.integrityProblems();
    QSqlDatabase connection = db.connection();
    for (const ReportedScopeProblem &problem : ReportedScope::problems(connection))
        problems << tr("reported_value row %1, %2: %3")
                        .arg(problem.reportedValueId)
                        .arg(problem.column, problem.reason);
    context.out() << tr("integrity: %1").arg(problems.isEmpty() ? tr("ok") : tr("FAILED")) << '\n';

    ForecastRepository repository(db.connection());
    context.out() << tr("rows:") << '\n';
    for (const auto &[table, count] : repository.rowCounts())
        context.out() << "  " << table.leftJustified(23) << count << '\n';

    QStringList forecastProblems;
    for (const Scenario &scenario : repository.scenarios()) {
        const ForecastBuilder::Result built = repository.loadForecast(scenario.id);
        for (const QString &problem : built.problems)
            forecastProblems << tr("scenario %1: %2").arg(scenario.name, problem);
    }
    context.out() << tr("scenarios: %1").arg(forecastProblems.isEmpty() ? tr("ok") : tr("FAILED"))
                  << '\n';
    context.out().flush();

    if (!problems.isEmpty() || !forecastProblems.isEmpty())
        return context.dataError(
            tr("%1 has problems:\n  %2")
                .arg(db.path(), (problems + forecastProblems).join(QStringLiteral("\n  "))));
    return CommandContext::Success;
}

} // namespace ws
