// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "files/outputfile.h"
#include "files/tablecolumns.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/tableexport.h"
#include "store/workbookjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTextStream>

namespace ws {

namespace {

// Computed results and the command that prints each as CSV, with the options it is given.
struct ComputedExport
{
    const char *name;
    int (*command)(CommandContext &, const QStringList &);
    const char *commandName;
    QStringList extraArguments;
};

QList<ComputedExport> computedExports()
{
    return {
        { "shares", runSharesCommand, "shares", {} },
        { "programs",
          runSharesCommand,
          "shares",
          { QStringLiteral("--by"), QStringLiteral("program") } },
        { "sensitivity", runSensitivityCommand, "sensitivity", {} },
        { "ranking", runBenefitsCommand, "benefits", {} },
    };
}

QStringList exportNames()
{
    QStringList names = csvTableOrder();
    for (const ComputedExport &computed : computedExports())
        names << QString::fromLatin1(computed.name);
    return names;
}

// Writes @p text to --out (all or nothing, never onto an open workbook) or to stdout.
int writeOutput(CommandContext &context, const QCommandLineParser &parser, const QByteArray &text,
                const QString &what)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        context.out() << QString::fromUtf8(text);
        context.out().flush();
        return CommandContext::Success;
    }
    const QString path = parser.value(QStringLiteral("out"));
    if (const QString error = OutputFile::write(path, text); !error.isEmpty())
        return context.dataError(error);
    context.err() << tr("Wrote %1 to %2").arg(what, path) << '\n';
    context.err().flush();
    return CommandContext::Success;
}

} // namespace

int runExportCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a table of the workbook as CSV in the columns `import` reads, or a computed "
           "result (shares, programs, sensitivity, ranking); with --all, the whole workbook as "
           "JSON. What: %1.")
            .arg(exportNames().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("what"), tr("The table or result to export."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("out"), tr("The <file> to write (default: standard output)."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("scenario"),
                       tr("The scenario <name>: for assumptions, only its own cells; for results, "
                          "the scenario computed (default: Base)."),
                       QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("year"), tr("For results: the <year>."), QStringLiteral("year") });
    parser.addOption({ QStringLiteral("all"), tr("The whole workbook as JSON.") });
    if (const int code = context.parse(parser, arguments, CommandContext::Positionals::Allowed);
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    if ((all && !words.isEmpty()) || (!all && words.size() != 1))
        return context.usageError(
            tr("export takes one of %1, or --all").arg(exportNames().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("out"))) {
        if (const int code =
                context.refuseOutputOntoWorkbook(parser, parser.value(QStringLiteral("out")));
            code >= 0)
            return code;
    }

    if (!all) {
        for (const ComputedExport &computed : computedExports()) {
            if (words.first() != QLatin1String(computed.name))
                continue;
            QStringList forwarded = { arguments.value(0), QString::fromLatin1(computed.commandName),
                                      QStringLiteral("--format"), QStringLiteral("csv") };
            forwarded += computed.extraArguments;
            for (const char *option : { "db", "scenario", "year" }) {
                if (parser.isSet(QString::fromLatin1(option)))
                    forwarded << QStringLiteral("--%1").arg(QLatin1String(option))
                              << parser.value(QString::fromLatin1(option));
            }
            QString text;
            QTextStream buffer(&text);
            CommandContext inner(buffer, context.err());
            if (const int code = computed.command(inner, forwarded); code != 0)
                return code;
            buffer.flush();
            return writeOutput(context, parser, text.toUtf8(), words.first());
        }
    }

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    QSqlDatabase db = database->connection();
    QString error;
    if (all) {
        const QJsonObject document = WorkbookJson::dump(db, &error);
        if (!error.isEmpty())
            return context.dataError(error);
        return writeOutput(context, parser, QJsonDocument(document).toJson(QJsonDocument::Indented),
                           tr("the workbook"));
    }
    const QString table = words.first();
    if (!csvTableOrder().contains(table))
        return context.usageError(tr("there is nothing named '%1' to export (tables and results: "
                                     "%2)")
                                      .arg(table, exportNames().join(QStringLiteral(", "))));
    std::optional<int> scenarioId;
    if (parser.isSet(QStringLiteral("scenario"))) {
        if (table != QLatin1String("assumption"))
            return context.usageError(
                tr("--scenario applies to the assumption table and to computed results"));
        const auto scenario =
            ForecastRepository(db).scenarioByName(parser.value(QStringLiteral("scenario")));
        if (!scenario)
            return context.usageError(tr("there is no scenario named '%1'")
                                          .arg(parser.value(QStringLiteral("scenario"))));
        scenarioId = scenario->id;
    }
    QString csv;
    if (!exportTableCsv(db, table, scenarioId, &csv, &error))
        return context.dataError(error);
    return writeOutput(context, parser, csv.toUtf8(), table);
}

} // namespace ws
