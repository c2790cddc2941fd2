// SPDX-License-Identifier: MIT
#pragma once

#include "tablecolumns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace ws {

struct CsvTable;

/** One reason a record cannot be imported. */
struct ImportProblem
{
    int line = 0; // 1-based line of the file; 0 for a problem with the file as a whole
    QString column; // the table's column, empty when the whole record is at fault
    QString reason;

    /** "line 12, column value: '-3' is below 0" */
    QString text() const;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ImportProblem)
};

/** What an import did, or every reason it did nothing. */
struct ImportResult
{
    int rows = 0; // rows written (or, in a dry run, that would have been)
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/** Called every few thousand rows of an import with the rows written and the total; returning
    false cancels the import, which then writes nothing. */
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

/** For each column of the table, the index of the CSV field that fills it, or -1. */
using ColumnMapping = QList<int>;

/** True when @p firstRecord reads as a header: some field names one of @p columns. */
bool detectHeader(const QStringList &firstRecord, const QList<ColumnSpec> &columns);

/** Maps columns by header name (case-insensitive), or by position when @p header is empty. */
ColumnMapping mapColumns(const QList<ColumnSpec> &columns, const QStringList &header);

/** Header names that are no column of the table: on the command line, where nobody maps them
    by hand, a misspelt optional column would otherwise be dropped without a word. */
QList<ImportProblem> unknownFieldProblems(const QList<ColumnSpec> &columns,
                                          const QStringList &header);

/** Problems with a mapping: a required column left unmapped, a field mapped twice. */
QList<ImportProblem> mappingProblems(const QList<ColumnSpec> &columns,
                                     const ColumnMapping &mapping);

/** Records checked and converted for binding, with every problem found. Values that only the
    workbook can judge (a program id that does not exist, a duplicate name) are left to the
    write, which reports them by line too. */
struct CheckedRecords
{
    QList<int> present; // the columns the file (or a fixed value) fills, by index
    QList<int> lines;
    QList<QVariantList> values; // one value per column, in csvColumns() order
    QList<ImportProblem> problems;
};

/** Checks every record of @p csv for @p table. @p fixed gives values for columns the file may
    leave out (the scenario of `import assumption --scenario S`); a record that gives another
    value for such a column is a problem. Pure: no database, safe to feed any bytes. */
CheckedRecords checkRecords(const QString &table, const CsvTable &csv, const ColumnMapping &mapping,
                            const QHash<QString, QVariant> &fixed = {});

/** The loops in scenarios' parent links (@p parentOf: scenario id → parent id, 0 or absent for
    none), each once, as the ids around it starting from its smallest: a scenario that is its
    own ancestor has no root, and every walk up its lineage would stop at an arbitrary place.
    Pure, like checkRecords(). */
QList<QList<qlonglong>> scenarioParentCycles(const QHash<qlonglong, qlonglong> &parentOf);

/** "scenario 3 → 5 → 3": a cycle as messages name it. */
QString scenarioCycleText(const QList<qlonglong> &cycle);

} // namespace ws
