// SPDX-License-Identifier: MIT
#include "workbooktables.h"

#include "core/calibration.h"
#include "core/exposure.h"
#include "core/impact.h"
#include "core/sensitivity.h"
#include "files/tablecolumns.h"
#include "resulttables.h"
#include "store/forecastrepository.h"
#include "store/supplychainrepository.h"
#include "store/tableexport.h"

#include <QSqlDatabase>

namespace ws {

namespace {

constexpr int commandsDefaultYear = 2026;
constexpr double sensitivityStep = 20.0;
const Metric defaultMetric = Metric::ComputeWafers;

} // namespace

int WorkbookTables::defaultYear(const ForecastInput &input)
{
    if (input.yearIndex(commandsDefaultYear) >= 0 || input.years.isEmpty())
        return commandsDefaultYear;
    return input.years.last();
}

QList<DataTable> WorkbookTables::all(QSqlDatabase &db, const ForecastInput &input,
                                     const ForecastResult &result, int year, QString *error)
{
    QList<DataTable> sheets;
    for (const QString &name : csvTableOrder()) {
        DataTable table;
        if (!exportTable(db, name, std::nullopt, &table, error))
            return {};
        if (name == QLatin1String("source"))
            table.name = QStringLiteral("sources");
        sheets << table;
    }

    const int yearIndex = input.yearIndex(year);
    if (yearIndex < 0) {
        QStringList years;
        for (int y : input.years)
            years << QString::number(y);
        *error = tr("the scenario has no year %1 (it has: %2)")
                     .arg(year)
                     .arg(years.join(QStringLiteral(", ")));
        return {};
    }
    ForecastRepository repository(db);
    const QList<ReportedValue> reported = repository.reportedValues();
    sheets << ResultTables::shares(input, result, defaultMetric, { yearIndex },
                                   ResultTables::reportedShares(reported, defaultMetric));
    sheets << ResultTables::programs(input, result, { yearIndex });

    if (!input.vendors.isEmpty()) {
        const int aws = input.vendorIndex(QStringLiteral("AWS"));
        const int vendor = aws >= 0 ? aws : 0;
        sheets << ResultTables::sensitivity(
            input,
            SensitivityAnalysis::run(input, vendor, yearIndex, defaultMetric, sensitivityStep));
    }

    if (const std::optional<QList<VendorChange>> changes =
            ImpactAnalysis::yearOverYear(input, result, defaultMetric, year)) {
        SupplyChainRepository chainRepository(db);
        const SupplyChain chain = chainRepository.load();
        if (!chainRepository.error().isEmpty()) {
            *error = tr("the supply chain cannot be read: %1").arg(chainRepository.error());
            return {};
        }
        QHash<int, QString> vendorNames;
        for (const Vendor &vendor : input.vendors)
            vendorNames.insert(vendor.id, vendor.name);
        const ExposureResult exposure = ExposureAnalysis(chain).compute();
        sheets << ResultTables::ranking(
            chain, ImpactAnalysis::rankBenefits(chain, exposure, *changes), vendorNames);
    }

    sheets << ResultTables::calibration(input, compareWithReported(input, result, reported),
                                        repository.sourceTitles());
    return sheets;
}

} // namespace ws
