// SPDX-License-Identifier: MIT
#pragma once

#include "files/importcheck.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ws {

/** Writes checked CSV records into a workbook on a server, inside the caller's transaction,
    through Qt's driver: the server's side of CsvImporter::writeRecords, which writes a file
    through SQLite's own interface.

    Rows go many to a statement. A server abandons the whole transaction at a broken
    constraint, so each statement runs under a savepoint: a statement that breaks one is rolled
    back to it and its rows are written one by one, each under its own savepoint, to name the
    rows at fault and still write the others, as on a file. */
class ServerRecordWriter
{
public:
    ServerRecordWriter(QSqlDatabase &db, const QString &table, const CheckedRecords &records);

    /** Writes every row whose line is not in @p skippedLines. Returns the rows' problems by
        line, or a single problem on line 0 when the write stopped (cancelled, or the server
        failed for a reason other than the rows). @p lineOfRow receives the line of each
        written row of a table with an id list (reported_value), by the id it was given. */
    QList<ImportProblem> write(const QSet<int> &skippedLines, const ImportProgress &progress,
                               QHash<qlonglong, int> *lineOfRow);

    Q_DECLARE_TR_FUNCTIONS(ws::ServerRecordWriter)

private:
    enum class Outcome { Written, Refused, Failed };

    Outcome writeBatch(const QList<int> &rows);
    Outcome writeRow(int r);
    bool writeLinks(qlonglong rowId, const QVariantList &row);
    void bindRow(QSqlQuery &query, int first, const QVariantList &row) const;
    Outcome failed(const QSqlQuery &query);
    bool run(const QString &statement);

    QSqlDatabase &mDb;
    const QString mTable;
    const CheckedRecords &mRecords;
    QList<int> mBound; // the present columns that are bound (not an id list)
    int mIdList = -1; // the id-list column, if present
    int mIdColumn = -1; // the id column, if present
    QList<ImportProblem> mProblems;
    QString mFailure;
    QHash<qlonglong, int> *mLineOfRow = nullptr;
    int mBatchRows = 1;
    QSqlQuery mBatch; // mBatchRows rows at once
    QSqlQuery mSingle; // one row, returning its id
    QSqlQuery mDeleteLinks;
    QSqlQuery mInsertLink;
};

} // namespace ws
