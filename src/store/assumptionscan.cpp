// SPDX-License-Identifier: MIT
#include "assumptionscan.h"

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace ws {

namespace {

// Blocks of this many rows: large enough that handing one over costs nothing beside it, small
// enough that the consumer starts at once.
constexpr size_t rowsPerBlock = 8192;
// Blocks waiting at most: the reader never runs more than this far ahead of the consumer, so a
// slow consumer does not make a copy of the whole table.
constexpr size_t blocksWaiting = 4;

/** The blocks one thread reads and another consumes, in order. */
class BlockQueue
{
public:
    /** Hands @p block over, waiting while blocksWaiting wait already; false once the consumer
        has given up, when the reader should stop. */
    bool push(AssumptionRowBlock block)
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [this] { return mBlocks.size() < blocksWaiting || mAbandoned; });
        if (mAbandoned)
            return false;
        mBlocks.push_back(std::move(block));
        mChanged.notify_all();
        return true;
    }

    /** The consumer stops taking blocks (it threw): a waiting reader is let go. */
    void abandon()
    {
        const std::lock_guard lock(mMutex);
        mAbandoned = true;
        mBlocks.clear();
        mChanged.notify_all();
    }

    void finish()
    {
        const std::lock_guard lock(mMutex);
        mFinished = true;
        mChanged.notify_all();
    }

    /** The next block, waiting for it; std::nullopt once the reader has finished and every
        block was taken. */
    std::optional<AssumptionRowBlock> pop()
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [this] { return !mBlocks.empty() || mFinished; });
        if (mBlocks.empty())
            return std::nullopt;
        AssumptionRowBlock block = std::move(mBlocks.front());
        mBlocks.pop_front();
        mChanged.notify_all();
        return block;
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<AssumptionRowBlock> mBlocks;
    bool mFinished = false;
    bool mAbandoned = false;
};

void appendText(AssumptionRowBlock &block, const unsigned char *text, int size, unsigned *start,
                unsigned *length)
{
    *start = static_cast<unsigned>(block.bytes.size());
    *length = static_cast<unsigned>(size);
    if (size > 0)
        block.bytes.append(reinterpret_cast<const char *>(text), static_cast<size_t>(size));
}

} // namespace

QString scanAssumptionRows(sqlite3 *handle,
                           const std::function<void(const AssumptionRowBlock &)> &consume)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT scenario_id, program_id, year, field, value FROM assumption", -1,
                           &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));

    BlockQueue queue;
    int lastStep = SQLITE_DONE;
    std::thread reader([&] {
        AssumptionRowBlock block;
        block.rows.reserve(rowsPerBlock);
        while ((lastStep = sqlite3_step(statement)) == SQLITE_ROW) {
            AssumptionRowBlock::Row row;
            row.scenarioId = sqlite3_column_int(statement, 0);
            row.programId = sqlite3_column_int(statement, 1);
            row.year = sqlite3_column_int(statement, 2);
            // sqlite3_column_bytes after sqlite3_column_text: the size of the UTF-8 text.
            const unsigned char *field = sqlite3_column_text(statement, 3);
            appendText(block, field, sqlite3_column_bytes(statement, 3), &row.fieldStart,
                       &row.fieldSize);
            const unsigned char *value = sqlite3_column_text(statement, 4);
            appendText(block, value, sqlite3_column_bytes(statement, 4), &row.valueStart,
                       &row.valueSize);
            block.rows.push_back(row);
            if (block.rows.size() == rowsPerBlock) {
                if (!queue.push(std::move(block)))
                    return;
                block = {};
                block.rows.reserve(rowsPerBlock);
            }
        }
        if (!block.rows.empty())
            queue.push(std::move(block));
        queue.finish();
    });
    try {
        while (const std::optional<AssumptionRowBlock> block = queue.pop())
            consume(*block);
    } catch (...) {
        // A thread still joinable when it is destroyed ends the program: let it go first.
        queue.abandon();
        reader.join();
        sqlite3_finalize(statement);
        throw;
    }
    reader.join();

    const QString error =
        lastStep == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return error;
}

} // namespace ws
