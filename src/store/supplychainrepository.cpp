// SPDX-License-Identifier: MIT
#include "supplychainrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ws {

SupplyChainRepository::SupplyChainRepository(QSqlDatabase db)
    : mDb(std::move(db))
{
}

SupplyChain SupplyChainRepository::load()
{
    SupplyChain chain;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, name_zh, ticker, country, tier, role, note, "
                                   "vendor_id FROM company ORDER BY id"))) {
        mError = query.lastError().text();
        return chain;
    }
    while (query.next()) {
        chain.companies << Company { query.value(0).toInt(),    query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toString(),
                                     query.value(4).toString(), query.value(5).toString(),
                                     query.value(6).toString(), query.value(7).toString(),
                                     query.value(8).toInt() };
    }
    if (!query.exec(QStringLiteral("SELECT id, supplier_id, customer_id, kind, product, weight, "
                                   "source_id, note FROM relation ORDER BY id"))) {
        mError = query.lastError().text();
        return chain;
    }
    while (query.next()) {
        chain.relations << Relation { query.value(0).toInt(),    query.value(1).toInt(),
                                      query.value(2).toInt(),    query.value(3).toString(),
                                      query.value(4).toString(), query.value(5).toDouble(),
                                      query.value(6).toInt(),    query.value(7).toString() };
    }
    return chain;
}

QHash<int, QPointF> SupplyChainRepository::positions(const QString &layout)
{
    QHash<int, QPointF> positions;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT company_id, x, y FROM node_position WHERE layout = ?"));
    query.addBindValue(layout);
    if (!query.exec()) {
        mError = query.lastError().text();
        return positions;
    }
    while (query.next())
        positions.insert(query.value(0).toInt(),
                         { query.value(1).toDouble(), query.value(2).toDouble() });
    return positions;
}

} // namespace ws
