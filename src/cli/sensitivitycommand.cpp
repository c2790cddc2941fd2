// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/sensitivity.h"
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

#include <cmath>

namespace ws {

int runSensitivityCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves each input of each shipping program down and up by a step, one at a time, "
           "and prints how much each move changes one vendor's share in one year, largest "
           "swing first (the rows of a tornado chart)."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("vendor"),
                       tr("The vendor whose share is watched, any letter case (default: AWS)."),
                       QStringLiteral("name"), QStringLiteral("AWS") });
    parser.addOption({ QStringLiteral("year"), tr("The year <year> (default: 2026)."),
                       QStringLiteral("year"), QStringLiteral("2026") });
    parser.addOption(CommandContext::metricOption());
    parser.addOption({ QStringLiteral("step"),
                       tr("How far each input moves, in percent: above 0, at most 100 "
                          "(default: 20)."),
                       QStringLiteral("percent"), QStringLiteral("20") });
    parser.addOption(CommandContext::formatOption());
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    const std::optional<Metric> metric = context.metricValue(parser);
    if (!metric)
        return CommandContext::UsageError;
    const std::optional<QString> formatOption = context.formatValue(parser);
    if (!formatOption)
        return CommandContext::UsageError;
    const QString format = *formatOption;
    const std::optional<int> yearOption = context.yearValue(parser, QStringLiteral("year"));
    if (!yearOption)
        return CommandContext::UsageError;
    const int year = *yearOption;
    bool ok = false;
    const double step = parser.value(QStringLiteral("step")).toDouble(&ok);
    if (!ok || !std::isfinite(step) || !(step > 0.0 && step <= 100.0))
        return context.usageError(
            tr("--step must be a percentage above 0 and at most 100, such as 20, not '%1'")
                .arg(parser.value(QStringLiteral("step"))));

    int exitCode = CommandContext::Success;
    const std::optional<ScenarioForecast> loaded = context.loadScenario(parser, &exitCode);
    if (!loaded)
        return exitCode;
    const ForecastInput &input = loaded->input;
    const Scenario *scenario = &loaded->scenario;

    const QString vendorName = parser.value(QStringLiteral("vendor"));
    int vendorIndex = -1;
    QStringList vendorNames;
    for (int v = 0; v < input.vendors.size(); ++v) {
        vendorNames << input.vendors[v].name;
        if (input.vendors[v].name.compare(vendorName, Qt::CaseInsensitive) == 0)
            vendorIndex = v;
    }
    if (vendorIndex < 0)
        return context.usageError(
            tr("--vendor: %1 has no vendor named '%2' (it has: %3)")
                .arg(loaded->database->path(), vendorName, vendorNames.join(QStringLiteral(", "))));
    const int yearIndex = input.yearIndex(year);
    if (yearIndex < 0) {
        QStringList years;
        for (int y : input.years)
            years << QString::number(y);
        return context.usageError(tr("scenario %1 has no year %2 (it has: %3)")
                                      .arg(scenario->name)
                                      .arg(year)
                                      .arg(years.join(QStringLiteral(", "))));
    }

    const QList<SensitivityRow> rows =
        SensitivityAnalysis::run(input, vendorIndex, yearIndex, *metric, step);

    const DataTable table = ResultTables::sensitivity(input, rows);
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
