// SPDX-License-Identifier: MIT
#include "datatable.h"

namespace ws {

QStringList DataTable::columnNames() const
{
    QStringList names;
    for (const DataColumn &column : columns)
        names << column.name;
    return names;
}

int DataTable::columnIndex(const QString &columnName) const
{
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].name == columnName)
            return c;
    }
    return -1;
}

} // namespace ws
