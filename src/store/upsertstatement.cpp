// SPDX-License-Identifier: MIT
#include "upsertstatement.h"

#include <QStringList>

namespace ws {

QString upsertStatement(const QString &table, const QList<ColumnSpec> &columns,
                        const QList<int> &present, int rows, bool returningId)
{
    QStringList names;
    QStringList placeholders;
    for (const int c : present) {
        if (columns[c].type == ColumnSpec::Type::IdList)
            continue; // kept in a link table
        names << columns[c].name;
        placeholders << QStringLiteral("?");
    }
    const QStringList keys = csvKeyColumns(table);
    QStringList updates;
    for (const QString &name : std::as_const(names)) {
        if (!keys.contains(name))
            updates << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    bool keyPresent = true;
    for (const QString &key : keys)
        keyPresent = keyPresent && names.contains(key);
    // Table and column names come from tablecolumns.cpp, never from the file; values are bound.
    const QString row = QStringLiteral("(%1)").arg(placeholders.join(QStringLiteral(", ")));
    QStringList values;
    for (int r = 0; r < rows; ++r)
        values << row;
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    if (keyPresent) {
        sql += QStringLiteral(" ON CONFLICT (%1) DO ").arg(keys.join(QStringLiteral(", ")));
        sql += updates.isEmpty()
            ? QStringLiteral("NOTHING")
            : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "));
    }
    if (returningId)
        sql += QStringLiteral(" RETURNING id");
    return sql;
}

} // namespace ws
