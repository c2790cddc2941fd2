// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"
#include "storedrows.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ws {

/** Every change a user makes to a workbook: one transaction per change, each row it touches
    written to edit_log with the time and the old and new value. Methods return an empty string
    on success, otherwise the reason, and then the workbook is as it was. */
class WorkbookWriter
{
public:
    /** The tables whose rows a user adds, and so the only ones nextId() reads. */
    enum class IdTable { Scenario, Program, Company, Relation, Source };

    explicit WorkbookWriter(QSqlDatabase db);

    /** The id a new row of @p table gets: one more than the largest, 1 for an empty table; 0
        (which no row has) when the table cannot be read, and then the insert fails too. */
    int nextId(IdTable table);

    /** Who last changed the cell @p key and when, from the audit trail, as "ana at
        2026-12-04 14:02 UTC"; empty when the trail does not say. */
    QString lastChangeOf(const StoredCell &key);

    /** The row key edit_log gives an assumption cell: "scenario 2, program 9, year 2026". */
    static QString cellRowKey(const StoredCell &cell);
    /** The scenario, program and year of a cellRowKey(), or nothing for another key. */
    static std::optional<StoredCell> parseCellRowKey(const QString &rowKey);

    /** The row a scenario itself stores for a cell, or nothing when it inherits it. */
    std::optional<StoredCell> storedCell(int scenarioId, int programId, int year,
                                         AssumptionField field);

    /** Applies @p changes, moving each cell to its `after` row (or to `before` when
        @p reverse), in one transaction. A cell is written only while it still holds what the
        change was made from (`before`, or `after` when @p reverse): one that someone else
        changed meanwhile refuses the whole change, naming who changed it and when. */
    QString applyCellChanges(const QList<CellChange> &changes, bool reverse = false);

    ScenarioSnapshot snapshotScenario(int scenarioId);
    QString insertScenario(const ScenarioSnapshot &scenario);
    QString deleteScenario(int scenarioId);
    QString renameScenario(int scenarioId, const QString &name);

    ProgramSnapshot snapshotProgram(int programId);
    QString insertProgram(const ProgramSnapshot &program);
    QString deleteProgram(int programId);

    CompanySnapshot snapshotCompany(int companyId);
    QString insertCompany(const CompanySnapshot &company);
    QString deleteCompany(int companyId);
    QString updateCompany(const Company &company);
    QString insertRelation(const Relation &relation);
    QString deleteRelation(int relationId);
    QString updateRelation(const Relation &relation);
    /** Adds (no @p before), changes or removes (no @p after) a source. A source that numbers
        still cite is not removed. */
    QString writeSource(const std::optional<Source> &before, const std::optional<Source> &after);

    /** Moves nodes of @p layout to each change's `after` (or `before` when @p reverse). */
    QString applyPositions(const QString &layout, const QList<PositionChange> &changes,
                           bool reverse);

private:
    QString writeCompany(const Company &company, bool insert);
    QString writeRelation(const Relation &relation, bool insert);
    QString writeCell(const StoredCell &key, const std::optional<StoredCell> &row);
    QString changedSince(const StoredCell &key, const std::optional<StoredCell> &expected);
    QString log(const QString &table, const QString &rowKey, const QString &field,
                const QVariant &oldValue, const QVariant &newValue);
    template<typename Work> QString inTransaction(Work work);

    QSqlDatabase mDb;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::WorkbookWriter)
};

} // namespace ws
