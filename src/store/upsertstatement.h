// SPDX-License-Identifier: MIT
#pragma once

#include "files/tablecolumns.h"

#include <QList>
#include <QString>

namespace ws {

/** The statement that writes @p rows rows of @p table at once: INSERT … VALUES (…), (…)
    ON CONFLICT (its key columns) DO UPDATE the columns @p present, by index into @p columns,
    when the key is among them. An id list column is left out (it is kept in a link table).
    With @p returningId the statement returns the id of each row it wrote (a server's
    RETURNING). SQLite and PostgreSQL read the statement alike. */
QString upsertStatement(const QString &table, const QList<ColumnSpec> &columns,
                        const QList<int> &present, int rows, bool returningId = false);

} // namespace ws
