// SPDX-License-Identifier: MIT
#include "resulttables.h"

#include "core/forecastbuilder.h"
#include "core/packagerules.h"

namespace ws {

namespace ResultTables {

namespace {

using Kind = DataColumn::Kind;

DataColumn column(const char *name, Kind kind, int decimals = DataColumn::twelveDigits)
{
    return { QString::fromLatin1(name), kind, decimals };
}

} // namespace

QHash<QPair<int, int>, double> reportedShares(const QList<ReportedValue> &reported, Metric metric)
{
    QHash<QPair<int, int>, double> shares;
    const QString reportedMetric = reportedShareMetric(metric);
    for (const ReportedValue &value : reported) {
        if (value.metric == reportedMetric)
            shares.insert({ value.vendorId, value.year }, value.value);
    }
    return shares;
}

DataTable shares(const ForecastInput &input, const ForecastResult &result, Metric metric,
                 const QList<int> &yearIndexes, const QHash<QPair<int, int>, double> &reported)
{
    // Fixed decimals per quantity, so that CSV diffs cleanly between runs.
    DataTable table;
    table.name = QStringLiteral("shares");
    table.columns = { column("year", Kind::Integer),     column("vendor", Kind::Text),
                      column("metric", Kind::Text),      column("wafers", Kind::Wafers, 1),
                      column("share", Kind::Percent, 3), column("reported_share", Kind::Percent) };
    for (int y : yearIndexes) {
        for (int v = 0; v < input.vendors.size(); ++v) {
            const auto key = qMakePair(input.vendors[v].id, input.years[y]);
            table.rows << QVariantList { input.years[y],
                                         input.vendors[v].name,
                                         metricName(metric),
                                         result.vendorWafers(metric, v, y),
                                         result.sharePercent(metric, v, y),
                                         reported.contains(key) ? QVariant(reported.value(key))
                                                                : QVariant() };
        }
    }
    return table;
}

DataTable programs(const ForecastInput &input, const ForecastResult &result,
                   const QList<int> &yearIndexes)
{
    DataTable table;
    table.name = QStringLiteral("programs");
    table.columns = { column("year", Kind::Integer), column("vendor", Kind::Text),
                      column("program", Kind::Text), column("package", Kind::Text),
                      column("die_role", Kind::Text) };
    for (auto field : allAssumptionFields())
        table.columns << DataColumn { assumptionFieldName(field), Kind::Number,
                                      DataColumn::twelveDigits };
    table.columns << column("gross_dies", Kind::Number) << column("yield", Kind::Number, 6)
                  << column("good_dies", Kind::Number, 4) << column("logic_wafers", Kind::Wafers, 1)
                  << column("cowos_wafers", Kind::Wafers, 1)
                  << column("compute_wafers", Kind::Wafers, 1) << column("cowos_basis", Kind::Text);
    // Each package, then its die kinds, so that a package reads as one block.
    QList<int> order;
    for (int p = 0; p < input.programs.size(); ++p) {
        if (input.packageIndexOf(p) >= 0)
            continue;
        order << p;
        for (int d = 0; d < input.programs.size(); ++d) {
            if (input.packageIndexOf(d) == p)
                order << d;
        }
    }
    for (int y : yearIndexes) {
        for (int p : std::as_const(order)) {
            const ProgramYearInputs &in = input.at(p, y);
            const ProgramYearResult &out = result.program(p, y);
            const int vendor = input.programVendorIndex[p];
            const int package = input.packageIndexOf(p);
            QVariantList row { input.years[y], vendor >= 0 ? input.vendors[vendor].name : QString(),
                               input.programs[p].name,
                               package >= 0 ? input.programs[package].name : QString(),
                               dieRoleName(input.programs[p].dieRole) };
            for (auto field : allAssumptionFields()) {
                // A die kind has no units or CoWoS inputs of its own: its package's hold.
                if (package >= 0 && PackageRules::isPackageField(field))
                    row << QVariant();
                else
                    row << assumptionValue(in, field);
            }
            row << out.grossDies << out.yield << out.goodDies << out.logicWafers << out.cowosWafers
                << out.computeWafers
                << (package >= 0 ? QVariant() : QVariant(cowosBasisName(out.cowosBasis)));
            table.rows << row;
        }
    }
    return table;
}

DataTable sensitivity(const ForecastInput &input, const QList<SensitivityRow> &rows)
{
    DataTable table;
    table.name = QStringLiteral("sensitivity");
    table.columns = { column("program", Kind::Text),         column("vendor", Kind::Text),
                      column("field", Kind::Text),           column("base_value", Kind::Number),
                      column("low_value", Kind::Number),     column("high_value", Kind::Number),
                      column("low_share", Kind::Percent, 4), column("high_share", Kind::Percent, 4),
                      column("swing", Kind::Percent, 4) };
    for (const SensitivityRow &row : rows) {
        const int v = input.programVendorIndex[static_cast<size_t>(row.programIndex)];
        table.rows << QVariantList { input.programs[row.programIndex].name,
                                     v >= 0 ? input.vendors[v].name : QString(),
                                     assumptionFieldName(row.field),
                                     row.baseValue,
                                     row.lowValue,
                                     row.highValue,
                                     row.lowShare,
                                     row.highShare,
                                     row.swing };
    }
    return table;
}

DataTable ranking(const SupplyChain &chain, const QList<BenefitRow> &rows,
                  const QHash<int, QString> &vendorNames)
{
    DataTable table;
    table.name = QStringLiteral("ranking");
    table.columns = { column("rank", Kind::Integer),       column("company", Kind::Text),
                      column("name_zh", Kind::Text),       column("ticker", Kind::Text),
                      column("tier", Kind::Text),          column("impact", Kind::Wafers, 1),
                      column("exposure", Kind::Number, 4), column("driving_vendor", Kind::Text) };
    for (int r = 0; r < rows.size(); ++r) {
        const BenefitRow &row = rows[r];
        const Company *company = chain.company(row.companyId);
        table.rows << QVariantList { r + 1,
                                     company->name,
                                     company->nameZh,
                                     company->ticker,
                                     company->tier,
                                     row.impact,
                                     row.exposureByVendor.value(row.drivingVendorId, 0.0),
                                     vendorNames.value(row.drivingVendorId) };
    }
    return table;
}

DataTable calibration(const ForecastInput &input, const QList<CalibrationRow> &rows,
                      const QHash<int, QString> &sourceTitles)
{
    DataTable table;
    table.name = QStringLiteral("calibration");
    // published, modelled and residual are shares in points on some rows and volumes on others.
    table.columns = { column("vendor", Kind::Text),
                      column("year", Kind::Integer),
                      column("metric", Kind::Text),
                      column("scope", Kind::Text),
                      column("vintage", Kind::Text),
                      column("published", Kind::Number),
                      column("modelled", Kind::Number),
                      column("residual", Kind::Number),
                      column("residual_percent", Kind::Percent, 2),
                      column("source", Kind::Text),
                      column("source_id", Kind::Integer),
                      column("reported_value_id", Kind::Integer) };
    for (const CalibrationRow &row : rows) {
        // Names a script can match whatever the language of the terminal.
        const QString vendor = row.vendorIndex >= 0 ? input.vendors.at(row.vendorIndex).name
                                                    : QStringLiteral("All vendors");
        const QString scope = row.scope.isEmpty() ? QStringLiteral("total") : row.scope;
        table.rows << QVariantList { vendor,
                                     row.year,
                                     row.metric,
                                     scope,
                                     row.vintage,
                                     row.reported,
                                     row.modelled,
                                     row.residual,
                                     row.residualPercent ? QVariant(*row.residualPercent)
                                                         : QVariant(),
                                     sourceTitles.value(row.sourceId),
                                     row.sourceId,
                                     row.reportedId };
    }
    return table;
}

} // namespace ResultTables

} // namespace ws
