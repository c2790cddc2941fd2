// SPDX-License-Identifier: MIT
#include "serverrecordwriter.h"
#include "core/translation.h"

#include "sqldialect.h"
#include "upsertstatement.h"
#include "writetransaction.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace ws {

namespace {

// A server takes up to 65,535 parameters a statement; a few thousand keep a statement's text
// (Qt's driver spells the values out in it) small while a round trip carries many rows.
constexpr int parametersPerStatement = 4000;
constexpr int maximumBatchRows = 256;
constexpr int progressStep = 2000;

// The server's words for a broken constraint, on the column it names: "duplicate key value
// violates unique constraint "program_name_key" … Key (name)=(H100) already exists."
ImportProblem constraintProblem(int line, const QSqlError &error)
{
    if (SqlDialect::isUniqueViolation(error)) {
        static const QRegularExpression key(QStringLiteral("Key \\(([^)]*)\\)="));
        const QRegularExpressionMatch match = key.match(error.databaseText());
        const QString column = match.hasMatch() ? match.captured(1) : QString();
        if (!column.isEmpty())
            return { line, column,
                     ServerRecordWriter::tr("another row already has this %1").arg(column) };
    }
    if (error.nativeErrorCode() == QLatin1String("21000"))
        return { line,
                 {},
                 ServerRecordWriter::tr("the file has another row with the same key; a row is "
                                        "written once per import") };
    // The first line of the server's text is the reason; DETAIL lines repeat the row's values.
    return { line, {}, error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed() };
}

} // namespace

ServerRecordWriter::ServerRecordWriter(QSqlDatabase &db, const QString &table,
                                       const CheckedRecords &records)
    : mDb(db)
    , mTable(table)
    , mRecords(records)
    , mBatch(db)
    , mSingle(db)
    , mDeleteLinks(db)
    , mInsertLink(db)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    for (const int c : records.present) {
        if (columns[c].type == ColumnSpec::Type::IdList)
            mIdList = c;
        else
            mBound << c;
        if (columns[c].name == QLatin1String("id"))
            mIdColumn = c;
    }
    // A row with links is written alone, as its id is needed for them.
    mBatchRows = mIdList >= 0
        ? 1
        : static_cast<int>(std::clamp<qsizetype>(
              parametersPerStatement / std::max<qsizetype>(mBound.size(), 1), 1, maximumBatchRows));
}

bool ServerRecordWriter::run(const QString &statement)
{
    QSqlQuery query(mDb);
    if (query.exec(statement))
        return true;
    mFailure = describeSqlError(query.lastError());
    return false;
}

void ServerRecordWriter::bindRow(QSqlQuery &query, int first, const QVariantList &row) const
{
    for (int p = 0; p < mBound.size(); ++p)
        query.bindValue(first + p, row[mBound[p]]);
}

ServerRecordWriter::Outcome ServerRecordWriter::failed(const QSqlQuery &query)
{
    mFailure = describeSqlError(query.lastError());
    return Outcome::Failed;
}

bool ServerRecordWriter::writeLinks(qlonglong rowId, const QVariantList &row)
{
    if (mIdList < 0)
        return true;
    mDeleteLinks.bindValue(0, rowId);
    if (!mDeleteLinks.exec())
        return false;
    for (const QVariant &programId : row[mIdList].toList()) {
        mInsertLink.bindValue(0, rowId);
        mInsertLink.bindValue(1, programId.toLongLong());
        if (!mInsertLink.exec())
            return false;
    }
    return true;
}

ServerRecordWriter::Outcome ServerRecordWriter::writeRow(int r)
{
    const QVariantList &row = mRecords.values[r];
    if (!run(QStringLiteral("SAVEPOINT import_row")))
        return Outcome::Failed;
    bindRow(mSingle, 0, row);
    bool written = mSingle.exec();
    QSqlError error = mSingle.lastError();
    if (written && mIdList >= 0) {
        // The file's id, or the one the server gave a new row (RETURNING id).
        const qlonglong id = mIdColumn >= 0 && !row[mIdColumn].isNull()
            ? row[mIdColumn].toLongLong()
            : (mSingle.next() ? mSingle.value(0).toLongLong() : 0);
        mSingle.finish();
        if (mLineOfRow)
            mLineOfRow->insert(id, mRecords.lines[r]);
        written = writeLinks(id, row);
        if (!written)
            error = mDeleteLinks.lastError().isValid() ? mDeleteLinks.lastError()
                                                       : mInsertLink.lastError();
    }
    if (written)
        return run(QStringLiteral("RELEASE SAVEPOINT import_row")) ? Outcome::Written
                                                                   : Outcome::Failed;
    if (!SqlDialect::isConstraintViolation(error)) {
        mFailure = describeSqlError(error);
        return Outcome::Failed;
    }
    if (!run(QStringLiteral("ROLLBACK TO SAVEPOINT import_row")))
        return Outcome::Failed;
    mProblems << constraintProblem(mRecords.lines[r], error);
    return Outcome::Refused;
}

ServerRecordWriter::Outcome ServerRecordWriter::writeBatch(const QList<int> &rows)
{
    if (mBatchRows == 1 || rows.size() < mBatchRows) { // one by one, or the last rows
        for (const int r : rows) {
            if (writeRow(r) == Outcome::Failed)
                return Outcome::Failed;
        }
        return Outcome::Written;
    }
    if (!run(QStringLiteral("SAVEPOINT import_batch")))
        return Outcome::Failed;
    for (int i = 0; i < rows.size(); ++i)
        bindRow(mBatch, static_cast<int>(i * mBound.size()), mRecords.values[rows[i]]);
    if (mBatch.exec())
        return run(QStringLiteral("RELEASE SAVEPOINT import_batch")) ? Outcome::Written
                                                                     : Outcome::Failed;
    if (!SqlDialect::isConstraintViolation(mBatch.lastError()))
        return failed(mBatch);
    // One row at fault spoils the statement; row by row names it and writes the others.
    if (!run(QStringLiteral("ROLLBACK TO SAVEPOINT import_batch")))
        return Outcome::Failed;
    for (const int r : rows) {
        if (writeRow(r) == Outcome::Failed)
            return Outcome::Failed;
    }
    return run(QStringLiteral("RELEASE SAVEPOINT import_batch")) ? Outcome::Written
                                                                 : Outcome::Failed;
}

QList<ImportProblem> ServerRecordWriter::write(const QSet<int> &skippedLines,
                                               const ImportProgress &progress,
                                               QHash<qlonglong, int> *lineOfRow)
{
    mLineOfRow = lineOfRow;
    const QList<ColumnSpec> columns = csvColumns(mTable);
    const bool prepared =
        mSingle.prepare(upsertStatement(mTable, columns, mRecords.present, 1, mIdList >= 0)) &&
        (mBatchRows == 1 ||
         mBatch.prepare(upsertStatement(mTable, columns, mRecords.present, mBatchRows))) &&
        (mIdList < 0 ||
         (mDeleteLinks.prepare(
              QStringLiteral("DELETE FROM reported_value_program WHERE reported_value_id = ?")) &&
          mInsertLink.prepare(QStringLiteral("INSERT INTO reported_value_program "
                                             "(reported_value_id, program_id) VALUES (?, ?)"))));
    if (!prepared)
        return { ImportProblem { 0, {}, describeSqlError(mDb.lastError()) } };
    const auto stopped = [this] {
        return QList<ImportProblem> { ImportProblem {
            0, {}, tr("%1; nothing was imported").arg(mFailure) } };
    };
    QList<int> pending;
    pending.reserve(mBatchRows);
    for (int r = 0; r < mRecords.values.size(); ++r) {
        if (progress && r % progressStep == 0 && !progress(r, mRecords.values.size()))
            return { ImportProblem {
                0, {}, tr("the import was cancelled; nothing was imported") } };
        if (!skippedLines.isEmpty() && skippedLines.contains(mRecords.lines[r]))
            continue;
        pending << r;
        if (pending.size() == mBatchRows) {
            if (writeBatch(pending) == Outcome::Failed)
                return stopped();
            pending.clear();
        }
    }
    if (!pending.isEmpty() && writeBatch(pending) == Outcome::Failed)
        return stopped();
    // Rows written with their own ids leave the id sequence behind them.
    if (const QString error = SqlDialect::advanceIdentity(mDb, mTable); !error.isEmpty()) {
        mFailure = error;
        return stopped();
    }
    return mProblems;
}

} // namespace ws
