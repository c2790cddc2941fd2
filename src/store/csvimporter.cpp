// SPDX-License-Identifier: MIT
#include "csvimporter.h"
#include "changefeed.h"
#include "core/translation.h"
#include "sqldialect.h"

#include "core/assumptionfield.h"
#include "core/packagerules.h"

#include "files/csvtable.h"
#include "files/tablecolumns.h"
#include "packagecheck.h"
#include "reportedscope.h"
#include "serverrecordwriter.h"
#include "sqlitehandle.h"
#include "upsertstatement.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ws {

namespace {

// The ids of @p table that rows may refer to. Table names come from tablecolumns.cpp.
QSet<qlonglong> existingIds(QSqlDatabase &db, const QString &table)
{
    QSet<qlonglong> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id FROM %1").arg(table))) {
        while (query.next())
            ids.insert(query.value(0).toLongLong());
    }
    return ids;
}

// Every reference to a row that is neither in the workbook nor in the import itself.
QList<ImportProblem> referenceProblems(QSqlDatabase &db, const QString &table,
                                       const CheckedRecords &records)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    QList<ImportProblem> problems;
    QHash<QString, QSet<qlonglong>> known;
    for (const int c : records.present) {
        const QString &target = columns[c].references;
        if (target.isEmpty())
            continue;
        if (!known.contains(target)) {
            QSet<qlonglong> ids = existingIds(db, target);
            if (target == table) { // a scenario whose parent comes later in the same file
                const int idColumn =
                    static_cast<int>(std::find_if(columns.cbegin(), columns.cend(),
                                                  [](const ColumnSpec &s) {
                                                      return s.name == QLatin1String("id");
                                                  }) -
                                     columns.cbegin());
                for (const QVariantList &row : records.values)
                    ids.insert(row.value(idColumn).toLongLong());
            }
            known.insert(target, ids);
        }
        const QSet<qlonglong> &ids = known[target];
        for (int r = 0; r < records.values.size(); ++r) {
            const QVariant &value = records.values[r][c];
            if (value.isNull())
                continue;
            // An id list (the programs of a published figure) refers with each of its ids.
            const QVariantList referred = columns[c].type == ColumnSpec::Type::IdList
                ? value.toList()
                : QVariantList { value };
            for (const QVariant &id : referred) {
                if (!ids.contains(id.toLongLong()))
                    problems << ImportProblem {
                        records.lines[r], columns[c].name,
                        tr("no %1 has id %2").arg(target).arg(id.toLongLong())
                    };
            }
        }
    }
    return problems;
}

// SQLite's words for a broken constraint, turned into a problem on the column it names.
ImportProblem constraintProblem(int line, const QString &text)
{
    static const QString unique = QStringLiteral("UNIQUE constraint failed: ");
    if (text.startsWith(unique)) {
        const QString column = text.mid(unique.size()).section(QLatin1Char('.'), 1);
        return { line, column, tr("another row already has this %1").arg(column) };
    }
    return { line, {}, text };
}

// Binds a checked value; text is bound in place, as it outlives the statement's step.
void bindValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        sqlite3_bind_text16(statement, index, text->utf16(), static_cast<int>(text->size() * 2),
                            SQLITE_STATIC);
        return;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                            SQLITE_TRANSIENT);
    }
    }
}

// Why a row could not be written for a reason other than its own data, in the words used for
// every failed write; "nothing was imported" follows from the transaction rolling back.
QString writeFailure(const QSqlDatabase &db, int code, const QString &text)
{
    const QString path = QFileInfo(db.databaseName()).absoluteFilePath();
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return tr("the disk holding %1 is full; nothing was imported. Free some space, then "
                  "import again.")
            .arg(path);
    case SQLITE_IOERR:
        return tr("the disk holding %1 reported an input/output error (%2); nothing was "
                  "imported. Check the disk, then import again.")
            .arg(path, text);
    default:
        return tr("cannot write to %1: %2; nothing was imported").arg(path, text);
    }
}

void sortByLine(QList<ImportProblem> &problems)
{
    std::stable_sort(
        problems.begin(), problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

// An open transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : mDb(db)
        , mError(beginWrite(db))
        , mOpen(mError.isEmpty())
    {
    }
    ~Transaction()
    {
        if (mOpen)
            mDb.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return mOpen; }
    QString error() const { return mError; }
    bool commit()
    {
        mOpen = !mDb.commit();
        return !mOpen;
    }

private:
    QSqlDatabase &mDb;
    QString mError;
    bool mOpen = false;
};

// Turns SQLite's foreign key enforcement off for its lifetime (outside any transaction, where
// the pragma has an effect) and on again after.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase &db)
        : mDb(db)
        , mFile(!SqlDialect::isServer(db))
    {
        if (mFile)
            QSqlQuery(mDb).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (mFile)
            QSqlQuery(mDb).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase &mDb;
    bool mFile; // a server checks its foreign keys at the commit (see importTable)
};

// Gives the connection a page cache of 64 MiB for its lifetime, and back the size it had after.
// With SQLite's default of 2 MiB, a large import spilled its changed pages to the write-ahead log
// long before the commit, again and again as it changed them further: a sixth of its time.
class LargePageCache
{
public:
    explicit LargePageCache(QSqlDatabase &db)
        : mDb(db)
        , mFile(!SqlDialect::isServer(db))
    {
        if (!mFile)
            return; // a server sizes its own buffers
        QSqlQuery query(mDb);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            mBefore = query.value(0).toLongLong();
        QSqlQuery(mDb).exec(QStringLiteral("PRAGMA cache_size = -65536")); // KiB
    }
    ~LargePageCache()
    {
        if (mFile)
            QSqlQuery(mDb).exec(QStringLiteral("PRAGMA cache_size = %1").arg(mBefore));
    }
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase &mDb;
    bool mFile;
    qlonglong mBefore = -2000; // SQLite's default, 2,000 KiB
};

// The package rules broken by the rows just written (see PackageCheck), with the file's lines.
QList<ImportProblem> packageProblems(QSqlDatabase &db, const QString &table,
                                     const CheckedRecords &records, bool interposerAtStake,
                                     const QSet<QString> &interposerBefore)
{
    QList<ImportProblem> problems;
    if (table == QLatin1String("program")) {
        QHash<qlonglong, int> lineOfId; // id is the first column of a program
        for (int r = 0; r < records.values.size(); ++r)
            lineOfId.insert(records.values[r].value(0).toLongLong(), records.lines[r]);
        problems += PackageCheck::programProblems(db, lineOfId);
    } else {
        // The file's lines by cell, indexed when the first cell at fault asks: an index of a
        // million rows made in case was a tenth of an import's check, and most imports have no
        // cell at fault. scenario_id, program_id, year and field are the first four columns.
        QHash<QString, int> lineByCell;
        const auto cellKey = [](qlonglong scenarioId, qlonglong programId, qlonglong year,
                                const QString &field) {
            return QStringLiteral("%1 %2 %3 %4")
                .arg(scenarioId)
                .arg(programId)
                .arg(year)
                .arg(field);
        };
        const auto lineOfCell = [&](qlonglong scenarioId, qlonglong programId, qlonglong year,
                                    const QString &field) {
            if (lineByCell.isEmpty()) {
                for (int r = 0; r < records.values.size(); ++r) {
                    const QVariantList &row = records.values[r];
                    lineByCell.insert(cellKey(row.value(0).toLongLong(), row.value(1).toLongLong(),
                                              row.value(2).toLongLong(),
                                              row.value(3).toString().trimmed()),
                                      records.lines[r]);
                }
            }
            return lineByCell.value(cellKey(scenarioId, programId, year, field));
        };
        problems += PackageCheck::dieKindFieldProblems(db, lineOfCell);
    }
    if (!interposerAtStake)
        return problems;
    QStringList added;
    for (const QString &problem : PackageCheck::interposerProblems(db)) {
        if (!interposerBefore.contains(problem))
            added << problem;
    }
    added.sort();
    for (const QString &problem : std::as_const(added))
        problems << ImportProblem { 0, {}, problem };
    return problems;
}

// Writes the id list of a row (the programs of a published figure) into its link table: the
// row's old links go, the listed ones come. Only reported_value has such a column.
class LinkWriter
{
public:
    LinkWriter(sqlite3 *handle, const QString &table, const QList<ColumnSpec> &columns,
               const QList<int> &present)
        : mHandle(handle)
    {
        for (int p = 0; p < present.size(); ++p) {
            const ColumnSpec &column = columns[present[p]];
            if (column.type == ColumnSpec::Type::IdList)
                mListColumn = present[p];
            if (column.name == QLatin1String("id"))
                mIdColumn = present[p];
        }
        if (mListColumn < 0 || table != QLatin1String("reported_value"))
            return;
        mActive =
            prepare("DELETE FROM reported_value_program WHERE reported_value_id = ?", &mDelete) &&
            prepare("INSERT INTO reported_value_program (reported_value_id, program_id) "
                    "VALUES (?, ?)",
                    &mInsert);
    }
    ~LinkWriter()
    {
        sqlite3_finalize(mDelete);
        sqlite3_finalize(mInsert);
    }
    LinkWriter(const LinkWriter &) = delete;
    LinkWriter &operator=(const LinkWriter &) = delete;

    bool failedToPrepare() const { return mListColumn >= 0 && !mActive; }

    /** The id of the row just written: the file's own, or the one SQLite gave a new row. */
    qlonglong rowId(const QVariantList &row) const
    {
        if (mIdColumn >= 0 && !row[mIdColumn].isNull())
            return row[mIdColumn].toLongLong();
        return sqlite3_last_insert_rowid(mHandle);
    }

    /** Replaces the links of the row just written; returns SQLite's result code. */
    int write(qlonglong rowId, const QVariantList &row)
    {
        if (!mActive)
            return SQLITE_DONE;
        sqlite3_bind_int64(mDelete, 1, rowId);
        int code = sqlite3_step(mDelete);
        sqlite3_reset(mDelete);
        const QVariantList ids = row[mListColumn].toList();
        for (qsizetype i = 0; i < ids.size() && code == SQLITE_DONE; ++i) {
            sqlite3_bind_int64(mInsert, 1, rowId);
            sqlite3_bind_int64(mInsert, 2, ids[i].toLongLong());
            code = sqlite3_step(mInsert);
            sqlite3_reset(mInsert);
        }
        return code;
    }

private:
    bool prepare(const char *sql, sqlite3_stmt **statement)
    {
        return sqlite3_prepare_v2(mHandle, sql, -1, statement, nullptr) == SQLITE_OK;
    }

    sqlite3 *mHandle;
    int mListColumn = -1;
    int mIdColumn = -1;
    bool mActive = false;
    sqlite3_stmt *mDelete = nullptr;
    sqlite3_stmt *mInsert = nullptr;
};

// CsvImporter::writeRecords() for a file: returns the rows' problems, or a single problem on
// line 0 when the write stopped (cancelled, or SQLite failed for a reason other than the rows).
QList<ImportProblem> writeToFile(QSqlDatabase &db, const QString &table,
                                 const CheckedRecords &records, const QSet<int> &badLines,
                                 const ImportProgress &progress, QHash<qlonglong, int> *lineOfRow)
{
    QList<ImportProblem> problems;
    // The rows go through SQLite's own API: Qt's binding copies every value into a QVariant
    // list per row, which doubled the time of a large import. Qt's driver is built on the same
    // system library, so its handle is a sqlite3 connection.
    sqlite3 *handle = sqliteHandle(db);
    // Rows go in batches, many to one statement: SQLite builds the lookup of a CHECK
    // constraint's IN list (the assumption's field names) again on every run of a statement,
    // which was half of the time of a row's write. A batch that a broken constraint stops rolls
    // back as a whole and its rows are then written one by one, to name the rows at fault. The
    // rows of a reported value, which also write links, go one by one.
    const bool linked = table == QLatin1String("reported_value");
    const qsizetype bound =
        std::count_if(records.present.cbegin(), records.present.cend(),
                      [&](int c) { return csvColumns(table)[c].type != ColumnSpec::Type::IdList; });
    // 999 is the fewest parameters a statement may have in any SQLite build.
    const int batchRows = linked
        ? 1
        : static_cast<int>(std::clamp<qsizetype>(999 / std::max<qsizetype>(bound, 1), 1, 64));
    sqlite3_stmt *statement = nullptr; // one row
    sqlite3_stmt *batch = nullptr; // batchRows rows
    const auto finalize = [&] {
        sqlite3_finalize(statement);
        sqlite3_finalize(batch);
    };
    const auto prepare = [&](int rows, sqlite3_stmt **target) {
        const QByteArray sql =
            upsertStatement(table, csvColumns(table), records.present, rows).toUtf8();
        return sqlite3_prepare_v2(handle, sql.constData(), static_cast<int>(sql.size()), target,
                                  nullptr) == SQLITE_OK;
    };
    if (!prepare(1, &statement) || (batchRows > 1 && !prepare(batchRows, &batch))) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(handle));
        finalize();
        return { ImportProblem { 0, {}, error } };
    }
    LinkWriter links(handle, table, csvColumns(table), records.present);
    if (links.failedToPrepare()) {
        finalize();
        return { ImportProblem { 0, {}, QString::fromUtf8(sqlite3_errmsg(handle)) } };
    }
    // Anything but a broken constraint (a full disk, an I/O error) may have rolled the whole
    // transaction back, and a row written after that would be committed on its own: the write
    // stops at once with SQLite's reason, kept here before the statement is reset.
    int failedCode = SQLITE_OK;
    QString failedText;
    const auto failure = [&]() {
        finalize();
        return QList<ImportProblem> { ImportProblem {
            0, {}, writeFailure(db, failedCode, failedText) } };
    };
    // Whether a step that did not end in SQLITE_DONE broke a constraint of its rows only.
    const auto brokeConstraint = [&](int stepped) {
        if ((stepped & 0xFF) == SQLITE_CONSTRAINT && sqlite3_get_autocommit(handle) == 0)
            return true;
        failedCode = sqlite3_extended_errcode(handle);
        failedText = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    };
    // Writes row r alone; false when the write must stop.
    const auto writeRow = [&](int r) {
        const QVariantList &row = records.values[r];
        for (int p = 0; p < records.present.size(); ++p)
            bindValue(statement, p + 1, row[records.present[p]]);
        int stepped = sqlite3_step(statement);
        if (stepped == SQLITE_DONE && linked) {
            const qlonglong id = links.rowId(row);
            lineOfRow->insert(id, records.lines[r]);
            stepped = links.write(id, row);
        }
        bool carryOn = true;
        if (stepped != SQLITE_DONE) {
            // A broken constraint spoils one row, and the rows after it are still written to
            // list their own problems.
            carryOn = brokeConstraint(stepped);
            if (carryOn)
                problems << constraintProblem(records.lines[r],
                                              QString::fromUtf8(sqlite3_errmsg(handle)));
        }
        sqlite3_reset(statement);
        return carryOn;
    };
    QList<int> pending; // rows bound to the batch statement, in order
    pending.reserve(batchRows);
    // Writes the pending rows in one statement, or one by one when it breaks a constraint.
    const auto writePending = [&] {
        const int stepped = sqlite3_step(batch);
        const bool carryOn = stepped == SQLITE_DONE || brokeConstraint(stepped);
        sqlite3_reset(batch);
        if (!carryOn)
            return false;
        if (stepped != SQLITE_DONE) {
            for (const int r : std::as_const(pending)) {
                if (!writeRow(r))
                    return false;
            }
        }
        pending.clear();
        return true;
    };
    constexpr int progressStep = 2000;
    for (int r = 0; r < records.values.size(); ++r) {
        if (progress && r % progressStep == 0 && !progress(r, records.values.size())) {
            finalize();
            return { ImportProblem {
                0, {}, tr("the import was cancelled; nothing was imported") } };
        }
        if (!badLines.isEmpty() && badLines.contains(records.lines[r]))
            continue;
        if (batchRows == 1) {
            if (!writeRow(r))
                return failure();
            continue;
        }
        const QVariantList &row = records.values[r];
        const int first = static_cast<int>(pending.size() * bound);
        for (int p = 0; p < records.present.size(); ++p)
            bindValue(batch, first + p + 1, row[records.present[p]]);
        pending << r;
        if (pending.size() == batchRows && !writePending())
            return failure();
    }
    // The last rows, fewer than a batch, go one by one.
    for (const int r : std::as_const(pending)) {
        if (!writeRow(r))
            return failure();
    }
    finalize();
    return problems;
}

} // namespace

QList<QList<qlonglong>> CsvImporter::scenarioCycles(QSqlDatabase &db)
{
    QHash<qlonglong, qlonglong> parentOf;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, parent_id FROM scenario"))) {
        while (query.next())
            parentOf.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return scenarioParentCycles(parentOf);
}

QList<ImportProblem> CsvImporter::writeRecords(QSqlDatabase &db, const QString &table,
                                               const CheckedRecords &records,
                                               const Progress &progress)
{
    // Rows that refer to a missing row are not written, but the others are, so that their
    // constraint problems (a duplicate name) are listed in the same pass.
    QList<ImportProblem> problems = referenceProblems(db, table, records);
    QSet<int> badLines;
    for (const ImportProblem &problem : std::as_const(problems))
        badLines.insert(problem.line);
    QHash<qlonglong, int> lineOfRow; // the rows written, by id, for the scope rules
    const QList<ImportProblem> written = SqlDialect::isServer(db)
        ? ServerRecordWriter(db, table, records).write(badLines, progress, &lineOfRow)
        : writeToFile(db, table, records, badLines, progress, &lineOfRow);
    if (written.size() == 1 && written.first().line == 0)
        return written; // the write stopped
    problems += written;
    if (table == QLatin1String("reported_value") && !lineOfRow.isEmpty()) {
        // The scope rules look at the rows as written, so that a row updated without its
        // programs column is judged with the programs it already had.
        for (const ReportedScopeProblem &problem : ReportedScope::problems(db, lineOfRow.keys()))
            problems << ImportProblem { lineOfRow.value(problem.reportedValueId), problem.column,
                                        problem.reason };
    }
    sortByLine(problems);
    return problems;
}

ImportResult CsvImporter::importTable(QSqlDatabase &db, const QString &table, const CsvTable &csv,
                                      const ColumnMapping &mapping,
                                      const QHash<QString, QVariant> &fixed, const QString &label,
                                      bool dryRun, const Progress &progress)
{
    ImportResult result;
    const CheckedRecords records = checkRecords(table, csv, mapping, fixed);
    result.problems = records.problems;
    // A problem with the file as a whole (a column missing) leaves nothing to check further.
    const bool wholeFile = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                       [](const ImportProblem &p) { return p.line == 0; });
    if (wholeFile)
        return result;

    // referenceProblems() has checked every reference of the new rows against the workbook, and
    // an import never changes a row's key, so SQLite's own row-by-row check would only repeat
    // it: with it the write took half again as long. It is back on when the import ends.
    const ForeignKeysOff foreignKeysOff(db);
    const LargePageCache largePageCache(db);
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        result.problems << ImportProblem { 0, {}, transaction.error() };
        return result;
    }
    // A server's foreign keys wait for the commit, so that a scenario may name a parent that
    // comes later in the file, as on a file whose check is off for the import.
    if (SqlDialect::isServer(db))
        QSqlQuery(db).exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"));
    // Programs and assumptions can break the package rules of Model v2, some of which only the
    // workbook as a whole shows: an interposer too small for the dies of its package. Only what
    // the import adds is refused; a workbook that was already so is not this file's fault.
    const bool packageTable =
        table == QLatin1String("program") || table == QLatin1String("assumption");
    // The interposer rule reads the whole workbook back, before the write and after it; an
    // import of assumptions that sets none of the fields the rule reads cannot break it.
    const bool interposerAtStake = packageTable &&
        (table == QLatin1String("program") ||
         std::any_of(records.values.cbegin(), records.values.cend(), [](const QVariantList &row) {
             // field is the fourth column of an assumption
             const auto field = parseAssumptionField(row.value(3).toString().trimmed());
             return field && PackageRules::entersInterposerRule(*field);
         }));
    const QSet<QString> interposerBefore =
        interposerAtStake ? PackageCheck::interposerProblems(db) : QSet<QString>();
    // The rows that passed the checks are written too, inside the transaction that a problem
    // rolls back, so that one pass lists the workbook's objections (references, duplicates)
    // beside the file's own.
    const QList<ImportProblem> written = writeRecords(db, table, records, progress);
    if (written.size() == 1 && written.first().line == 0) // cancelled, or SQLite refused
        return { 0, written };
    result.problems += written;
    if (table == QLatin1String("scenario") && result.problems.isEmpty()) {
        // A loop can join rows of the file to rows already in the workbook, so it is looked for
        // in the table as written; the problem rolls the write back.
        QHash<qlonglong, int> lineOfId; // id is the first column of a scenario
        for (int r = 0; r < records.values.size(); ++r)
            lineOfId.insert(records.values[r].value(0).toLongLong(), records.lines[r]);
        for (const QList<qlonglong> &cycle : scenarioCycles(db)) {
            int line = 0;
            for (const qlonglong id : cycle)
                line = line == 0 ? lineOfId.value(id) : line;
            result.problems << ImportProblem { line, QStringLiteral("parent_id"),
                                               scenarioCycleText(cycle) };
        }
    }
    if (packageTable && result.problems.isEmpty())
        result.problems += packageProblems(db, table, records, interposerAtStake, interposerBefore);
    sortByLine(result.problems);
    if (!result.ok())
        return result;
    result.rows = static_cast<int>(records.values.size());
    if (dryRun)
        return result; // the transaction rolls back

    // The audit trail keeps one line per import: which file, into which table, how many rows.
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO edit_log (at, table_name, row_key, field, old_value, "
                               "new_value, changed_by) VALUES (?, ?, ?, 'import', NULL, ?, ?)"));
    log.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    log.addBindValue(table);
    log.addBindValue(label);
    log.addBindValue(
        QCoreApplication::translate("ws::CsvImporter", "%n row(s) imported", nullptr, result.rows));
    log.addBindValue(SqlDialect::editorValue(db));
    // Whoever has a server workbook open reads the new rows (on a file this does nothing).
    if (!log.exec() || !ChangeFeed::announce(db).isEmpty() || !transaction.commit()) {
        const QSqlError failed = log.lastError().isValid() ? log.lastError() : db.lastError();
        result.problems << ImportProblem {
            0,
            {},
            SqlDialect::isServer(db)
                ? tr("%1; nothing was imported").arg(describeSqlError(failed))
                : writeFailure(db, failed.nativeErrorCode().toInt(), failed.databaseText())
        };
        result.rows = 0;
    }
    return result;
}

QString loadDefaultData(QSqlDatabase &db, const QString &dir)
{
    Transaction transaction(db);
    if (!transaction.isOpen())
        return tr("cannot start loading the default data: %1").arg(db.lastError().text());
    for (const QString &table : csvTableOrder()) {
        const QString path = dir + QLatin1Char('/') + table + QStringLiteral(".csv");
        const QString label = QStringLiteral("data/%1.csv").arg(table);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return tr("%1: cannot be read (%2)").arg(label, file.errorString());
        CsvTable csv;
        QString error;
        if (!CsvTable::parse(QString::fromUtf8(file.readAll()), &csv, &error))
            return tr("%1 %2").arg(label, error);
        CheckedRecords records =
            checkRecords(table, csv, mapColumns(csvColumns(table), csv.header));
        if (records.problems.isEmpty())
            records.problems = CsvImporter::writeRecords(db, table, records);
        if (!records.problems.isEmpty())
            return tr("%1 %2").arg(label, records.problems.first().text());
    }
    if (!transaction.commit())
        return tr("cannot save the default data: %1").arg(db.lastError().text());
    return {};
}

} // namespace ws
