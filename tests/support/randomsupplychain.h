// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace ws::test {

/** A reproducible synthetic supply chain for layout tests and benchmarks: companies spread
    over every tier of SupplyChain::tierOrder(), up to four chip vendors, and relations that
    mostly run from an earlier tier to a later one (supplier → customer) with some running
    anywhere, as real data has a few odd links. No self loops, no duplicate pairs. */
inline SupplyChain randomSupplyChain(int companies, int relations, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList tiers = SupplyChain::tierOrder();
    const QString vendorTier = QStringLiteral("vendor");
    QStringList otherTiers = tiers;
    otherTiers.removeAll(vendorTier);

    SupplyChain chain;
    QList<int> rankOf; // tier order index of each company, by position in chain.companies
    const int vendorCount = std::clamp(companies / 5, companies > 0 ? 1 : 0, 4);
    for (int i = 0; i < companies; ++i) {
        Company company;
        company.id = i + 1;
        company.name = QStringLiteral("Company %1").arg(company.id);
        if (i < vendorCount) {
            company.tier = vendorTier;
            company.vendorId = i + 1;
        } else {
            // The first companies walk through every tier so that even a small graph has them
            // all; the rest pick one at random.
            const int other = i - vendorCount;
            company.tier = other < otherTiers.size()
                ? otherTiers[other]
                : otherTiers[static_cast<int>(
                      random.bounded(static_cast<quint32>(otherTiers.size())))];
        }
        rankOf << static_cast<int>(tiers.indexOf(company.tier));
        chain.companies << company;
    }

    // Without this cap a request for more relations than distinct pairs would never end.
    const qint64 possible = static_cast<qint64>(companies) * (companies - 1);
    const int wanted = static_cast<int>(std::min<qint64>(relations, possible));
    QSet<quint64> used;
    used.reserve(wanted);
    const auto pick = [&] {
        return static_cast<int>(random.bounded(static_cast<quint32>(companies)));
    };
    while (chain.relations.size() < wanted) {
        int supplier = pick();
        int customer = pick();
        if (supplier == customer)
            continue;
        const bool forward = random.bounded(100U) < 85U;
        if (forward) {
            if (rankOf[supplier] == rankOf[customer])
                continue;
            if (rankOf[supplier] > rankOf[customer])
                std::swap(supplier, customer);
        }
        const quint64 key = (static_cast<quint64>(supplier) << 32) | static_cast<quint64>(customer);
        if (used.contains(key))
            continue;
        used.insert(key);
        Relation relation;
        relation.id = static_cast<int>(chain.relations.size()) + 1;
        relation.supplierId = supplier + 1;
        relation.customerId = customer + 1;
        relation.kind = QStringLiteral("supplies");
        relation.product = QStringLiteral("Product %1").arg(relation.id);
        relation.weight = 1.0 - random.generateDouble(); // (0, 1]
        chain.relations << relation;
    }
    return chain;
}

} // namespace ws::test
