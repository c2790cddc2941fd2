// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/fieldrange.h"
#include "core/numbertext.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

int runSetCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets one assumption of a scenario, with the same checks as the Forecast page. "
           "In a child scenario the value is stored as an override."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption(
        { QStringLiteral("program"), tr("The chip program <name>."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("year"), tr("The <year>."), QStringLiteral("year") });
    QStringList fieldNames;
    for (auto f : allAssumptionFields())
        fieldNames << assumptionFieldName(f);
    parser.addOption({ QStringLiteral("field"),
                       tr("The assumption: %1. A die kind of a package takes units and the "
                          "CoWoS fields from its package.")
                           .arg(fieldNames.join(QStringLiteral(", "))),
                       QStringLiteral("field") });
    parser.addOption(
        { QStringLiteral("value"),
          tr("The new <value>. yield_model: poisson, murphy, seeds or negative_binomial; "
             "packaging: cowos or none (no CoWoS wafers); harvest_fraction: the share of "
             "defective dies sold as a lower bin, 0 to 1; packages_per_cowos_wafer: a "
             "published figure, or none to clear it and use the interposer area again."),
          QStringLiteral("value") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;
    for (const char *required : { "program", "year", "field", "value" }) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return context.usageError(tr("set needs --%1").arg(QLatin1String(required)));
    }
    const auto field = parseAssumptionField(parser.value(QStringLiteral("field")));
    if (!field) {
        return context.usageError(
            tr("--field must be one of %1, not '%2'")
                .arg(fieldNames.join(QStringLiteral(", ")), parser.value(QStringLiteral("field"))));
    }
    const std::optional<int> yearOption = context.yearValue(parser, QStringLiteral("year"));
    if (!yearOption)
        return CommandContext::UsageError;
    const int year = *yearOption;

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    Workbook workbook(std::move(database));

    const QString scenarioName = parser.value(QStringLiteral("scenario"));
    int scenarioId = 0;
    for (const Scenario &scenario : workbook.scenarios()) {
        if (scenario.name.compare(scenarioName, Qt::CaseInsensitive) == 0)
            scenarioId = scenario.id;
    }
    if (scenarioId == 0)
        return context.usageError(tr("there is no scenario named '%1'").arg(scenarioName));
    workbook.setScenario(scenarioId);

    const ForecastInput &input = workbook.input();
    const QString programName = parser.value(QStringLiteral("program"));
    int programIndex = -1;
    for (int p = 0; p < input.programs.size(); ++p) {
        if (input.programs[p].name.compare(programName, Qt::CaseInsensitive) == 0)
            programIndex = p;
    }
    if (programIndex < 0) {
        QStringList names;
        for (const Program &program : input.programs)
            names << program.name;
        return context.usageError(tr("there is no program named '%1' (programs: %2)")
                                      .arg(programName, names.join(QStringLiteral(", "))));
    }
    const int yearIndex = input.yearIndex(year);
    if (yearIndex < 0)
        return context.usageError(tr("the forecast has no year %1").arg(year));

    const QString before = workbook.cellText(programIndex, yearIndex, *field);
    QString value = parser.value(QStringLiteral("value")).trimmed();
    QString softLimit;
    if (isNumericField(*field) && !isNotGiven(*field, value)) {
        // The same reader as the grid, in the C locale so that a script means the same on every
        // machine: 2500000, 2,500,000, 2.5e6 and 2.5M are one number, 2.5x is refused.
        const TypedNumber typed = parseTypedNumber(value, QLocale::c());
        if (!typed.value)
            return context.dataError(tr("%1 %2 %3 not changed: %4")
                                         .arg(input.programs[programIndex].name)
                                         .arg(year)
                                         .arg(assumptionFieldName(*field), typed.problem));
        value = canonicalNumberText(*typed.value);
        softLimit =
            workbook.softLimitWarning(input.programs[programIndex].id, year, *field, *typed.value);
    }
    const QString error = workbook.editCell(input.programs[programIndex].id, year, *field, value);
    if (!error.isEmpty())
        return context.dataError(tr("%1 %2 %3 not changed: %4")
                                     .arg(input.programs[programIndex].name)
                                     .arg(year)
                                     .arg(assumptionFieldName(*field), error));
    context.out() << tr("%1 %2 %3: %4 -> %5 (scenario %6)")
                         .arg(input.programs[programIndex].name)
                         .arg(year)
                         .arg(assumptionFieldName(*field), before, value, workbook.scenarioName())
                  << '\n';
    for (const QString &warning : { assumptionValueWarning(*field, value), softLimit }) {
        if (!warning.isEmpty())
            context.err() << "wafershare: warning: " << warning << '\n';
    }
    context.out().flush();
    context.err().flush();
    return CommandContext::Success;
}

} // namespace ws
