// SPDX-License-Identifier: MIT
#include "impact.h"

#include "exposure.h"
#include "forecastengine.h"
#include "forecastinput.h"
#include "supplychain.h"

#include <algorithm>
#include <cmath>

namespace ws {

std::optional<QList<VendorChange>> ImpactAnalysis::yearOverYear(const ForecastInput &input,
                                                                const ForecastResult &result,
                                                                Metric metric, int year)
{
    const int current = input.yearIndex(year);
    const int previous = input.yearIndex(year - 1);
    if (current < 0 || previous < 0 || current >= result.yearCount() ||
        previous >= result.yearCount())
        return std::nullopt;
    QList<VendorChange> changes;
    for (int v = 0; v < input.vendors.size() && v < result.vendorCount(); ++v) {
        changes.append(
            { input.vendors[v].id,
              result.vendorWafers(metric, v, current) - result.vendorWafers(metric, v, previous) });
    }
    return changes;
}

std::optional<QList<VendorChange>> ImpactAnalysis::againstBase(const ForecastInput &scenarioInput,
                                                               const ForecastResult &scenario,
                                                               const ForecastInput &baseInput,
                                                               const ForecastResult &base,
                                                               Metric metric, int year)
{
    const int scenarioYear = scenarioInput.yearIndex(year);
    const int baseYear = baseInput.yearIndex(year);
    if (scenarioYear < 0 || baseYear < 0 || scenarioYear >= scenario.yearCount() ||
        baseYear >= base.yearCount())
        return std::nullopt;
    // Scenarios of one workbook share their vendors, but a vendor without programs on one side
    // is still a change (from or to nothing).
    QList<VendorChange> changes;
    QHash<int, qsizetype> position;
    for (int v = 0; v < scenarioInput.vendors.size() && v < scenario.vendorCount(); ++v) {
        position.insert(scenarioInput.vendors[v].id, changes.size());
        changes.append(
            { scenarioInput.vendors[v].id, scenario.vendorWafers(metric, v, scenarioYear) });
    }
    for (int v = 0; v < baseInput.vendors.size() && v < base.vendorCount(); ++v) {
        const int id = baseInput.vendors[v].id;
        const double wafers = base.vendorWafers(metric, v, baseYear);
        if (const auto it = position.constFind(id); it != position.constEnd())
            changes[*it].change -= wafers;
        else
            changes.append({ id, -wafers });
    }
    return changes;
}

QList<BenefitRow> ImpactAnalysis::rankBenefits(const SupplyChain &chain,
                                               const ExposureResult &exposure,
                                               const QList<VendorChange> &changes,
                                               std::optional<int> onlyVendorId)
{
    QHash<int, double> changeOf;
    for (const VendorChange &change : changes) {
        if (!onlyVendorId || change.vendorId == *onlyVendorId)
            changeOf[change.vendorId] += change.change;
    }
    // Vendor company → its vendor id, in the result's column order.
    QList<std::pair<int, int>> vendorCompanies;
    for (int companyId : exposure.vendorCompanyIds()) {
        if (const Company *company = chain.company(companyId); company && company->vendorId != 0)
            vendorCompanies.append({ companyId, company->vendorId });
    }

    QList<BenefitRow> rows;
    for (const Company &company : chain.companies) {
        if (company.vendorId != 0)
            continue;
        BenefitRow row;
        row.companyId = company.id;
        for (const auto &[vendorCompanyId, vendorId] : vendorCompanies)
            row.exposureByVendor[vendorId] += exposure.exposure(company.id, vendorCompanyId);
        if (onlyVendorId && !row.exposureByVendor.contains(*onlyVendorId))
            row.exposureByVendor.insert(*onlyVendorId, 0.0);

        double bestExposure = 0.0;
        // Summed in vendor id order: a hash's order changes from one process to the next, and
        // with it the last bits of the sum, which then reorder near ties and differ in an
        // exported file.
        QList<int> vendorIds = row.exposureByVendor.keys();
        std::sort(vendorIds.begin(), vendorIds.end());
        for (const int vendorId : std::as_const(vendorIds)) {
            const double vendorExposure = row.exposureByVendor.value(vendorId);
            const double term = vendorExposure * changeOf.value(vendorId, 0.0);
            row.impact += term;
            if (onlyVendorId) {
                if (vendorId == *onlyVendorId)
                    row.drivingTerm = term;
                continue;
            }
            const bool better = row.drivingVendorId == 0 ||
                std::abs(term) > std::abs(row.drivingTerm) ||
                (std::abs(term) == std::abs(row.drivingTerm) &&
                 (vendorExposure > bestExposure ||
                  (vendorExposure == bestExposure && vendorId < row.drivingVendorId)));
            if (better && (term != 0.0 || vendorExposure > 0.0)) {
                row.drivingVendorId = vendorId;
                row.drivingTerm = term;
                bestExposure = vendorExposure;
            }
        }
        if (onlyVendorId)
            row.drivingVendorId = *onlyVendorId;
        rows.append(row);
    }

    std::sort(rows.begin(), rows.end(), [&chain](const BenefitRow &a, const BenefitRow &b) {
        if (a.impact != b.impact)
            return a.impact > b.impact;
        const int byName =
            chain.company(a.companyId)
                ->name.compare(chain.company(b.companyId)->name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.companyId < b.companyId;
    });
    return rows;
}

} // namespace ws
