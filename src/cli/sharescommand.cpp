// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/packagerules.h"
#include "files/csvwriter.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ws {

namespace {

} // namespace

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

    // Published shares, newest vintage last, keyed by vendor and year.
    QHash<QPair<int, int>, double> reported;
    const QString reportedMetric = reportedShareMetric(*metric);
    for (const ReportedValue &value :
         ForecastRepository(loaded->database->connection()).reportedValues()) {
        if (value.metric == reportedMetric)
            reported.insert({ value.vendorId, value.year }, value.value);
    }

    // Each row is a list of (column, value) pairs: CSV prints the values, JSON keeps the types.
    QStringList columns;
    QList<QVariantList> rows;
    if (by == QLatin1String("vendor")) {
        columns = { QStringLiteral("year"),   QStringLiteral("vendor"),
                    QStringLiteral("metric"), QStringLiteral("wafers"),
                    QStringLiteral("share"),  QStringLiteral("reported_share") };
        for (int y : yearIndexes) {
            for (int v = 0; v < input.vendors.size(); ++v) {
                const auto key = qMakePair(input.vendors[v].id, input.years[y]);
                rows << QVariantList { input.years[y],
                                       input.vendors[v].name,
                                       metricName(*metric),
                                       result.vendorWafers(*metric, v, y),
                                       result.sharePercent(*metric, v, y),
                                       reported.contains(key) ? QVariant(reported.value(key))
                                                              : QVariant() };
            }
        }
    } else {
        columns = QStringList { QStringLiteral("year"), QStringLiteral("vendor"),
                                QStringLiteral("program"), QStringLiteral("package"),
                                QStringLiteral("die_role") };
        for (auto field : allAssumptionFields())
            columns << assumptionFieldName(field);
        columns << QStringLiteral("gross_dies") << QStringLiteral("yield")
                << QStringLiteral("good_dies") << QStringLiteral("logic_wafers")
                << QStringLiteral("cowos_wafers") << QStringLiteral("compute_wafers")
                << QStringLiteral("cowos_basis");
        // Each package, then its die kinds, so that a package reads as one block.
        QList<int> order;
        for (int p = 0; p < input.programs.size(); ++p) {
            if (input.packageIndexOf(p) >= 0)
                continue;
            order << p;
            for (int d = 0; d < input.programs.size(); ++d) {
                if (input.packageIndexOf(d) == p)
                    order << d;
            }
        }
        for (int y : yearIndexes) {
            for (int p : std::as_const(order)) {
                const ProgramYearInputs &in = input.at(p, y);
                const ProgramYearResult &out = result.program(p, y);
                const int vendor = input.programVendorIndex[p];
                const int package = input.packageIndexOf(p);
                QVariantList row { input.years[y],
                                   vendor >= 0 ? input.vendors[vendor].name : QString(),
                                   input.programs[p].name,
                                   package >= 0 ? input.programs[package].name : QString(),
                                   dieRoleName(input.programs[p].dieRole) };
                for (auto field : allAssumptionFields()) {
                    // A die kind has no units or CoWoS inputs of its own: its package's hold.
                    if (package >= 0 && PackageRules::isPackageField(field))
                        row << QVariant();
                    else
                        row << assumptionValue(in, field);
                }
                row << out.grossDies << out.yield << out.goodDies << out.logicWafers
                    << out.cowosWafers << out.computeWafers
                    << (package >= 0 ? QVariant() : QVariant(cowosBasisName(out.cowosBasis)));
                rows << row;
            }
        }
    }

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const QVariantList &row : rows) {
            QJsonObject object;
            for (int c = 0; c < columns.size(); ++c)
                object.insert(columns[c], QJsonValue::fromVariant(row[c]));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        // Fixed decimals per quantity, so that the output diffs cleanly between runs.
        const QHash<QString, int> decimals = {
            { QStringLiteral("wafers"), 1 },         { QStringLiteral("share"), 3 },
            { QStringLiteral("logic_wafers"), 1 },   { QStringLiteral("cowos_wafers"), 1 },
            { QStringLiteral("compute_wafers"), 1 }, { QStringLiteral("yield"), 6 },
            { QStringLiteral("good_dies"), 4 },
        };
        CsvWriter csv;
        context.out() << csv.record(columns);
        for (const QVariantList &row : rows) {
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant &value = row[c];
                if (value.isNull())
                    csv.empty();
                else if (decimals.contains(columns[c]))
                    csv.number(QString::number(value.toDouble(), 'f', decimals.value(columns[c])));
                else if (value.userType() == QMetaType::Double)
                    csv.number(QString::number(value.toDouble(), 'g', 12));
                else if (value.userType() == QMetaType::Int ||
                         value.userType() == QMetaType::LongLong ||
                         value.userType() == QMetaType::UInt ||
                         value.userType() == QMetaType::ULongLong)
                    csv.number(value.toString());
                else
                    csv.text(value.toString());
            }
            context.out() << csv.endRecord();
        }
    }
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
