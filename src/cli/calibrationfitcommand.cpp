// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/calibrationfit.h"
#include "files/csvwriter.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

namespace {

// One CSV for the whole preview: a `kind` column says whether a record is a units cell the fit
// would change, a published figure with its residuals, or the weighted cost.
const QStringList previewColumns = {
    QStringLiteral("kind"),
    QStringLiteral("vendor"),
    QStringLiteral("year"),
    QStringLiteral("program"),
    QStringLiteral("metric"),
    QStringLiteral("scope"),
    QStringLiteral("published"),
    QStringLiteral("before"),
    QStringLiteral("after"),
    QStringLiteral("change_percent"),
    QStringLiteral("residual_before"),
    QStringLiteral("residual_after"),
    QStringLiteral("weight"),
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void writePreview(QTextStream &out, const ForecastInput &input, const CalibrationFit &fit)
{
    CsvWriter csv;
    out << csv.record(previewColumns);
    for (const FitCell &cell : fit.cells) {
        const int vendor = input.programVendorIndex[cell.programIndex];
        csv.text(QStringLiteral("change"))
            .text(vendor >= 0 ? input.vendors[vendor].name : QString())
            .number(QString::number(cell.year))
            .text(input.programs[cell.programIndex].name)
            .text(QStringLiteral("units"))
            .empty()
            .empty()
            .number(number(cell.oldUnits, 0))
            .number(number(cell.newUnits, 0))
            .number(number(100.0 * (cell.newUnits / cell.oldUnits - 1.0), 2))
            .empty()
            .empty()
            .empty();
        out << csv.endRecord();
    }
    for (const FitTarget &target : fit.targets) {
        // Shares in percent and their residuals in points; volumes in their unit and their
        // residuals in percent of the published value.
        const int decimals = target.isShare ? 3 : 1;
        csv.text(QStringLiteral("target"))
            .text(target.vendorIndex >= 0 ? input.vendors[target.vendorIndex].name
                                          : QStringLiteral("All vendors"))
            .number(QString::number(target.year))
            .empty()
            .text(target.metric)
            .text(target.scope.isEmpty() ? QStringLiteral("total") : target.scope)
            .number(number(target.published, decimals))
            .number(number(target.modelledBefore, decimals))
            .number(number(target.modelledAfter, decimals))
            .empty()
            .number(number(target.residualBefore, 3))
            .number(number(target.residualAfter, 3))
            .number(QString::number(target.weight, 'g', 6));
        out << csv.endRecord();
    }
    csv.text(QStringLiteral("cost"));
    for (int c = 1; c < 7; ++c)
        csv.empty();
    csv.number(number(fit.costBefore, 4)).number(number(fit.costAfter, 4));
    for (int c = 9; c < previewColumns.size(); ++c)
        csv.empty();
    out << csv.endRecord();
    csv.text(QStringLiteral("regularisation"));
    for (int c = 1; c < 7; ++c)
        csv.empty();
    csv.number(number(0.0, 4)).number(number(fit.regularisationAfter, 4));
    for (int c = 9; c < previewColumns.size(); ++c)
        csv.empty();
    out << csv.endRecord();
}

} // namespace

int runCalibrationFitCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const FitWeights weights;
    parser.setApplicationDescription(
        tr("Fits units to the shares and volumes one vintage (edition) of a report published, by "
           "weighted least squares: %1 per percentage point of a share residual, %2 per percent "
           "of a volume residual, plus λ = %3 × (ln(new ÷ old))² per program divided by the number "
           "of its vendor's programs. Prints the preview as CSV: the units cells it would change, "
           "every figure's residual before and after, and the weighted cost. Writes nothing "
           "unless --apply is given; then the change is one step the desktop's Edit ▸ Undo "
           "takes back while the workbook is open.")
            .arg(weights.perSharePoint)
            .arg(weights.perVolumePercent)
            .arg(weights.regularisation));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("vintage"),
                       tr("The vintage <name> whose figures to fit, as the published figures "
                          "record it."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("year"),
                       tr("Only the year <year> (default: every year the vintage covers)."),
                       QStringLiteral("year") });
    parser.addOption({ QStringLiteral("apply"), tr("Write the fit into the scenario.") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("vintage")))
        return context.usageError(tr("calibration fit needs --vintage"));
    int year = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        const std::optional<int> chosen = context.yearValue(parser, QStringLiteral("year"));
        if (!chosen)
            return CommandContext::UsageError;
        year = *chosen;
    }

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
    if (!workbook.problems().isEmpty())
        return context.dataError(
            tr("scenario %1 is incomplete: %2")
                .arg(workbook.scenarioName(), workbook.problems().join(QStringLiteral("; "))));

    const QString vintage = parser.value(QStringLiteral("vintage"));
    const QStringList vintages = fitVintages(workbook.reportedValues());
    if (!vintages.contains(vintage)) {
        QStringList quoted;
        for (const QString &v : vintages)
            quoted << QLatin1Char('"') + v + QLatin1Char('"');
        return context.usageError(tr("no published figure has the vintage '%1' (vintages: %2)")
                                      .arg(vintage, quoted.join(QStringLiteral(", "))));
    }

    const CalibrationFit fit = workbook.previewFit(vintage, year);
    writePreview(context.out(), workbook.input(), fit);
    context.out().flush();
    for (const QString &leftOut : fit.leftOut)
        context.err() << "wafershare: " << tr("left out: %1").arg(leftOut) << '\n';
    if (!fit.problem.isEmpty()) {
        context.err() << "wafershare: " << tr("nothing to apply: %1").arg(fit.problem) << '\n';
    } else if (!parser.isSet(QStringLiteral("apply"))) {
        context.err()
            << "wafershare: "
            << tr("a preview only; add --apply to write these %1 cells.").arg(fit.cells.size())
            << '\n';
    } else {
        const QString error = workbook.applyFit(fit);
        if (!error.isEmpty())
            return context.dataError(tr("the fit was not applied: %1").arg(error));
        context.err() << "wafershare: "
                      << tr("applied: %1 units cells of scenario %2.")
                             .arg(fit.cells.size())
                             .arg(workbook.scenarioName())
                      << '\n';
    }
    context.err().flush();
    return CommandContext::Success;
}

} // namespace ws
