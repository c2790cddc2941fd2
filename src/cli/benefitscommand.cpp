// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/exposure.h"
#include "core/forecastengine.h"
#include "core/impact.h"
#include "core/scenariolineage.h"
#include "files/csvwriter.h"
#include "models/computedforecast.h"
#include "models/resulttables.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/supplychainrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ws {

namespace {

constexpr int maxDepth = 10;

QString yearList(const ForecastInput &input)
{
    QStringList years;
    for (int y : input.years)
        years << QString::number(y);
    return years.join(QStringLiteral(", "));
}

} // namespace

int runBenefitsCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ranks the companies of the supply chain by how many wafers' worth of the vendors' "
           "growth reaches them: Σ over vendors of exposure (the summed products of relation "
           "weights along supplier → customer paths) × the vendor's change in wafers."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("year"), tr("The year <year> (default: 2026)."),
                       QStringLiteral("year"), QStringLiteral("2026") });
    parser.addOption({ QStringLiteral("vendor"),
                       tr("Count only this vendor's change, any letter case (default: all "
                          "vendors)."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("against"),
                       tr("yoy: the change from the year before; base: the change from the root "
                          "scenario in the same year (default: yoy)."),
                       QStringLiteral("yoy|base"), QStringLiteral("yoy") });
    parser.addOption(CommandContext::metricOption());
    parser.addOption({ QStringLiteral("depth"),
                       tr("The most relations a counted path may have, 1 to 10 (default: 6)."),
                       QStringLiteral("n"), QString::number(ExposureAnalysis::defaultDepth) });
    parser.addOption(CommandContext::formatOption());
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    const std::optional<Metric> metric = context.metricValue(parser);
    if (!metric)
        return CommandContext::UsageError;
    const std::optional<QString> formatOption = context.formatValue(parser);
    if (!formatOption)
        return CommandContext::UsageError;
    const QString format = *formatOption;
    const QString against = parser.value(QStringLiteral("against"));
    if (against != QLatin1String("yoy") && against != QLatin1String("base"))
        return context.usageError(tr("--against must be yoy or base, not '%1'").arg(against));
    bool ok = false;
    const int depth = parser.value(QStringLiteral("depth")).toInt(&ok);
    if (!ok || depth < 1 || depth > maxDepth)
        return context.usageError(tr("--depth must be a whole number from 1 to %1, not '%2'")
                                      .arg(maxDepth)
                                      .arg(parser.value(QStringLiteral("depth"))));
    const std::optional<int> yearOption = context.yearValue(parser, QStringLiteral("year"));
    if (!yearOption)
        return CommandContext::UsageError;
    const int year = *yearOption;

    int exitCode = CommandContext::Success;
    const std::optional<ScenarioForecast> loaded = context.loadScenario(parser, &exitCode);
    if (!loaded)
        return exitCode;
    const ForecastInput &input = loaded->input;
    const QString path = loaded->database->path();

    QHash<int, QString> vendorNames;
    QStringList vendorList;
    for (const Vendor &vendor : input.vendors) {
        vendorNames.insert(vendor.id, vendor.name);
        vendorList << vendor.name;
    }
    std::optional<int> onlyVendor;
    if (parser.isSet(QStringLiteral("vendor"))) {
        const QString name = parser.value(QStringLiteral("vendor"));
        const int index = input.vendorIndex(name);
        if (index < 0)
            return context.usageError(tr("--vendor: %1 has no vendor named '%2' (it has: %3)")
                                          .arg(path, name, vendorList.join(QStringLiteral(", "))));
        onlyVendor = input.vendors[index].id;
    }

    if (input.yearIndex(year) < 0)
        return context.usageError(tr("scenario %1 has no year %2 (it has: %3)")
                                      .arg(loaded->scenario.name)
                                      .arg(year)
                                      .arg(yearList(input)));
    const ForecastResult result = ForecastEngine::compute(input);
    std::optional<QList<VendorChange>> changes;
    if (against == QLatin1String("yoy")) {
        changes = ImpactAnalysis::yearOverYear(input, result, *metric, year);
        if (!changes)
            return context.usageError(
                tr("--against yoy: scenario %1 has no year %2 to compare %3 with (it has: %4); "
                   "choose a later year or --against base")
                    .arg(loaded->scenario.name)
                    .arg(year - 1)
                    .arg(year)
                    .arg(yearList(input)));
    } else {
        // The root of the scenario's family, Base in the default workbook.
        const QList<Scenario> scenarios =
            ForecastRepository(loaded->database->connection()).scenarios();
        const int rootId = rootScenarioOf(scenarios, loaded->scenario.id);
        const auto root = std::find_if(scenarios.cbegin(), scenarios.cend(),
                                       [rootId](const Scenario &s) { return s.id == rootId; });
        const QString rootName = root != scenarios.cend() ? root->name : loaded->scenario.name;
        std::optional<ComputedForecast> base;
        if (rootId != loaded->scenario.id) {
            base = CommandContext::computeStoredScenario(*loaded->database, rootId);
            if (!base->problems.isEmpty())
                return context.dataError(
                    tr("scenario %1 cannot be computed:\n  %2")
                        .arg(rootName, base->problems.join(QStringLiteral("\n  "))));
        }
        const ForecastInput &baseInput = base ? base->input : input;
        changes = ImpactAnalysis::againstBase(input, result, baseInput,
                                              base ? base->result : result, *metric, year);
        if (!changes)
            return context.usageError(tr("--against base: scenario %1 has no year %2 (it has: %3)")
                                          .arg(rootName)
                                          .arg(year)
                                          .arg(yearList(baseInput)));
    }

    SupplyChainRepository chainRepository(loaded->database->connection());
    const SupplyChain chain = chainRepository.load();
    if (!chainRepository.error().isEmpty())
        return context.dataError(
            tr("%1: the supply chain cannot be read: %2").arg(path, chainRepository.error()));
    const ExposureResult exposure = ExposureAnalysis(chain, depth).compute();
    const QList<BenefitRow> rows =
        ImpactAnalysis::rankBenefits(chain, exposure, *changes, onlyVendor);

    if (!exposure.cycles().isEmpty()) {
        // Reported, not fatal: the ranking counts simple paths only, so it stands.
        QStringList cycles;
        for (const QList<int> &cycle : exposure.cycles()) {
            QStringList names;
            for (int id : cycle)
                names << chain.company(id)->name;
            names << chain.company(cycle.first())->name;
            cycles << names.join(QStringLiteral(" → "));
        }
        context.err() << "wafershare: "
                      << tr("the supply chain has cycles, counted without going round them:")
                      << "\n  " << cycles.join(QStringLiteral("\n  "))
                      << (exposure.cyclesTruncated() ? QStringLiteral("\n  …") : QString()) << '\n';
        context.err().flush();
    }

    const DataTable table = ResultTables::ranking(chain, rows, vendorNames);
    if (DataTable *captured = context.capturedTable()) {
        *captured = table;
        return CommandContext::Success;
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (int r = 0; r < rows.size(); ++r) {
            const BenefitRow &row = rows[r];
            const Company *company = chain.company(row.companyId);
            QJsonObject object;
            object.insert(QStringLiteral("rank"), r + 1);
            object.insert(QStringLiteral("company_id"), row.companyId);
            object.insert(QStringLiteral("company"), company->name);
            object.insert(QStringLiteral("name_zh"), company->nameZh);
            object.insert(QStringLiteral("ticker"), company->ticker);
            object.insert(QStringLiteral("tier"), company->tier);
            object.insert(QStringLiteral("impact"), row.impact);
            object.insert(QStringLiteral("exposure"),
                          row.exposureByVendor.value(row.drivingVendorId, 0.0));
            object.insert(QStringLiteral("driving_vendor"), vendorNames.value(row.drivingVendorId));
            array.append(object);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        context.out() << CsvWriter::table(table);
    }
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
