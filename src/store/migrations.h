// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace ws {

/** The numbered schema steps. Step N brings a workbook from `user_version` N−1 to N; each runs
    in one transaction, so a failed step leaves the file at N−1. */
class Migrations
{
public:
    /** The version that gives published figures a scope and a vintage (the table
        reported_value_program, a nullable reported_value.vendor_id). */
    static constexpr int reportedScopeVersion = 5;

    /** The version that adds what SQL clients read directly: the views assumption_value,
        reported and result_status, and the result tables `results --refresh` fills. */
    static constexpr int sqlViewsVersion = 6;

    /** The version that names who made each change (edit_log.changed_by). */
    static constexpr int changedByVersion = 7;

    /** Every table of the latest schema, parents before children, so that a reader can load
        them in this order with foreign keys holding. */
    static const QStringList &tables();

    /** The schema version this program writes and the newest it can read. */
    static int latestVersion();

    /** Applies the steps after the file's current version. Returns an empty string on success,
        otherwise the reason; the failing step is rolled back. */
    static QString migrate(QSqlDatabase &db);

    /** Applies the steps after the file's current version up to @p target only, as the schema
        audit does to learn what each version holds. */
    static QString migrate(QSqlDatabase &db, int target);

    /** An SQL expression giving the date precision ('day', 'month', 'year', 'unknown') that the
        form of source.published_on states, for rows written before the column existed. */
    static QString datePrecisionOfDate();

private:
    static QStringList step(int version);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::Migrations)
};

} // namespace ws
