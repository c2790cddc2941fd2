// SPDX-License-Identifier: MIT
#include "cli/drawing/drawingcommands.h"
#include "core/translation.h"

#include "charts/appearance.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/forecastchartview.h"
#include "models/chartmodels.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

int runChartCommand(CommandContext &context, const QStringList &arguments)
{
    QStringList typeNames;
    for (ChartType type : allChartTypes())
        typeNames << chartTypeName(type);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draws a chart of the forecast to a PNG, SVG or PDF file, as the Charts page "
           "shows it. No display is needed."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("type"),
                       tr("The chart: %1.").arg(typeNames.join(QStringLiteral(", "))),
                       QStringLiteral("type"), QStringLiteral("share") });
    parser.addOption({ QStringLiteral("out"), tr("The <file> to write: .png, .svg or .pdf."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("scenario"),
                       tr("The scenario <name> (default: Base); repeat it to compare scenarios."),
                       QStringLiteral("name") });
    parser.addOption(CommandContext::metricOption());
    parser.addOption({ QStringLiteral("year"),
                       tr("The year of the donut, comparison and tornado (default: 2026)."),
                       QStringLiteral("year"), QStringLiteral("2026") });
    parser.addOption({ QStringLiteral("width"),
                       tr("Width of the chart's layout in pixels at 96 dpi (default: 1200)."),
                       QStringLiteral("pixels"), QStringLiteral("1200") });
    parser.addOption({ QStringLiteral("height"),
                       tr("Height of the chart's layout in pixels at 96 dpi (default: 800)."),
                       QStringLiteral("pixels"), QStringLiteral("800") });
    parser.addOption(
        { QStringLiteral("dpi"),
          tr("Resolution of a PNG, 24 to 1200 (default: 96): the same layout with dpi/96 times "
             "the pixels each way, so --dpi 300 makes a 1200×800 chart 3750×2500 pixels. SVG and "
             "PDF are vectors and ignore it."),
          QStringLiteral("dpi"), QStringLiteral("96") });
    parser.addOption({ QStringLiteral("absolute"), tr("Wafers instead of shares.") });
    parser.addOption({ QStringLiteral("split-others"),
                       tr("Kept for older scripts: every vendor is drawn on its own.") });
    parser.addOption({ QStringLiteral("vendor"), tr("The tornado's vendor (default: AWS)."),
                       QStringLiteral("vendor"), QStringLiteral("AWS") });
    parser.addOption({ QStringLiteral("palette"), tr("light (default) or dark."),
                       QStringLiteral("name"), QStringLiteral("light") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    ChartOptions options;
    const auto type = parseChartType(parser.value(QStringLiteral("type")));
    if (!type)
        return context.usageError(
            tr("--type must be one of %1, not '%2'")
                .arg(typeNames.join(QStringLiteral(", ")), parser.value(QStringLiteral("type"))));
    options.type = *type;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usageError(tr("chart needs --out FILE.png, .svg or .pdf"));
    if (const int code = context.refuseOutputOntoWorkbook(parser, out); code >= 0)
        return code;
    const std::optional<Metric> metric = context.metricValue(parser);
    if (!metric)
        return CommandContext::UsageError;
    options.metric = *metric;
    const std::optional<int> year = context.yearValue(parser, QStringLiteral("year"));
    if (!year)
        return CommandContext::UsageError;
    options.year = *year;
    bool widthOk = false, heightOk = false, dpiOk = false;
    const int width = parser.value(QStringLiteral("width")).toInt(&widthOk);
    const int height = parser.value(QStringLiteral("height")).toInt(&heightOk);
    const double dpi = parser.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    if (!widthOk || !heightOk || width < 100 || height < 100 || width > 20000 || height > 20000)
        return context.usageError(tr("--width and --height must be whole numbers of pixels from "
                                     "100 to 20000"));
    if (!dpiOk || !(dpi >= 24 && dpi <= 1200))
        return context.usageError(tr("--dpi must be a number from 24 to 1200, not '%1'")
                                      .arg(parser.value(QStringLiteral("dpi"))));
    const bool png = out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (const QString problem = ChartExporter::sizeProblem(QSize(width, height), dpi, png);
        !problem.isEmpty())
        return context.usageError(problem);
    options.absolute = parser.isSet(QStringLiteral("absolute"));
    options.groupSmallVendors = !parser.isSet(QStringLiteral("split-others"));
    options.vendor = parser.value(QStringLiteral("vendor"));
    const QString palette = parser.value(QStringLiteral("palette"));
    if (palette != QLatin1String("light") && palette != QLatin1String("dark"))
        return context.usageError(tr("--palette must be light or dark, not '%1'").arg(palette));
    if (palette == QLatin1String("dark"))
        applyPalette(palette);

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    Workbook workbook(std::move(database));
    QStringList scenarioNames = parser.values(QStringLiteral("scenario"));
    if (scenarioNames.isEmpty())
        scenarioNames << QStringLiteral("Base");
    for (const QString &name : std::as_const(scenarioNames)) {
        int id = 0;
        for (const Scenario &scenario : workbook.scenarios()) {
            if (scenario.name.compare(name, Qt::CaseInsensitive) == 0)
                id = scenario.id;
        }
        if (id == 0)
            return context.usageError(tr("there is no scenario named '%1'").arg(name));
        options.scenarioIds << id;
    }
    workbook.setScenario(options.scenarioIds.first());
    if (!workbook.problems().isEmpty())
        return context.dataError(
            tr("scenario %1 cannot be computed:\n  %2")
                .arg(workbook.scenarioName(), workbook.problems().join(QStringLiteral("\n  "))));
    if (workbook.input().yearIndex(options.year) < 0)
        return context.usageError(tr("the forecast has no year %1").arg(options.year));
    if (options.type == ChartType::Tornado && workbook.input().vendorIndex(options.vendor) < 0)
        return context.usageError(tr("there is no vendor named '%1'").arg(options.vendor));
    if (options.type == ChartType::Scenarios && options.scenarioIds.size() == 1) {
        // One scenario named: compare it with the root one, as the Charts page does.
        options.scenarioIds.clear();
    }

    ChartModels models;
    models.setWorkbook(&workbook);
    models.applyOptions(options);
    std::unique_ptr<ForecastChartView> view(
        createChartView(options.type, &models, nullptr, ChartMedium::Paper));
    view->setOptions(options);
    QString error;
    if (!view->exportTo(out, QSize(width, height), dpi, &error))
        return context.dataError(tr("cannot write %1: %2").arg(out, error));
    const QSize pixels =
        png ? ChartExporter::pixelSize(QSize(width, height), dpi) : QSize(width, height);
    context.out() << tr("wrote %1 (%2, %3×%4)")
                         .arg(out, chartTypeName(options.type))
                         .arg(pixels.width())
                         .arg(pixels.height())
                  << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
