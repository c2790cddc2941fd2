// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "core/translation.h"

#include "commandcontext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ws {

namespace {

const NamedCommand commands[] = {
    { "shares", runSharesCommand },
    { "sensitivity", runSensitivityCommand },
    { "check", runCheckCommand },
    { "set", runSetCommand },
    { "scenario", runScenarioCommand },
    { "benefits", runBenefitsCommand },
    { "import", runImportCommand },
    { "export", runExportCommand },
    { "calibration", runCalibrationCommand },
    { "results", runResultsCommand },
    { "copy", runCopyCommand },
    { "server", runServerCommand },
};

template<typename Table> CommandFunction findIn(const QString &name, const Table &table)
{
    for (const NamedCommand &command : table) {
        if (name == QLatin1String(command.name))
            return command.run;
    }
    return nullptr;
}

CommandFunction findCommand(const QString &name, const QList<NamedCommand> &drawingCommands)
{
    if (const CommandFunction own = findIn(name, commands))
        return own;
    return findIn(name, drawingCommands);
}

// Sub-commands kept in a file of their own (`calibration fit`), found before the command that
// shares their first word. Their function gets argv without the sub-command's word.
struct SubCommand
{
    const char *command;
    const char *name;
    CommandFunction run;
};

const SubCommand subCommands[] = {
    { "calibration", "fit", runCalibrationFitCommand },
};

const SubCommand *findSubCommand(const QStringList &arguments)
{
    for (const SubCommand &sub : subCommands) {
        if (arguments.value(1) == QLatin1String(sub.command) &&
            arguments.value(2) == QLatin1String(sub.name))
            return &sub;
    }
    return nullptr;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QList<NamedCommand> drawingCommands)
    : mOut(out)
    , mErr(err)
    , mDrawingCommands(std::move(drawingCommands))
{
}

bool CommandLine::handles(const QStringList &arguments, const QList<NamedCommand> &drawingCommands)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findCommand(first, drawingCommands) || findSubCommand(arguments) ||
        first == QLatin1String("help") || first == QLatin1String("--help") ||
        first == QLatin1String("-h") || first == QLatin1String("--version");
}

bool CommandLine::needsWidgets(const QStringList &arguments,
                               const QList<NamedCommand> &drawingCommands)
{
    return findIn(arguments.value(1), drawingCommands) != nullptr;
}

QStringList CommandLine::commandNames(const QList<NamedCommand> &drawingCommands)
{
    QStringList names;
    for (const NamedCommand &command : commands)
        names << QLatin1String(command.name);
    for (const NamedCommand &command : drawingCommands)
        names << QLatin1String(command.name);
    for (const SubCommand &sub : subCommands)
        names << QLatin1String(sub.command) + QLatin1Char(' ') + QLatin1String(sub.name);
    return names;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (const SubCommand *sub = findSubCommand(arguments)) {
        CommandContext context(mOut, mErr);
        QStringList withoutSubCommand = arguments;
        withoutSubCommand.removeAt(2);
        return sub->run(context, withoutSubCommand);
    }
    if (const CommandFunction command = findCommand(name, mDrawingCommands)) {
        CommandContext context(mOut, mErr);
        return command(context, arguments);
    }
    if (name == QLatin1String("--version")) {
        mOut << "wafershare " << QCoreApplication::applicationVersion() << '\n';
        mOut.flush();
        return Success;
    }
    if (name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h"))
        return printUsage();
    CommandContext context(mOut, mErr);
    return context.usageError(tr("unknown command '%1'").arg(name));
}

int CommandLine::printUsage()
{
    mOut << tr(
        "Usage:\n"
        "  wafershare [FILE | --db FILE] [--page NAME] [--scenario NAME] [--palette P]\n"
        "                                         open the desktop application\n"
        "  wafershare shares [--db FILE] [--scenario NAME] [--year Y]\n"
        "                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]\n"
        "                    [--by vendor|program] [--format csv|json]\n"
        "                                         print modelled wafers and shares\n"
        "  wafershare sensitivity [--db FILE] [--scenario NAME] [--vendor V] [--year Y]\n"
        "                    [--metric compute_wafers|all_logic_wafers|cowos_wafers]\n"
        "                    [--step PCT]\n"
        "                    [--format csv|json]\n"
        "                                         how far each input moves a share\n"
        "  wafershare calibration [--db FILE] [--scenario S] [--vintage V]\n"
        "                    [--format csv|json|table] [--out FILE] [--no-bom]\n"
        "                                         published figures beside the modelled ones\n"
        "  wafershare check [--db FILE]           check a workbook and count its rows\n"
        "  wafershare results [--refresh] [--db FILE]\n"
        "                                         whether the results stored for SQL clients\n"
        "                                         are current; --refresh computes them again\n"
        "  wafershare set [--db FILE] [--scenario S] --program P --year Y --field F\n"
        "                 --value V               change one assumption (validated)\n"
        "  wafershare scenario list|new NAME [--from S]|rename OLD NEW|delete NAME\n"
        "                 [--db FILE]             list, add, rename or delete scenarios\n"
        "  wafershare chart --type share|volume|donut|scenarios|capacity|tornado|calibration\n"
        "                   --out FILE.png|.svg|.pdf [--scenario S ...] [--metric M]\n"
        "                   [--year Y] [--width W --height H] [--dpi D] [--db FILE]\n"
        "                   [--absolute] [--vendor V] [--palette light|dark]\n"
        "                                         draw a chart of the forecast\n"
        "  wafershare graph --out FILE.png|.svg|.pdf|.graphml [--db FILE]\n"
        "                   [--layout layered|force] [--focus COMPANY] [--scale S]\n"
        "                   [--scenario S] [--year Y]\n"
        "                                         draw the supply chain, or write GraphML\n"
        "  wafershare benefits [--db FILE] [--scenario S] [--year Y] [--vendor V]\n"
        "                      [--against yoy|base]\n"
        "                      [--metric compute_wafers|all_logic_wafers|cowos_wafers]\n"
        "                      [--depth N] [--format csv|json]\n"
        "                                         rank the companies the vendors' growth reaches\n"
        "  wafershare report --out FILE.pdf|.odt | --print QUEUE [--db FILE]\n"
        "                    [--scenario S ...] [--reference S] [--year Y]\n"
        "                    [--sections LIST] [--title T] [--author A]\n"
        "                    [--page-size A4|Letter] [--landscape]\n"
        "                                         write or print the analyst report\n"
        "  wafershare import TABLE FILE.csv [--db FILE] [--scenario S] [--dry-run]\n"
        "                    [--encoding E] [--delimiter D] [--header yes|no]\n"
        "                                         import a CSV file, all or nothing\n"
        "  wafershare import --all FILE.json --db NEW_FILE\n"
        "                                         a new workbook from a JSON export\n"
        "  wafershare import --graphml FILE [--db FILE] [--dry-run]\n"
        "                                         the supply chain from a GraphML file\n"
        "  wafershare export TABLE|shares|programs|sensitivity|ranking|calibration\n"
        "                    [--out FILE.csv|.xlsx] [--db FILE] [--scenario S] [--year Y]\n"
        "                    [--no-bom]           a table or a result as CSV or Excel\n"
        "  wafershare export --all --out FILE.json|.xlsx [--scenario S] [--year Y]\n"
        "                                         the whole workbook as JSON or Excel\n"
        "  wafershare calibration fit --vintage V [--year Y] [--db FILE] [--scenario S]\n"
        "                    [--apply]            preview (CSV) a fit of units to one\n"
        "                                         vintage's figures; write it with --apply\n"
        "  wafershare copy --from WORKBOOK --to WORKBOOK [--replace]\n"
        "                                         copy a workbook between a file and a\n"
        "                                         PostgreSQL server, all or nothing\n"
        "  wafershare server init ADDRESS         set up a team workbook on a PostgreSQL\n"
        "                                         server, with its analyst and reader roles\n"
        "  wafershare COMMAND --help              the options of one command\n"
        "A workbook (--db, FILE) may be a PostgreSQL server address:\n"
        "  postgresql://user@host:port/dbname, or a libpq key/value string.\n"
        "Exit codes: 0 success, 1 usage error, 2 bad data or a refused file.\n");
    mOut.flush();
    return Success;
}

} // namespace ws
