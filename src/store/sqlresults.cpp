// SPDX-License-Identifier: MIT
#include "sqlresults.h"
#include "core/translation.h"

#include "core/forecastengine.h"
#include "core/packaging.h"
#include "forecastrepository.h"
#include "sqlitehandle.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace ws {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// Writes rows of one table. A file's rows go through SQLite's own interface: a refresh of
// 10,000 programs writes hundreds of thousands of them, and a QVariant per bound value would be
// most of its time. A server's go through Qt's driver, many rows to a statement, as a round
// trip per row would be most of the time there.
class RowWriter
{
public:
    RowWriter(QSqlDatabase &db, const QString &table, const QStringList &columns)
        : mDb(db)
        , mHandle(sqliteHandle(db))
        , mStatement(nullptr, &sqlite3_finalize)
        , mBatch(db)
        , mColumns(static_cast<int>(columns.size()))
        , mRowsPerStatement(std::max(1, 4000 / mColumns))
    {
        QStringList marks;
        for (int c = 0; c < mColumns; ++c)
            marks << QStringLiteral("?");
        const QString row = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
        // Table and column names are the program's own, never anything typed.
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(table, columns.join(QStringLiteral(", ")));
        if (!mHandle) {
            QStringList rows;
            for (int r = 0; r < mRowsPerStatement; ++r)
                rows << row;
            mValid = mBatch.prepare(insert + rows.join(QStringLiteral(", ")));
            mError = mBatch.lastError().text();
            mRow.resize(mColumns);
            mInsertHead = insert;
            mRowMarks = row;
            return;
        }
        const QByteArray sql = (insert + row).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(mHandle, sql.constData(), -1, &statement, nullptr) == SQLITE_OK)
            mStatement.reset(statement);
        mValid = mStatement != nullptr;
        if (!mValid)
            mError = QString::fromUtf8(sqlite3_errmsg(mHandle));
    }

    bool isValid() const { return mValid; }
    QString error() const { return mError; }

    void bind(int column, qint64 value)
    {
        if (mHandle)
            sqlite3_bind_int64(stmt(), column, value);
        else
            mRow[column - 1] = value;
    }
    void bind(int column, double value)
    {
        if (mHandle)
            sqlite3_bind_double(stmt(), column, value);
        else
            mRow[column - 1] = value;
    }
    void bind(int column, const QString &text)
    {
        if (!mHandle) {
            mRow[column - 1] = text.isNull() ? QVariant() : QVariant(text);
            return;
        }
        if (text.isNull()) {
            sqlite3_bind_null(stmt(), column);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(stmt(), column, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
    }

    /** Inserts the bound row (on a server, once a statement's worth is bound, or at finish());
        a column not bound is NULL. Returns the error, empty on success. */
    QString insert()
    {
        if (!mHandle) {
            mPending += mRow;
            mRow.fill(QVariant());
            return mPending.size() == mRowsPerStatement * mColumns ? flush(mBatch) : QString();
        }
        const int code = sqlite3_step(stmt());
        sqlite3_reset(stmt());
        sqlite3_clear_bindings(stmt());
        return code == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(mHandle));
    }

    /** Writes the rows still pending on a server; nothing to do on a file. */
    QString finish()
    {
        if (mHandle || mPending.isEmpty())
            return {};
        QStringList rows;
        for (qsizetype r = 0; r < mPending.size() / mColumns; ++r)
            rows << mRowMarks;
        QSqlQuery last(mDb);
        if (!last.prepare(mInsertHead + rows.join(QStringLiteral(", "))))
            return describeSqlError(last.lastError());
        return flush(last);
    }

private:
    QString flush(QSqlQuery &query)
    {
        for (qsizetype i = 0; i < mPending.size(); ++i)
            query.bindValue(static_cast<int>(i), mPending[i]);
        mPending.clear();
        return query.exec() ? QString() : describeSqlError(query.lastError());
    }

    sqlite3_stmt *stmt() const { return mStatement.get(); }

    QSqlDatabase &mDb;
    sqlite3 *mHandle;
    Statement mStatement;
    QSqlQuery mBatch;
    int mColumns;
    int mRowsPerStatement;
    bool mValid = false;
    QString mError;
    QVariantList mRow; // the row being bound, on a server
    QVariantList mPending; // rows bound and not yet written, on a server
    QString mInsertHead;
    QString mRowMarks;
};

qint64 dataVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM edit_log")) || !query.next()) {
        *error = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

QString writeResults(QSqlDatabase &db, const QDateTime &computedAt, const QString &programVersion,
                     SqlResults::Summary *summary)
{
    ForecastRepository repository(db);
    const auto forecasts = repository.loadEveryForecast();
    if (!repository.error().isEmpty())
        return repository.error();
    QStringList problems;
    for (const auto &[scenario, built] : forecasts) {
        if (!built.problems.isEmpty())
            problems << SqlResults::tr("scenario %1 cannot be computed:\n  %2")
                            .arg(scenario.name, built.problems.join(QStringLiteral("\n  ")));
    }
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));

    QString error;
    summary->dataVersion = dataVersion(db, &error);
    if (!error.isEmpty())
        return error;
    summary->computedAt = computedAt.toUTC().toString(Qt::ISODateWithMs);

    QSqlQuery query(db);
    for (const char *sql :
         { "DELETE FROM result_share", "DELETE FROM result_program", "DELETE FROM result_run" }) {
        if (!query.exec(QLatin1String(sql)))
            return query.lastError().text();
    }

    RowWriter share(db, QStringLiteral("result_share"),
                    QStringLiteral("scenario_id, scenario, year, metric, vendor_id, vendor, "
                                   "wafers, share")
                        .split(QStringLiteral(", ")));
    RowWriter program(db, QStringLiteral("result_program"),
                      QStringLiteral("scenario_id, scenario, year, program_id, program, "
                                     "vendor_id, vendor, package, die_role, gross_dies, yield, "
                                     "good_dies, logic_wafers, compute_wafers, cowos_wafers, "
                                     "cowos_basis")
                          .split(QStringLiteral(", ")));
    if (!share.isValid() || !program.isValid())
        return share.isValid() ? program.error() : share.error();

    for (const auto &[scenario, built] : forecasts) {
        const ForecastInput &input = built.input;
        const ForecastResult result = ForecastEngine::compute(input);
        for (int y = 0; y < input.years.size(); ++y) {
            for (const Metric metric : allMetrics()) {
                for (int v = 0; v < input.vendors.size(); ++v) {
                    share.bind(1, qint64(scenario.id));
                    share.bind(2, scenario.name);
                    share.bind(3, qint64(input.years[y]));
                    share.bind(4, metricName(metric));
                    share.bind(5, qint64(input.vendors[v].id));
                    share.bind(6, input.vendors[v].name);
                    share.bind(7, result.vendorWafers(metric, v, y));
                    share.bind(8, result.sharePercent(metric, v, y));
                    if (const QString failed = share.insert(); !failed.isEmpty())
                        return failed;
                    ++summary->shareRows;
                }
            }
            for (int p = 0; p < input.programs.size(); ++p) {
                const ProgramYearResult &out = result.program(p, y);
                const int vendor = input.programVendorIndex[static_cast<size_t>(p)];
                const int package = input.packageIndexOf(p);
                program.bind(1, qint64(scenario.id));
                program.bind(2, scenario.name);
                program.bind(3, qint64(input.years[y]));
                program.bind(4, qint64(input.programs[p].id));
                program.bind(5, input.programs[p].name);
                if (vendor >= 0) {
                    program.bind(6, qint64(input.vendors[vendor].id));
                    program.bind(7, input.vendors[vendor].name);
                }
                if (package >= 0)
                    program.bind(8, input.programs[package].name);
                program.bind(9, dieRoleName(input.programs[p].dieRole));
                program.bind(10, qint64(out.grossDies));
                program.bind(11, out.yield);
                program.bind(12, out.goodDies);
                program.bind(13, out.logicWafers);
                program.bind(14, out.computeWafers);
                program.bind(15, out.cowosWafers);
                // A die kind's CoWoS wafers are its package's.
                if (package < 0)
                    program.bind(16, cowosBasisName(out.cowosBasis));
                if (const QString failed = program.insert(); !failed.isEmpty())
                    return failed;
                ++summary->programRows;
            }
        }
        ++summary->scenarios;
    }

    for (RowWriter *writer : { &share, &program }) {
        if (const QString failed = writer->finish(); !failed.isEmpty())
            return failed;
    }
    query.prepare(QStringLiteral("INSERT INTO result_run (id, computed_at, data_version, "
                                 "program_version) VALUES (1, ?, ?, ?)"));
    query.addBindValue(summary->computedAt);
    query.addBindValue(summary->dataVersion);
    // A program without a version (a test) stamps empty text, not NULL.
    query.addBindValue(programVersion.isNull() ? QStringLiteral("") : programVersion);
    if (!query.exec())
        return query.lastError().text();
    return {};
}

} // namespace

QString SqlResults::refresh(QSqlDatabase &db, const QDateTime &computedAt,
                            const QString &programVersion, Summary *summary)
{
    *summary = Summary();
    // The inputs are read inside the write transaction, so that no edit can come between what
    // was read and the data version the results are stamped with.
    if (const QString locked = beginWrite(db); !locked.isEmpty())
        return locked;
    const QString error = writeResults(db, computedAt, programVersion, summary);
    if (!error.isEmpty()) {
        const QString disk = diskProblem(db);
        db.rollback();
        *summary = Summary();
        return disk.isEmpty() ? error : disk;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString disk = diskProblem(db);
        const QString reason = disk.isEmpty() ? describeSqlError(commit.lastError()) : disk;
        db.rollback();
        *summary = Summary();
        return reason;
    }
    return {};
}

std::optional<SqlResults::Status> SqlResults::status(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT status, computed_at, program_version, data_version, "
                                   "workbook_data_version FROM result_status")) ||
        !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return Status { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toLongLong(), query.value(4).toLongLong() };
}

} // namespace ws
