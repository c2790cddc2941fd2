// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>

namespace ws {

/** What a change of the supply chain reached: the companies and relations added, edited or
    removed by one command, or the whole chain (opened, imported). SupplyChainDocument::changedIn
    carries it, so that a table looks only at the rows it names. */
struct SupplyChainChange
{
    bool whole = true;
    QList<int> companyIds;
    QList<int> relationIds;

    static SupplyChainChange ofCompany(int companyId) { return { false, { companyId }, {} }; }
    static SupplyChainChange ofRelation(int relationId) { return { false, {}, { relationId } }; }
};

} // namespace ws

Q_DECLARE_METATYPE(ws::SupplyChainChange)
