// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/forecastengine.h"
#include "files/csvwriter.h"
#include "models/resulttables.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ws {

int runSharesCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the modelled wafers and shares of a scenario."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("year"), tr("Only the year <year> (default: every year)."),
                       QStringLiteral("year") });
    parser.addOption(CommandContext::metricOption());
    parser.addOption({ QStringLiteral("by"),
                       tr("One row per vendor or per program (default: vendor)."),
                       QStringLiteral("vendor|program"), QStringLiteral("vendor") });
    parser.addOption(CommandContext::formatOption());
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    const std::optional<Metric> metric = context.metricValue(parser);
    if (!metric)
        return CommandContext::UsageError;
    const QString by = parser.value(QStringLiteral("by"));
    if (by != QLatin1String("vendor") && by != QLatin1String("program"))
        return context.usageError(tr("--by must be vendor or program, not '%1'").arg(by));
    const std::optional<QString> formatOption = context.formatValue(parser);
    if (!formatOption)
        return CommandContext::UsageError;
    const QString format = *formatOption;
    int onlyYear = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        const std::optional<int> year = context.yearValue(parser, QStringLiteral("year"));
        if (!year)
            return CommandContext::UsageError;
        onlyYear = *year;
    }

    int exitCode = CommandContext::Success;
    const std::optional<ScenarioForecast> loaded = context.loadScenario(parser, &exitCode);
    if (!loaded)
        return exitCode;
    const ForecastInput &input = loaded->input;
    const Scenario *scenario = &loaded->scenario;
    const ForecastResult result = ForecastEngine::compute(input);

    QList<int> yearIndexes;
    for (int y = 0; y < input.years.size(); ++y) {
        if (onlyYear == 0 || input.years[y] == onlyYear)
            yearIndexes << y;
    }
    if (yearIndexes.isEmpty()) {
        QStringList years;
        for (int y : input.years)
            years << QString::number(y);
        return context.usageError(tr("scenario %1 has no year %2 (it has: %3)")
                                      .arg(scenario->name)
                                      .arg(onlyYear)
                                      .arg(years.join(QStringLiteral(", "))));
    }

    const DataTable table = by == QLatin1String("vendor")
        ? ResultTables::shares(
              input, result, *metric, yearIndexes,
              ResultTables::reportedShares(
                  ForecastRepository(loaded->database->connection()).reportedValues(), *metric))
        : ResultTables::programs(input, result, yearIndexes);
    if (DataTable *captured = context.capturedTable()) {
        *captured = table;
        return CommandContext::Success;
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (int c = 0; c < table.columns.size(); ++c)
                object.insert(table.columns[c].name, QJsonValue::fromVariant(row[c]));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        context.out() << CsvWriter::table(table);
    }
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
