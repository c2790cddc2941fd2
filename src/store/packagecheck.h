// SPDX-License-Identifier: MIT
#pragma once

#include "files/importcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace ws {

/** The package rules of Model v2 (core/packagerules) applied to a workbook as written inside an
    import's transaction, so that a CSV or JSON import that breaks them is rolled back with a
    line to look at. */
class PackageCheck
{
public:
    /** Every program row that breaks a package rule (a die kind of another vendor's package,
        a nested die kind, die_role io on a package). @p lineOfId gives the file's line of a
        program id; a problem of a row the file does not hold names the line of its package. */
    static QList<ImportProblem> programProblems(QSqlDatabase &db,
                                                const QHash<qlonglong, int> &lineOfId);

    /** The file's line of a stored cell, 0 when the file does not hold it. */
    using LineOfCell = std::function<int(qlonglong scenarioId, qlonglong programId, qlonglong year,
                                         const QString &field)>;

    /** Every stored assumption that gives a die kind a field of its package (units, CoWoS);
        @p lineOfCell, asked only about a cell at fault, names the file's line. */
    static QList<ImportProblem> dieKindFieldProblems(QSqlDatabase &db,
                                                     const LineOfCell &lineOfCell = {});

    /** Every package-year of every scenario whose interposer cannot hold its logic dies
        (PackageRules::interposerProblem), as "scenario: sentence". An import compares the set
        before and after its write and refuses what it adds. */
    static QSet<QString> interposerProblems(QSqlDatabase &db);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::PackageCheck)
};

} // namespace ws
