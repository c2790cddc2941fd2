// SPDX-License-Identifier: MIT
#include "supplychain.h"
#include "idorder.h"

#include <algorithm>

namespace ws {

int SupplyChain::companyIndex(int companyId) const
{
    if (mIndexedCount != companies.size()) {
        mIndexById.clear();
        for (int i = 0; i < companies.size(); ++i)
            mIndexById.insert(companies[i].id, i);
        mIndexedCount = companies.size();
    }
    return mIndexById.value(companyId, -1);
}

const Company *SupplyChain::company(int companyId) const
{
    const int index = companyIndex(companyId);
    return index < 0 ? nullptr : &companies[index];
}

void SupplyChain::putCompany(const Company &company)
{
    putInIdOrder(companies, company);
    mIndexedCount = -1;
}

void SupplyChain::removeCompany(int companyId)
{
    companies.removeIf([companyId](const Company &c) { return c.id == companyId; });
    relations.removeIf([companyId](const Relation &r) {
        return r.supplierId == companyId || r.customerId == companyId;
    });
    mIndexedCount = -1;
}

void SupplyChain::putRelation(const Relation &relation)
{
    putInIdOrder(relations, relation);
}

void SupplyChain::removeRelation(int relationId)
{
    relations.removeIf([relationId](const Relation &r) { return r.id == relationId; });
}

QList<QStringList> SupplyChain::tierColumns()
{
    // Packaging houses supply the foundry's CoWoS flow; foundries supply the design houses and
    // vendors; component makers supply the server makers, who supply the vendors.
    return { { QStringLiteral("packaging") },
             { QStringLiteral("foundry") },
             { QStringLiteral("design") },
             { QStringLiteral("substrate"), QStringLiteral("power"), QStringLiteral("thermal"),
               QStringLiteral("cable"), QStringLiteral("rails"), QStringLiteral("network") },
             { QStringLiteral("server") },
             { QStringLiteral("vendor") },
             { QStringLiteral("customer") } };
}

QStringList SupplyChain::tierOrder()
{
    QStringList order;
    for (const QStringList &column : tierColumns())
        order << column;
    return order;
}

int SupplyChain::tierColumn(const QString &tier)
{
    const QList<QStringList> columns = tierColumns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].contains(tier))
            return i;
    }
    return -1;
}

} // namespace ws
