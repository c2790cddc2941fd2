// SPDX-License-Identifier: MIT
#include "supplychain.h"

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

QStringList SupplyChain::tierOrder()
{
    return { QStringLiteral("foundry"), QStringLiteral("packaging"), QStringLiteral("substrate"),
             QStringLiteral("power"),   QStringLiteral("thermal"),   QStringLiteral("cable"),
             QStringLiteral("rails"),   QStringLiteral("network"),   QStringLiteral("design"),
             QStringLiteral("server"),  QStringLiteral("vendor"),    QStringLiteral("customer") };
}

} // namespace ws
