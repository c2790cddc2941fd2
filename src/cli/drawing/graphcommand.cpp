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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace ws {

namespace {

/** What GraphML's impact is computed from: the vendors' change in compute wafers from the year
    before in the scenario --scenario names, as `benefits` ranks it by default. */
struct ImpactBasis
{
    ScenarioForecast loaded;
    int year = 0;
    QList<VendorChange> changes;
};

std::optional<ImpactBasis> impactBasis(CommandContext &context, const QCommandLineParser &parser,
                                       int *exitCode)
{
    const std::optional<int> year = context.yearValue(parser, QStringLiteral("year"));
    if (!year) {
        *exitCode = CommandContext::UsageError;
        return std::nullopt;
    }
    std::optional<ScenarioForecast> loaded = context.loadScenario(parser, exitCode);
    if (!loaded)
        return std::nullopt;
    const ForecastInput &input = loaded->input;
    QStringList years;
    for (int y : input.years)
        years << QString::number(y);
    const std::optional<QList<VendorChange>> changes = ImpactAnalysis::yearOverYear(
        input, ForecastEngine::compute(input), Metric::ComputeWafers, *year);
    if (!changes) {
        *exitCode = context.usageError(tr("--year: the impact compares %3 with %2, and scenario %1 "
                                          "lacks one of them (it has: %4)")
                                           .arg(loaded->scenario.name)
                                           .arg(*year - 1)
                                           .arg(*year)
                                           .arg(years.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return ImpactBasis { std::move(*loaded), *year, *changes };
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
    // Only GraphML carries the impact: a picture does not need the scenario to be computable.
    std::optional<ImpactBasis> impact;
    std::unique_ptr<Database> database;
    if (QFileInfo(out).suffix().compare(QLatin1String("graphml"), Qt::CaseInsensitive) == 0) {
        impact = impactBasis(context, parser, &exitCode);
        if (!impact)
            return exitCode;
        database = std::move(impact->loaded.database);
    } else {
        database = context.openDatabase(parser, &exitCode);
    }
    if (!database)
        return exitCode;
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
    GraphMetrics metrics;
    if (impact) {
        const SupplyChain &chain = workbook.supplyChain()->chain();
        const ExposureResult exposure = ExposureAnalysis(chain).compute();
        metrics =
            GraphMetrics::compute(chain, impact->loaded.input.vendors, exposure,
                                  ImpactAnalysis::rankBenefits(chain, exposure, impact->changes),
                                  impact->loaded.scenario.name, impact->year);
    }
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
    context.out().flush();
    context.err().flush();
    return CommandContext::Success;
}

} // namespace ws
