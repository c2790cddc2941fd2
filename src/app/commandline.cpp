// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "core/forecastengine.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::CommandLine", text);
}

const QStringList commands = { QStringLiteral("shares"), QStringLiteral("check"),
                               QStringLiteral("help") };

QCommandLineOption dbOption()
{
    return { QStringLiteral("db"),
             tr("The workbook <file>; created from the default data set when it does not exist. "
                "Default: the app's own workbook."),
             QStringLiteral("file") };
}

// Parses the options after the command name. Returns false with a message on bad usage.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    // argv[0] is the program and argv[1] the command; QCommandLineParser skips only the first.
    if (!parser.parse(arguments.mid(1))) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    return true;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : mOut(out)
    , mErr(err)
{
}

bool CommandLine::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return commands.contains(first) || first == QLatin1String("--help") ||
        first == QLatin1String("-h") || first == QLatin1String("--version");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("shares"))
        return runShares(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("--version")) {
        mOut << "wafershare " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h"))
        return printUsage();
    return usageError(tr("unknown command '%1'").arg(command));
}

int CommandLine::printUsage()
{
    mOut << tr("Usage:\n"
               "  wafershare [--db FILE]                 open the desktop application\n"
               "  wafershare shares [--db FILE] [--scenario NAME] [--year Y]\n"
               "                    [--metric compute_wafers|cowos_wafers]\n"
               "                    [--by vendor|program] [--format csv|json]\n"
               "                                         print modelled wafers and shares\n"
               "  wafershare check [--db FILE]           check a workbook and count its rows\n"
               "  wafershare COMMAND --help              the options of one command\n"
               "Exit codes: 0 success, 1 usage error, 2 bad data or a refused file.\n");
    return Success;
}

int CommandLine::usageError(const QString &message)
{
    mErr << "wafershare: " << message << '\n'
         << tr("Run 'wafershare help' for the commands and their options.") << '\n';
    mErr.flush();
    return UsageError;
}

int CommandLine::dataError(const QString &message)
{
    mErr << "wafershare: " << message << '\n';
    mErr.flush();
    return DataError;
}

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a workbook: schema version, integrity, "
                                        "references, row counts and the Base forecast."));
    parser.addOption(dbOption());
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("help"))) {
        mOut << parser.helpText();
        return Success;
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    if (!opened.database)
        return dataError(opened.error);
    Database &db = *opened.database;

    mOut << tr("workbook: %1").arg(db.path()) << '\n';
    mOut << tr("schema version: %1 (this program writes %2)")
                .arg(db.schemaVersion())
                .arg(Migrations::latestVersion())
         << '\n';
    const QStringList problems = db.integrityProblems();
    mOut << tr("integrity: %1").arg(problems.isEmpty() ? tr("ok") : tr("FAILED")) << '\n';

    ForecastRepository repository(db.connection());
    mOut << tr("rows:") << '\n';
    for (const auto &[table, count] : repository.rowCounts())
        mOut << "  " << table.leftJustified(16) << count << '\n';

    QStringList forecastProblems;
    for (const Scenario &scenario : repository.scenarios()) {
        const ForecastBuilder::Result built = repository.loadForecast(scenario.id);
        for (const QString &problem : built.problems)
            forecastProblems << tr("scenario %1: %2").arg(scenario.name, problem);
    }
    mOut << tr("scenarios: %1").arg(forecastProblems.isEmpty() ? tr("ok") : tr("FAILED")) << '\n';
    mOut.flush();

    if (!problems.isEmpty() || !forecastProblems.isEmpty())
        return dataError(
            tr("%1 has problems:\n  %2")
                .arg(db.path(), (problems + forecastProblems).join(QStringLiteral("\n  "))));
    return Success;
}

int CommandLine::runShares(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the modelled wafers and shares of a scenario."));
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("year"), tr("Only the year <year> (default: every year)."),
                       QStringLiteral("year") });
    parser.addOption({ QStringLiteral("metric"),
                       tr("compute_wafers (logic) or cowos_wafers (default: compute_wafers)."),
                       QStringLiteral("metric"), QStringLiteral("compute_wafers") });
    parser.addOption({ QStringLiteral("by"),
                       tr("One row per vendor or per program (default: vendor)."),
                       QStringLiteral("vendor|program"), QStringLiteral("vendor") });
    parser.addOption({ QStringLiteral("format"), tr("csv or json (default: csv)."),
                       QStringLiteral("format"), QStringLiteral("csv") });
    QString error;
    if (!parseOptions(parser, arguments, &error))
        return usageError(error);
    if (parser.isSet(QStringLiteral("help"))) {
        mOut << parser.helpText();
        return Success;
    }

    const auto metric = parseMetric(parser.value(QStringLiteral("metric")));
    if (!metric)
        return usageError(tr("--metric must be compute_wafers or cowos_wafers, not '%1'")
                              .arg(parser.value(QStringLiteral("metric"))));
    const QString by = parser.value(QStringLiteral("by"));
    if (by != QLatin1String("vendor") && by != QLatin1String("program"))
        return usageError(tr("--by must be vendor or program, not '%1'").arg(by));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(tr("--format must be csv or json, not '%1'").arg(format));
    int onlyYear = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        onlyYear = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return usageError(tr("--year must be a year such as 2026, not '%1'")
                                  .arg(parser.value(QStringLiteral("year"))));
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    if (!opened.database)
        return dataError(opened.error);
    ForecastRepository repository(opened.database->connection());

    const QString scenarioName = parser.value(QStringLiteral("scenario"));
    const auto scenario = repository.scenarioByName(scenarioName);
    if (!scenario) {
        QStringList names;
        for (const Scenario &s : repository.scenarios())
            names << s.name;
        return usageError(
            tr("%1 has no scenario named '%2' (it has: %3)")
                .arg(opened.database->path(), scenarioName, names.join(QStringLiteral(", "))));
    }
    const ForecastBuilder::Result built = repository.loadForecast(scenario->id);
    if (!built.problems.isEmpty())
        return dataError(tr("scenario %1 cannot be computed:\n  %2")
                             .arg(scenario->name, built.problems.join(QStringLiteral("\n  "))));
    const ForecastInput &input = built.input;
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
        return usageError(tr("scenario %1 has no year %2 (it has: %3)")
                              .arg(scenario->name)
                              .arg(onlyYear)
                              .arg(years.join(QStringLiteral(", "))));
    }

    // Published shares, newest vintage last, keyed by vendor and year.
    QHash<QPair<int, int>, double> reported;
    const QString reportedMetric = reportedShareMetric(*metric);
    for (const ReportedValue &value : repository.reportedValues()) {
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
                                QStringLiteral("program") };
        for (auto field : allAssumptionFields())
            columns << assumptionFieldName(field);
        columns << QStringLiteral("gross_dies") << QStringLiteral("yield")
                << QStringLiteral("good_dies") << QStringLiteral("logic_wafers")
                << QStringLiteral("cowos_wafers");
        for (int y : yearIndexes) {
            for (int p = 0; p < input.programs.size(); ++p) {
                const ProgramYearInputs &in = input.at(p, y);
                const ProgramYearResult &out = result.program(p, y);
                const int vendor = input.programVendorIndex[p];
                rows << QVariantList { input.years[y],
                                       vendor >= 0 ? input.vendors[vendor].name : QString(),
                                       input.programs[p].name,
                                       in.units,
                                       in.diesPerPackage,
                                       in.dieAreaMm2,
                                       in.defectDensity,
                                       yieldModelName(in.yieldModel),
                                       in.yieldAlpha,
                                       in.interposerAreaMm2,
                                       in.packagingYield,
                                       out.grossDies,
                                       out.yield,
                                       out.goodDies,
                                       out.logicWafers,
                                       out.cowosWafers };
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
        mOut << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        // Fixed decimals per quantity, so that the output diffs cleanly between runs.
        const QHash<QString, int> decimals = {
            { QStringLiteral("wafers"), 1 },       { QStringLiteral("share"), 3 },
            { QStringLiteral("logic_wafers"), 1 }, { QStringLiteral("cowos_wafers"), 1 },
            { QStringLiteral("yield"), 6 },        { QStringLiteral("good_dies"), 4 },
        };
        mOut << columns.join(QLatin1Char(',')) << '\n';
        for (const QVariantList &row : rows) {
            QStringList fields;
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant &value = row[c];
                if (value.isNull())
                    fields << QString();
                else if (decimals.contains(columns[c]))
                    fields << number(value.toDouble(), decimals.value(columns[c]));
                else if (value.userType() == QMetaType::Double)
                    fields << QString::number(value.toDouble(), 'g', 12);
                else
                    fields << value.toString();
            }
            mOut << fields.join(QLatin1Char(',')) << '\n';
        }
    }
    mOut.flush();
    return Success;
}

} // namespace ws
