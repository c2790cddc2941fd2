// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace ws {

/** Rows of the assumption table copied out of SQLite's buffers, a block at a time. */
struct AssumptionRowBlock
{
    struct Row
    {
        int scenarioId = 0;
        int programId = 0;
        int year = 0;
        unsigned fieldStart = 0; // into bytes
        unsigned fieldSize = 0;
        unsigned valueStart = 0;
        unsigned valueSize = 0;
    };

    std::vector<Row> rows;
    std::string bytes; // the field names and values of rows, one after another

    std::string_view field(const Row &row) const
    {
        return { bytes.data() + row.fieldStart, row.fieldSize };
    }
    std::string_view value(const Row &row) const
    {
        return { bytes.data() + row.valueStart, row.valueSize };
    }
};

/** Reads every row of the assumption table through @p handle in the order it is stored and hands
    them to @p consume in blocks, on the calling thread. SQLite steps through the table on a thread
    of its own meanwhile: for a million cells, stepping is two thirds of the work, and what the
    caller makes of the rows is done in its shadow on the second core. @p handle must not be used
    by anyone else until this returns. Returns SQLite's error, empty when every row was read. */
QString scanAssumptionRows(sqlite3 *handle,
                           const std::function<void(const AssumptionRowBlock &)> &consume);

} // namespace ws
