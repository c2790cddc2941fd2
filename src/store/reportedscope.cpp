// SPDX-License-Identifier: MIT
#include "reportedscope.h"

#include "sqldialect.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ws {

QString ReportedScope::programsColumnSql(const QSqlDatabase &db)
{
    if (SqlDialect::isServer(db))
        return QStringLiteral("(SELECT string_agg(CAST(program_id AS text), ';' ORDER BY "
                              "program_id) FROM reported_value_program WHERE reported_value_id = "
                              "reported_value.id)");
    // group_concat keeps the order of its input rows, which the inner query sorts.
    return QStringLiteral("(SELECT group_concat(program_id, ';') FROM (SELECT program_id FROM "
                          "reported_value_program WHERE reported_value_id = reported_value.id "
                          "ORDER BY program_id))");
}

QList<ReportedScopeProblem> ReportedScope::problems(QSqlDatabase &db, const QList<qlonglong> &ids)
{
    const QSet<qlonglong> wanted(ids.cbegin(), ids.cend());
    const auto concerns = [&](qlonglong id) {
        return wanted.isEmpty() || wanted.contains(id);
    };
    QList<ReportedScopeProblem> found;

    // A named scope without programs, and a total with some.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT r.id, r.scope, (SELECT count(*) FROM reported_value_program l "
            "WHERE l.reported_value_id = r.id) FROM reported_value r ORDER BY r.id"))) {
        while (query.next()) {
            const qlonglong id = query.value(0).toLongLong();
            const QString scope = query.value(1).toString();
            const int programs = query.value(2).toInt();
            if (!concerns(id))
                continue;
            if (!scope.isEmpty() && programs == 0)
                found << ReportedScopeProblem {
                    id, QStringLiteral("programs"),
                    tr("the named scope '%1' lists no program; give the ids of the programs it "
                       "counts (such as 8;9), or leave the scope empty for a total")
                        .arg(scope)
                };
            else if (scope.isEmpty() && programs > 0)
                found << ReportedScopeProblem {
                    id, QStringLiteral("scope"),
                    tr("a total (empty scope) counts every program of its vendor and lists none; "
                       "name the scope or leave programs empty")
                };
        }
    }

    // A program of another vendor than the figure's.
    if (query.exec(QStringLiteral(
            "SELECT r.id, l.program_id, p.name, r.vendor_id, pv.name, rv.name "
            "FROM reported_value_program l JOIN reported_value r ON r.id = l.reported_value_id "
            "JOIN program p ON p.id = l.program_id "
            "LEFT JOIN vendor pv ON pv.id = p.vendor_id LEFT JOIN vendor rv ON rv.id = r.vendor_id "
            // Not SQLite's "IS NOT", which a server does not read: r.vendor_id is not NULL here.
            "WHERE r.vendor_id IS NOT NULL AND (p.vendor_id IS NULL OR p.vendor_id <> r.vendor_id) "
            "ORDER BY r.id, l.program_id"))) {
        while (query.next()) {
            const qlonglong id = query.value(0).toLongLong();
            if (!concerns(id))
                continue;
            found << ReportedScopeProblem {
                id, QStringLiteral("programs"),
                tr("program %1 (%2) belongs to %3, not to %4, the vendor of this figure")
                    .arg(query.value(1).toString(), query.value(2).toString(),
                         query.value(4).toString(), query.value(5).toString())
            };
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ReportedScopeProblem &a, const ReportedScopeProblem &b) {
                         return a.reportedValueId < b.reportedValueId;
                     });
    return found;
}

} // namespace ws
