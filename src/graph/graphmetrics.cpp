// SPDX-License-Identifier: MIT
#include "graphmetrics.h"

#include "core/domain.h"
#include "core/exposure.h"
#include "core/impact.h"
#include "core/supplychain.h"

namespace ws {

QString GraphMetrics::exposureKey(const Vendor &vendor, const QStringList &taken)
{
    // Only ASCII in a key: it is an XML name and a column name in Gephi and Cytoscape.
    QString slug;
    for (const QChar c : vendor.name.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    QString key = QStringLiteral("exposure_") + slug;
    if (slug.isEmpty() || taken.contains(key))
        key = QStringLiteral("exposure_vendor%1").arg(vendor.id);
    while (taken.contains(key))
        key += QLatin1Char('_');
    return key;
}

GraphMetrics GraphMetrics::compute(const SupplyChain &chain, const QList<Vendor> &vendors,
                                   const ExposureResult &exposure, const QList<BenefitRow> &rows,
                                   const QString &scenario, int year)
{
    GraphMetrics metrics;
    metrics.scenario = scenario;
    metrics.year = year;
    QStringList taken;
    for (const Vendor &vendor : vendors) {
        const QString key = exposureKey(vendor, taken);
        taken << key;
        metrics.vendors.append({ key, vendor.name, vendor.id });
    }
    std::map<int, QList<int>> companiesOfVendor; // vendor id → the companies carrying it
    for (const Company &company : chain.companies) {
        if (company.vendorId)
            companiesOfVendor[company.vendorId] << company.id;
    }
    for (const Company &company : chain.companies) {
        QList<double> values;
        values.reserve(metrics.vendors.size());
        for (const VendorColumn &column : std::as_const(metrics.vendors)) {
            double sum = 0.0;
            const auto carriers = companiesOfVendor.find(column.vendorId);
            if (carriers != companiesOfVendor.end()) {
                for (int vendorCompanyId : carriers->second)
                    sum += exposure.exposure(company.id, vendorCompanyId);
            }
            values << sum;
        }
        metrics.exposure[company.id] = values;
    }
    for (const BenefitRow &row : rows)
        metrics.impact[row.companyId] = row.impact;
    return metrics;
}

} // namespace ws
