// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "files/csvwriter.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

namespace {

std::optional<Scenario> findScenario(const Workbook &workbook, const QString &name)
{
    for (const Scenario &scenario : workbook.scenarios()) {
        if (scenario.name.compare(name, Qt::CaseInsensitive) == 0)
            return scenario;
    }
    return std::nullopt;
}

} // namespace

int runScenarioCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists and changes scenarios:\n"
           "  scenario list\n"
           "  scenario new NAME [--from SCENARIO]   a child that stores only its overrides\n"
           "  scenario rename OLD NEW\n"
           "  scenario delete NAME                  (not the root scenario)"));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("from"),
                       tr("With new: the parent <scenario> (default: Base)."),
                       QStringLiteral("scenario"), QStringLiteral("Base") });
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, new, rename or delete"));
    if (const int code = context.parse(parser, arguments, CommandContext::Positionals::Allowed);
        code >= 0)
        return code;

    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    const QHash<QString, int> wordCounts = { { QStringLiteral("list"), 1 },
                                             { QStringLiteral("new"), 2 },
                                             { QStringLiteral("rename"), 3 },
                                             { QStringLiteral("delete"), 2 } };
    if (!wordCounts.contains(action))
        return context.usageError(
            tr("scenario needs an action: list, new NAME, rename OLD NEW or delete NAME"));
    if (words.size() != wordCounts.value(action))
        return context.usageError(
            tr("scenario %1 takes %n name(s)", nullptr, wordCounts.value(action) - 1).arg(action));

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    Workbook workbook(std::move(database));

    if (action == QLatin1String("list")) {
        CsvWriter csv;
        context.out() << csv.record(
            { QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("note") });
        for (const Scenario &scenario : workbook.scenarios()) {
            const auto parent = workbook.scenario(scenario.parentId);
            context.out() << csv.text(scenario.name)
                                 .text(parent ? parent->name : QString())
                                 .text(scenario.note)
                                 .endRecord();
        }
        context.out().flush();
        return CommandContext::Success;
    }

    QString error;
    if (action == QLatin1String("new")) {
        const auto from = findScenario(workbook, parser.value(QStringLiteral("from")));
        if (!from)
            return context.usageError(tr("there is no scenario named '%1' to start from")
                                          .arg(parser.value(QStringLiteral("from"))));
        workbook.setScenario(from->id);
        error = workbook.createScenario(words.at(1));
    } else {
        const auto scenario = findScenario(workbook, words.at(1));
        if (!scenario)
            return context.usageError(tr("there is no scenario named '%1'").arg(words.at(1)));
        error = action == QLatin1String("rename")
            ? workbook.renameScenario(scenario->id, words.at(2))
            : workbook.deleteScenario(scenario->id);
    }
    // The command was well formed; the workbook refused the name or the change (exit 2).
    if (!error.isEmpty())
        return context.dataError(
            tr("scenario %1 refused: %2; nothing was changed").arg(action, error));
    context.out() << tr("scenario %1: done").arg(action) << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
