// SPDX-License-Identifier: MIT
#include "commandcontext.h"

#include "files/outputfile.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

CommandContext::CommandContext(QTextStream &out, QTextStream &err)
    : mOut(out)
    , mErr(err)
{
}

int CommandContext::usageError(const QString &message)
{
    mErr << "wafershare: " << message << '\n'
         << QCoreApplication::translate("ws::CommandLine",
                                        "Run 'wafershare help' for the commands and their options.")
         << '\n';
    mErr.flush();
    return UsageError;
}

int CommandContext::dataError(const QString &message)
{
    mErr << "wafershare: " << message << '\n';
    mErr.flush();
    return DataError;
}

QCommandLineOption CommandContext::dbOption()
{
    return { QStringLiteral("db"),
             QCoreApplication::translate(
                 "ws::CommandLine",
                 "The workbook <file>; created from the default data set when it does not "
                 "exist. A PostgreSQL server address (postgresql://user@host:port/dbname) "
                 "opens a team workbook. Default: the app's own workbook."),
             QStringLiteral("file") };
}

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments,
                          Positionals positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    // argv[0] is the program and argv[1] the command; QCommandLineParser skips only the first.
    if (!parser.parse(arguments.mid(1)))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        mOut << parser.helpText();
        mOut.flush();
        return Success;
    }
    if (positionals == Positionals::Refused && !parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("ws::CommandLine", "unexpected argument '%1'")
                              .arg(parser.positionalArguments().first()));
    return -1;
}

int CommandContext::refuseOutputOntoWorkbook(const QCommandLineParser &parser, const QString &out)
{
    const QString workbook = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                : Database::defaultPath();
    if (const QString problem = OutputFile::targetProblem(out, workbook); !problem.isEmpty())
        return dataError(problem);
    return -1;
}

std::unique_ptr<Database> CommandContext::openDatabase(const QCommandLineParser &parser,
                                                       int *exitCode)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    if (!opened.database)
        *exitCode = dataError(opened.error);
    return std::move(opened.database);
}

std::optional<ScenarioForecast> CommandContext::loadScenario(const QCommandLineParser &parser,
                                                             int *exitCode)
{
    return loadScenario(parser, parser.value(QStringLiteral("scenario")), exitCode);
}

std::optional<ScenarioForecast> CommandContext::loadScenario(const QCommandLineParser &parser,
                                                             const QString &name, int *exitCode)
{
    ScenarioForecast loaded;
    loaded.database = openDatabase(parser, exitCode);
    if (!loaded.database)
        return std::nullopt;
    ForecastRepository repository(loaded.database->connection());
    const auto scenario = repository.scenarioByName(name);
    if (!scenario) {
        QStringList names;
        for (const Scenario &s : repository.scenarios())
            names << s.name;
        *exitCode =
            usageError(QCoreApplication::translate("ws::CommandLine",
                                                   "%1 has no scenario named '%2' (it "
                                                   "has: %3)")
                           .arg(loaded.database->path(), name, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    ForecastBuilder::Result built = repository.loadForecast(scenario->id);
    if (!built.problems.isEmpty()) {
        *exitCode = dataError(
            QCoreApplication::translate("ws::CommandLine", "scenario %1 cannot be computed:\n  %2")
                .arg(scenario->name, built.problems.join(QStringLiteral("\n  "))));
        return std::nullopt;
    }
    loaded.scenario = *scenario;
    loaded.input = std::move(built.input);
    return loaded;
}

ComputedForecast CommandContext::computeStoredScenario(const Database &database, int scenarioId)
{
    return ComputedForecast::compute(
        scenarioId, ForecastRepository(database.connection()).loadForecast(scenarioId));
}

std::optional<int> CommandContext::yearValue(const QCommandLineParser &parser,
                                             const QString &option)
{
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    if (ok)
        return year;
    usageError(
        QCoreApplication::translate("ws::CommandLine", "--%1 must be a year such as 2026, not '%2'")
            .arg(option, parser.value(option)));
    return std::nullopt;
}

QCommandLineOption CommandContext::metricOption()
{
    return { QStringLiteral("metric"),
             QCoreApplication::translate(
                 "ws::CommandLine",
                 "compute_wafers (the accelerators' leading-edge compute dies), "
                 "all_logic_wafers (every die, I/O dies included) or cowos_wafers (default: "
                 "compute_wafers)."),
             QStringLiteral("metric"), metricName(Metric::ComputeWafers) };
}

std::optional<Metric> CommandContext::metricValue(const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("metric"));
    const std::optional<Metric> metric = parseMetric(name);
    if (!metric)
        usageError(
            QCoreApplication::translate("ws::CommandLine", "--metric must be one of %1, not '%2'")
                .arg(metricNames(QStringLiteral(", ")), name));
    return metric;
}

QCommandLineOption CommandContext::formatOption()
{
    return { QStringLiteral("format"),
             QCoreApplication::translate("ws::CommandLine", "csv or json (default: csv)."),
             QStringLiteral("format"), QStringLiteral("csv") };
}

std::optional<QString> CommandContext::formatValue(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("csv") || format == QLatin1String("json"))
        return format;
    usageError(
        QCoreApplication::translate("ws::CommandLine", "--format must be csv or json, not '%1'")
            .arg(format));
    return std::nullopt;
}

} // namespace ws
