// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"
#include "storedrows.h"

#include <algorithm>
#include <tuple>

/* Whether a row as a change remembers it is the row the store holds now: the row versions of
   optimistic concurrency. A change is made from what its author read; before it is written,
   the row is read again inside the write transaction and compared with that, field by field,
   so that a colleague's change in between is never overwritten unseen. Fields compare as the
   store keeps them: an empty text is stored as NULL and read back empty, a name trimmed. */
namespace ws::StoredRowVersions {

/** An id of another row as stored: none (0 or below) is NULL, read back as 0. */
inline int storedId(int id)
{
    return std::max(id, 0);
}

inline bool sameCell(const StoredCell &a, const StoredCell &b)
{
    return std::tie(a.scenarioId, a.programId, a.year, a.field, a.value, a.sourceId, a.note) ==
        std::tie(b.scenarioId, b.programId, b.year, b.field, b.value, b.sourceId, b.note);
}

/** The same cells, in any order. */
inline bool sameCells(QList<StoredCell> a, QList<StoredCell> b)
{
    if (a.size() != b.size())
        return false;
    const auto byKey = [](const StoredCell &x, const StoredCell &y) {
        return std::tie(x.scenarioId, x.programId, x.year, x.field) <
            std::tie(y.scenarioId, y.programId, y.year, y.field);
    };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), sameCell);
}

inline bool sameScenario(const ScenarioSnapshot &a, const ScenarioSnapshot &b)
{
    return std::tie(a.id, a.name, a.parentId, a.note) ==
        std::tie(b.id, b.name, b.parentId, b.note) &&
        sameCells(a.cells, b.cells);
}

inline bool sameProgram(const ProgramSnapshot &a, const ProgramSnapshot &b)
{
    QList<int> aFigures = a.reportedValueIds;
    QList<int> bFigures = b.reportedValueIds;
    std::sort(aFigures.begin(), aFigures.end());
    std::sort(bFigures.begin(), bFigures.end());
    const int aPackage = storedId(a.packageId);
    const int bPackage = storedId(b.packageId);
    return std::tie(a.id, a.vendorId, a.name, a.node, a.note, aPackage, a.dieRole) ==
        std::tie(b.id, b.vendorId, b.name, b.node, b.note, bPackage, b.dieRole) &&
        aFigures == bFigures && sameCells(a.cells, b.cells);
}

inline bool sameCompany(const Company &a, const Company &b)
{
    const QString aName = a.name.trimmed();
    const QString bName = b.name.trimmed();
    const int aVendor = storedId(a.vendorId);
    const int bVendor = storedId(b.vendorId);
    return std::tie(a.id, aName, a.nameZh, a.ticker, a.country, a.tier, a.role, a.note, aVendor) ==
        std::tie(b.id, bName, b.nameZh, b.ticker, b.country, b.tier, b.role, b.note, bVendor);
}

inline bool sameRelation(const Relation &a, const Relation &b)
{
    const int aSource = storedId(a.sourceId);
    const int bSource = storedId(b.sourceId);
    return std::tie(a.id, a.supplierId, a.customerId, a.kind, a.product, a.weight, aSource,
                    a.note) ==
        std::tie(b.id, b.supplierId, b.customerId, b.kind, b.product, b.weight, bSource, b.note);
}

/** The same company with the same relations, in any order. */
inline bool sameCompanySnapshot(const CompanySnapshot &a, const CompanySnapshot &b)
{
    if (!sameCompany(a.company, b.company) || a.relations.size() != b.relations.size())
        return false;
    for (const Relation &relation : a.relations) {
        if (std::none_of(b.relations.cbegin(), b.relations.cend(),
                         [&](const Relation &other) { return sameRelation(relation, other); }))
            return false;
    }
    return true;
}

inline bool sameSource(const Source &a, const Source &b)
{
    return std::tie(a.id, a.title, a.publisher, a.url, a.publishedOn, a.note, a.titleKind,
                    a.datePrecision) ==
        std::tie(b.id, b.title, b.publisher, b.url, b.publishedOn, b.note, b.titleKind,
                 b.datePrecision);
}

} // namespace ws::StoredRowVersions
