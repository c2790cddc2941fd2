// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace ws::test {

/** Replaces a workbook's companies, relations and graph positions with @p chain in one
    transaction, straight through SQL (a test's or a benchmark's set-up, not a user's path).
    Returns the error, empty on success. */
inline QString replaceSupplyChain(QSqlDatabase db, const SupplyChain &chain)
{
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    const auto failed = [&]() {
        const QString error = query.lastError().text();
        db.rollback();
        return error.isEmpty() ? QStringLiteral("failed") : error;
    };
    for (const char *table : { "relation", "node_position", "company" }) {
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return failed();
    }
    query.prepare(QStringLiteral("INSERT INTO company (id, name, name_zh, ticker, country, tier, "
                                 "vendor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Company &c : chain.companies) {
        query.addBindValue(c.id);
        query.addBindValue(c.name);
        query.addBindValue(c.nameZh);
        query.addBindValue(c.ticker);
        query.addBindValue(c.country);
        query.addBindValue(c.tier);
        query.addBindValue(c.vendorId ? QVariant(c.vendorId) : QVariant());
        if (!query.exec())
            return failed();
    }
    query.prepare(QStringLiteral("INSERT INTO relation (id, supplier_id, customer_id, kind, "
                                 "weight) VALUES (?, ?, ?, ?, ?)"));
    for (const Relation &r : chain.relations) {
        query.addBindValue(r.id);
        query.addBindValue(r.supplierId);
        query.addBindValue(r.customerId);
        query.addBindValue(r.kind);
        query.addBindValue(r.weight);
        if (!query.exec())
            return failed();
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace ws::test
