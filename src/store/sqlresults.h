// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace ws {

/** The computed results a SQL client reads beside the inputs: result_share (each vendor's wafers
    and share per scenario, year and metric), result_program (each program-year's engine output
    per scenario) and result_run (when they were computed, by which version of the program, and
    at which data version: the largest edit_log id). Derived data: they are rewritten whole by
    refresh(), never edited, and not part of a JSON export. */
class SqlResults
{
public:
    /** What a refresh wrote. */
    struct Summary
    {
        int scenarios = 0;
        qint64 shareRows = 0;
        qint64 programRows = 0;
        qint64 dataVersion = 0;
        QString computedAt;
    };

    /** Computes every scenario and replaces the result tables with the results, stamped with
        @p computedAt and @p programVersion, in one write transaction: what the tables hold is
        what the inputs read in it give. A scenario that cannot be computed (a missing or
        invalid input) refuses the whole refresh with its problems, and nothing is written.
        Returns an empty string on success, otherwise the reason. */
    static QString refresh(QSqlDatabase &db, const QDateTime &computedAt,
                           const QString &programVersion, Summary *summary);

    /** What the result_status view says of the stored results. */
    struct Status
    {
        QString status; // "current", "stale" or "never computed"
        QString computedAt; // empty when never computed
        QString programVersion;
        qint64 dataVersion = 0; // of the results
        qint64 workbookDataVersion = 0; // of the workbook now
    };
    static std::optional<Status> status(const QSqlDatabase &db, QString *error);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::SqlResults)
};

} // namespace ws
