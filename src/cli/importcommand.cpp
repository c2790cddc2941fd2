// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "files/csvfile.h"
#include "files/csvtable.h"
#include "files/graphmlreader.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/graphmlimporter.h"
#include "store/workbookjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlDatabase>
#include <QTextStream>

namespace ws {

namespace {

bool readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// --encoding, --delimiter and --header override what was detected.
std::optional<QString> applyFormatOptions(const QCommandLineParser &parser, CsvFormat *format)
{
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString name = parser.value(QStringLiteral("encoding")).toLower();
        if (name == QLatin1String("utf-8"))
            format->encoding = TextEncoding::Utf8;
        else if (name == QLatin1String("utf-8-bom"))
            format->encoding = TextEncoding::Utf8WithBom;
        else if (name == QLatin1String("utf-16le"))
            format->encoding = TextEncoding::Utf16LE;
        else if (name == QLatin1String("utf-16be"))
            format->encoding = TextEncoding::Utf16BE;
        else
            return tr("--encoding must be utf-8, utf-8-bom, utf-16le or utf-16be, not '%1'")
                .arg(name);
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString name = parser.value(QStringLiteral("delimiter")).toLower();
        if (name == QLatin1String("comma"))
            format->delimiter = QLatin1Char(',');
        else if (name == QLatin1String("semicolon"))
            format->delimiter = QLatin1Char(';');
        else if (name == QLatin1String("tab"))
            format->delimiter = QLatin1Char('\t');
        else
            return tr("--delimiter must be comma, semicolon or tab, not '%1'").arg(name);
    }
    if (parser.isSet(QStringLiteral("header"))) {
        const QString value = parser.value(QStringLiteral("header")).toLower();
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return tr("--header must be yes or no, not '%1'").arg(value);
        format->hasHeader = value == QLatin1String("yes");
    }
    return std::nullopt;
}

int importWorkbook(CommandContext &context, const QCommandLineParser &parser,
                   const QString &jsonPath)
{
    if (!parser.isSet(QStringLiteral("db")))
        return context.usageError(tr("import --all needs --db NEW_FILE, the workbook to create"));
    QByteArray bytes;
    QString error;
    if (!readFile(jsonPath, &bytes, &error))
        return context.dataError(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return context.dataError(tr("%1 is not a JSON workbook export: %2 at byte %3")
                                     .arg(jsonPath, parseError.errorString())
                                     .arg(parseError.offset));
    const Database::OpenResult created =
        Database::create(parser.value(QStringLiteral("db")), [&](QSqlDatabase &db) {
            if (!db.transaction())
                return tr("cannot start the import");
            const QString problem = WorkbookJson::load(db, document.object());
            if (!problem.isEmpty()) {
                db.rollback();
                return tr("%1: %2").arg(jsonPath, problem);
            }
            return db.commit() ? QString() : tr("cannot save the import");
        });
    if (!created.database)
        return context.dataError(created.error);
    const QStringList problems = created.database->integrityProblems();
    context.out() << tr("Created %1 from %2").arg(created.database->path(), jsonPath) << '\n';
    context.out().flush();
    if (!problems.isEmpty())
        return context.dataError(
            tr("the new workbook has problems:\n  %1").arg(problems.join(QStringLiteral("\n  "))));
    return CommandContext::Success;
}

int importGraphMl(CommandContext &context, const QCommandLineParser &parser, const QString &path)
{
    GraphMlGraph graph;
    const QList<GraphMlProblem> unread = GraphMlReader::readFile(path, &graph);
    if (!unread.isEmpty())
        return context.dataError(
            tr("%1: %2; nothing was imported").arg(path, unread.first().text()));
    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    if (database->isReadOnly())
        return context.dataError(tr("%1 is read-only; nothing was imported").arg(database->path()));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    QSqlDatabase db = database->connection();
    const GraphMlImportResult result =
        GraphMlImporter::importGraph(db, graph, QFileInfo(path).fileName(), dryRun);
    if (!result.ok()) {
        QStringList lines;
        for (const GraphMlProblem &problem : result.problems)
            lines << problem.text();
        return context.dataError(tr("%1: %n problem(s), nothing was imported:\n  %2", nullptr,
                                    static_cast<int>(result.problems.size()))
                                     .arg(path, lines.join(QStringLiteral("\n  "))));
    }
    if (dryRun)
        context.out() << tr("%1: %n change(s) checked, no problems; nothing was written (dry "
                            "run)",
                            nullptr, result.changes())
                             .arg(path)
                      << '\n';
    else if (result.changes() == 0)
        context.out() << tr("%1: no changes; nothing was written").arg(path) << '\n';
    else
        context.out() << tr("Imported %n change(s) from %1", nullptr, result.changes()).arg(path)
                      << '\n';
    context.out() << result.summary() << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace

int runImportCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a CSV file into a table of the workbook, all or nothing: every problem is "
           "listed by line and column, and then nothing is written. Tables: %1.\n"
           "With --all, creates the new workbook --db from a JSON export: a new file, or a server "
           "workbook set up with `wafershare server init` that holds no rows yet.\n"
           "With --graphml, imports the companies and relations of a GraphML graph (from "
           "WaferShare, Gephi, Cytoscape, yEd or networkx), all or nothing: a node is the "
           "company of its id (c12 or an id attribute), else of its name; an edge the relation "
           "of its id (r5), else of its supplier, customer and kind; the others are added. "
           "Attributes the file leaves out keep their values, and companies and relations the "
           "file does not have are kept, never removed.")
            .arg(csvTableOrder().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("table"), tr("The table to import into."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"),
                       tr("For assumptions: the scenario <name> the rows belong to; the file "
                          "may then leave out scenario_id."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("dry-run"), tr("Check everything, write nothing.") });
    parser.addOption({ QStringLiteral("all"), tr("Import a whole-workbook JSON export.") });
    parser.addOption({ QStringLiteral("graphml"),
                       tr("Import the supply chain's companies and relations from a GraphML "
                          "<file>."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("encoding"),
                       tr("utf-8, utf-8-bom, utf-16le or utf-16be (default: detected)."),
                       QStringLiteral("encoding") });
    parser.addOption({ QStringLiteral("delimiter"),
                       tr("comma, semicolon or tab (default: detected)."),
                       QStringLiteral("delimiter") });
    parser.addOption({ QStringLiteral("header"),
                       tr("yes or no: whether the first line names the columns (default: "
                          "detected)."),
                       QStringLiteral("yes|no") });
    if (const int code = context.parse(parser, arguments, CommandContext::Positionals::Allowed);
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("graphml"))) {
        if (!words.isEmpty() || parser.isSet(QStringLiteral("all")))
            return context.usageError(tr("import --graphml FILE takes no table and no other "
                                         "file"));
        return importGraphMl(context, parser, parser.value(QStringLiteral("graphml")));
    }
    if (parser.isSet(QStringLiteral("all"))) {
        if (words.size() != 1)
            return context.usageError(tr("import --all takes one JSON file"));
        return importWorkbook(context, parser, words.first());
    }
    if (words.size() != 2)
        return context.usageError(tr("import needs a table and a file: wafershare import TABLE "
                                     "FILE"));
    const QString table = words[0];
    const QString path = words[1];
    const QList<ColumnSpec> columns = csvColumns(table);
    if (columns.isEmpty())
        return context.usageError(tr("there is no table named '%1' (tables: %2)")
                                      .arg(table, csvTableOrder().join(QStringLiteral(", "))));
    if (parser.isSet(QStringLiteral("scenario")) && table != QLatin1String("assumption"))
        return context.usageError(tr("--scenario applies only to the assumption table"));

    QByteArray bytes;
    QString error;
    if (!readFile(path, &bytes, &error))
        return context.dataError(error);
    CsvFormat format = detectCsvFormat(bytes, columns);
    if (const auto problem = applyFormatOptions(parser, &format))
        return context.usageError(*problem);
    CsvTable csv;
    if (!parseCsvBytes(bytes, format, &csv, &error))
        return context.dataError(tr("%1 %2; nothing was imported").arg(path, error));

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    if (database->isReadOnly())
        return context.dataError(tr("%1 is read-only; nothing was imported").arg(database->path()));
    QHash<QString, QVariant> fixed;
    if (parser.isSet(QStringLiteral("scenario"))) {
        ForecastRepository repository(database->connection());
        const auto scenario = repository.scenarioByName(parser.value(QStringLiteral("scenario")));
        if (!scenario)
            return context.usageError(tr("there is no scenario named '%1'")
                                          .arg(parser.value(QStringLiteral("scenario"))));
        fixed.insert(QStringLiteral("scenario_id"), scenario->id);
    }

    QList<ImportProblem> problems = unknownFieldProblems(columns, csv.header);
    ImportResult result;
    if (problems.isEmpty()) {
        QSqlDatabase db = database->connection();
        result = CsvImporter::importTable(db, table, csv, mapColumns(columns, csv.header), fixed,
                                          QFileInfo(path).fileName(),
                                          parser.isSet(QStringLiteral("dry-run")));
        problems = result.problems;
    }
    const QString how = tr("%1, %2 delimiter, %3")
                            .arg(encodingName(format.encoding), delimiterName(format.delimiter),
                                 format.hasHeader ? tr("header row") : tr("no header row"));
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ImportProblem &problem : std::as_const(problems))
            lines << problem.text();
        return context.dataError(tr("%1 (%2): %n problem(s), nothing was imported:\n  %3", nullptr,
                                    static_cast<int>(problems.size()))
                                     .arg(path, how, lines.join(QStringLiteral("\n  "))));
    }
    if (parser.isSet(QStringLiteral("dry-run")))
        context.out() << tr("%1 (%2): %n row(s) for %3 checked, no problems; nothing was written "
                            "(dry run)",
                            nullptr, result.rows)
                             .arg(path, how, table)
                      << '\n';
    else
        context.out() << tr("Imported %n row(s) into %1 from %2 (%3)", nullptr, result.rows)
                             .arg(table, path, how)
                      << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
