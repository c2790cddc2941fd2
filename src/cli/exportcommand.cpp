// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/forecastengine.h"
#include "files/csvwriter.h"
#include "files/datatable.h"
#include "files/outputfile.h"
#include "files/tablecolumns.h"
#include "files/xlsxfile.h"
#include "models/workbooktables.h"
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

// Computed results and the command that computes each, with the options it is given and those
// of export's it takes.
struct ComputedExport
{
    const char *name;
    int (*command)(CommandContext &, const QStringList &);
    const char *commandName;
    QStringList extraArguments;
    QStringList forwardedOptions = { QStringLiteral("db"), QStringLiteral("scenario"),
                                     QStringLiteral("year") };
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
        // Every year of every vintage: calibration has no --year.
        { "calibration",
          runCalibrationCommand,
          "calibration",
          {},
          { QStringLiteral("db"), QStringLiteral("scenario") } },
    };
}

bool isExcelFile(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QStringList exportNames()
{
    QStringList names = csvTableOrder();
    for (const ComputedExport &computed : computedExports())
        names << QString::fromLatin1(computed.name);
    return names;
}

// Writes @p text to --out (all or nothing, never onto an open workbook) or to stdout. A CSV
// file begins with a byte order mark unless --no-bom says otherwise (CsvWriter::fileBytes).
int writeOutput(CommandContext &context, const QCommandLineParser &parser, const QString &text,
                const QString &what, bool csv = true)
{
    if (!parser.isSet(QStringLiteral("out"))) {
        context.out() << text;
        context.out().flush();
        return CommandContext::Success;
    }
    const QString path = parser.value(QStringLiteral("out"));
    const QByteArray bytes =
        csv ? CsvWriter::fileBytes(text, !parser.isSet(QStringLiteral("no-bom"))) : text.toUtf8();
    if (const QString error = OutputFile::write(path, bytes); !error.isEmpty())
        return context.dataError(error);
    context.err() << tr("Wrote %1 to %2").arg(what, path) << '\n';
    context.err().flush();
    return CommandContext::Success;
}

// Writes @p sheets to --out as an Excel workbook.
int writeExcel(CommandContext &context, const QCommandLineParser &parser,
               const QList<DataTable> &sheets, const QString &what)
{
    const QString path = parser.value(QStringLiteral("out"));
    int cutCells = 0;
    if (const QString error = XlsxFile::write(path, sheets, &cutCells); !error.isEmpty())
        return context.dataError(error);
    if (cutCells > 0)
        context.err() << "wafershare: "
                      << tr("%n text(s) longer than Excel's limit of %1 characters in a cell were "
                            "cut to it, ending in …; CSV keeps them whole.",
                            nullptr, cutCells)
                             .arg(XlsxFile::maxCellText)
                      << '\n';
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
           "result (shares, programs, sensitivity, ranking, calibration); with --all, the whole "
           "workbook as JSON. With --out FILE.xlsx, an Excel workbook instead: numbers as "
           "numbers, one sheet, or with --all one sheet per table and per result of the "
           "scenario and year and a sheet of the sources. A CSV file written with --out begins "
           "with a UTF-8 byte order mark, so that Excel shows Chinese text rightly (--no-bom "
           "leaves it out); standard output never has one, for scripts. What: %1.")
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
    parser.addOption({ QStringLiteral("all"),
                       tr("The whole workbook: JSON, or Excel when --out ends in .xlsx.") });
    parser.addOption(
        { QStringLiteral("no-bom"), tr("No UTF-8 byte order mark at the start of a CSV file.") });
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

    const bool excel =
        parser.isSet(QStringLiteral("out")) && isExcelFile(parser.value(QStringLiteral("out")));
    if (!all) {
        for (const ComputedExport &computed : computedExports()) {
            if (words.first() != QLatin1String(computed.name))
                continue;
            QStringList forwarded = { arguments.value(0), QString::fromLatin1(computed.commandName),
                                      QStringLiteral("--format"), QStringLiteral("csv") };
            forwarded += computed.extraArguments;
            for (const QString &option : computed.forwardedOptions) {
                if (parser.isSet(option))
                    forwarded << QStringLiteral("--%1").arg(option) << parser.value(option);
            }
            if (parser.isSet(QStringLiteral("year")) &&
                !computed.forwardedOptions.contains(QStringLiteral("year")))
                return context.usageError(tr("--year does not apply to %1").arg(words.first()));
            QString text;
            QTextStream buffer(&text);
            CommandContext inner(buffer, context.err());
            DataTable table;
            if (excel)
                inner.captureTableInto(&table);
            if (const int code = computed.command(inner, forwarded); code != 0)
                return code;
            buffer.flush();
            if (excel) {
                table.name = words.first();
                return writeExcel(context, parser, { table }, words.first());
            }
            return writeOutput(context, parser, text, words.first());
        }
    }

    int exitCode = CommandContext::Success;
    if (all && excel) {
        // The results of --scenario (Base by default) in --year (WorkbookTables::defaultYear).
        const QString scenario = parser.isSet(QStringLiteral("scenario"))
            ? parser.value(QStringLiteral("scenario"))
            : QStringLiteral("Base");
        std::optional<ScenarioForecast> loaded = context.loadScenario(parser, scenario, &exitCode);
        if (!loaded)
            return exitCode;
        int year = WorkbookTables::defaultYear(loaded->input);
        if (parser.isSet(QStringLiteral("year"))) {
            const std::optional<int> chosen = context.yearValue(parser, QStringLiteral("year"));
            if (!chosen)
                return CommandContext::UsageError;
            year = *chosen;
        }
        QSqlDatabase db = loaded->database->connection();
        QString error;
        const QList<DataTable> sheets = WorkbookTables::all(
            db, loaded->input, ForecastEngine::compute(loaded->input), year, &error);
        if (!error.isEmpty())
            return context.dataError(tr("scenario %1: %2").arg(loaded->scenario.name, error));
        return writeExcel(context, parser, sheets, tr("the workbook"));
    }
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    QSqlDatabase db = database->connection();
    QString error;
    if (all) {
        const QJsonObject document = WorkbookJson::dump(db, &error);
        if (!error.isEmpty())
            return context.dataError(error);
        return writeOutput(
            context, parser,
            QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)),
            tr("the workbook"), false);
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
    DataTable rows;
    if (!exportTable(db, table, scenarioId, &rows, &error))
        return context.dataError(error);
    if (excel)
        return writeExcel(context, parser, { rows }, table);
    return writeOutput(context, parser, CsvWriter::table(rows), table);
}

} // namespace ws
