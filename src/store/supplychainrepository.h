// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QPointF>
#include <QSqlDatabase>

namespace ws {

/** Reads the supply chain of a workbook: companies, relations and the node positions the
    analyst dragged, per layout. */
class SupplyChainRepository
{
public:
    explicit SupplyChainRepository(QSqlDatabase db);

    SupplyChain load();
    /** Company id → position for @p layout ("layered", "force"). */
    QHash<int, QPointF> positions(const QString &layout);

    QString error() const { return mError; }

private:
    QSqlDatabase mDb;
    QString mError;
};

} // namespace ws
