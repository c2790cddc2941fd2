// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <algorithm>

namespace ws {

/** Puts @p row at the place of its id in @p rows, which are in id order (the order the store
    reads them in), replacing the row of that id if there is one. */
template<typename Row> void putInIdOrder(QList<Row> &rows, const Row &row)
{
    const auto place = std::lower_bound(rows.begin(), rows.end(), row.id,
                                        [](const Row &r, int id) { return r.id < id; });
    if (place != rows.end() && place->id == row.id)
        *place = row;
    else
        rows.insert(place, row);
}

} // namespace ws
