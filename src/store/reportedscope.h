// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace ws {

/** One published figure whose scope does not hold together. */
struct ReportedScopeProblem
{
    qlonglong reportedValueId = 0;
    QString column; // "scope" or "programs"
    QString reason;
};

/** The programs a published figure counts (reported_value_program) and the rules that keep a
    scope consistent wherever figures enter a workbook (CSV, JSON, `check`): a named scope lists
    at least one program, a total lists none, and every listed program belongs to the figure's
    vendor (any vendor for a market total, whose vendor_id is NULL). */
class ReportedScope
{
public:
    /** The SQL expression, for a query over reported_value, that gives a row's programs as the
        CSV writes them: ids in ascending order separated by ';', NULL when there are none. */
    static QString programsColumnSql(const QSqlDatabase &db);

    /** Every broken rule among the figures whose ids are in @p ids, or among all figures when
        @p ids is empty; in id order. Reads the workbook as the current transaction sees it. */
    static QList<ReportedScopeProblem> problems(QSqlDatabase &db, const QList<qlonglong> &ids = {});

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ReportedScope)
};

} // namespace ws
