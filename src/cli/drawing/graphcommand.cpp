// SPDX-License-Identifier: MIT
#include "cli/drawing/drawingcommands.h"
#include "core/translation.h"

#include "core/exposure.h"
#include "core/forecastengine.h"
#include "core/impact.h"
#include "graph/graphexporter.h"
#include "graph/graphmetrics.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "models/workbook.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace ws {

namespace {

/** What GraphML's impact is computed from: the vendors' change in compute wafers from the year
    before in one scenario, as `benefits` ranks it by default. */
struct ImpactBasis
{
    Scenario scenario;
    ForecastInput input;
    int year = 0;
    QList<VendorChange> changes;
};

/** The impact's basis for the scenario named @p scenarioName and @p year in @p database; nothing
    when there is none, and why in @p problem. */
std::optional<ImpactBasis> impactBasis(const Database &database, const QString &scenarioName,
                                       int year, QString *problem)
{
    ForecastRepository repository(database.connection());
    const std::optional<Scenario> scenario = repository.scenarioByName(scenarioName);
    if (!scenario) {
        QStringList names;
        for (const Scenario &s : repository.scenarios())
            names << s.name;
        *problem = tr("%1 has no scenario named '%2' (it has: %3)")
                       .arg(database.path(), scenarioName, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    ForecastBuilder::Result built = repository.loadForecast(scenario->id);
    if (!built.problems.isEmpty()) {
        *problem = tr("scenario %1 cannot be computed:\n  %2")
                       .arg(scenario->name, built.problems.join(QStringLiteral("\n  ")));
        return std::nullopt;
    }
    const std::optional<QList<VendorChange>> changes = ImpactAnalysis::yearOverYear(
        built.input, ForecastEngine::compute(built.input), Metric::ComputeWafers, year);
    if (!changes) {
        QStringList years;
        for (int y : built.input.years)
            years << QString::number(y);
        *problem = tr("--year: the impact compares %3 with %2, and scenario %1 lacks one of them "
                      "(it has: %4)")
                       .arg(scenario->name)
                       .arg(year - 1)
                       .arg(year)
                       .arg(years.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return ImpactBasis { *scenario, std::move(built.input), year, *changes };
}

} // namespace

int runGraphCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws the supply-chain graph to PNG, SVG or PDF, or writes it as GraphML. No "
           "display is needed."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("layout"), tr("layered (default) or force."),
                       QStringLiteral("layout"), QStringLiteral("layered") });
    parser.addOption({ QStringLiteral("out"), tr("The <file>: .png, .svg, .pdf or .graphml."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("focus"),
                       tr("Only the chain up- and downstream of the <company> (English or Chinese "
                          "name, or ticker)."),
                       QStringLiteral("company") });
    parser.addOption({ QStringLiteral("scale"), tr("PNG pixels per point (default: 2)."),
                       QStringLiteral("scale"), QStringLiteral("2") });
    parser.addOption({ QStringLiteral("scenario"),
                       tr("GraphML: the scenario <name> whose impact the companies carry "
                          "(default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("year"),
                       tr("GraphML: the <year> of that impact, against the year before (default: "
                          "2026)."),
                       QStringLiteral("year"), QStringLiteral("2026") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;
    const QString layout = parser.value(QStringLiteral("layout"));
    if (layout != QLatin1String("layered") && layout != QLatin1String("force"))
        return context.usageError(tr("--layout must be layered or force, not '%1'").arg(layout));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(tr("graph needs --out FILE.png, .svg, .pdf or .graphml"));
    if (const int code = context.refuseOutputOntoWorkbook(parser, out); code >= 0)
        return code;
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || scale < 0.25 || scale > 8)
        return context.usageError(tr("--scale must be a number from 0.25 to 8"));

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    // Only GraphML carries the impact: a picture does not need the scenario to be computable.
    std::optional<ImpactBasis> impact;
    QString impactNote;
    if (QFileInfo(out).suffix().compare(QLatin1String("graphml"), Qt::CaseInsensitive) == 0) {
        const std::optional<int> year = context.yearValue(parser, QStringLiteral("year"));
        if (!year)
            return CommandContext::UsageError;
        QString problem;
        impact = impactBasis(*database, parser.value(QStringLiteral("scenario")), *year, &problem);
        if (!impact &&
            (parser.isSet(QStringLiteral("scenario")) || parser.isSet(QStringLiteral("year"))))
            return context.usageError(problem);
        // The defaults do not fit this workbook (no Base, no 2025): the graph and its exposures
        // are still written, and the reason given.
        if (!impact)
            impactNote = tr("the GraphML carries no impact: %1").arg(problem);
    }
    Workbook workbook(std::move(database));
    SupplyChainScene scene;
    scene.setWorkbook(&workbook);
    scene.cancelLayout(); // the scene starts one in the background; this command waits for its own
    scene.setLayoutKind(layout == QLatin1String("force") ? LayoutKind::Force : LayoutKind::Layered);
    scene.cancelLayout();
    scene.relayoutNow();

    QString title = tr("Supply chain, %1 layout").arg(layout);
    if (parser.isSet(QStringLiteral("focus"))) {
        const QString wanted = parser.value(QStringLiteral("focus")).trimmed();
        int focus = 0;
        for (const Company &company : workbook.supplyChain()->chain().companies) {
            if (company.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                company.nameZh == wanted ||
                (!company.ticker.isEmpty() &&
                 company.ticker.compare(wanted, Qt::CaseInsensitive) == 0))
                focus = company.id;
        }
        if (!focus)
            return context.usageError(tr("there is no company named '%1'").arg(wanted));
        scene.setFocusCompany(focus);
        title = tr("Supply chain of %1, %2 layout").arg(scene.node(focus)->company().name, layout);
    }
    const SupplyChain &chain = workbook.supplyChain()->chain();
    const ExposureResult exposure = ExposureAnalysis(chain).compute();
    const GraphMetrics metrics = impact
        ? GraphMetrics::compute(chain, impact->input.vendors, exposure,
                                ImpactAnalysis::rankBenefits(chain, exposure, impact->changes),
                                impact->scenario.name, impact->year)
        : GraphMetrics::compute(chain, workbook.input().vendors, exposure, {}, QString(), 0);
    QString error;
    const GraphExporter::Result result =
        GraphExporter::exportGraph(&scene, { out, scale, title }, &error, metrics);
    if (result == GraphExporter::Result::UnknownFormat)
        return context.usageError(error);
    if (result != GraphExporter::Result::Success)
        return context.dataError(tr("cannot write %1: %2").arg(out, error));
    context.out()
        << tr("wrote %1 (%2 companies, %3 layout)").arg(out).arg(scene.nodes().size()).arg(layout)
        << '\n';
    if (!scene.layoutNote().isEmpty())
        context.err() << "wafershare: " << scene.layoutNote() << '\n';
    if (!impactNote.isEmpty())
        context.err() << "wafershare: " << impactNote << '\n';
    context.out().flush();
    context.err().flush();
    return CommandContext::Success;
}

} // namespace ws
