// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"
#include "storedrows.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

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

    /** The row a scenario itself stores for a cell, or nothing when it inherits it. When the
        store cannot be read (a server's timeout, a lost connection), nothing, and @p error,
        if given, says why: a failed read is never taken for a cell that is not stored. */
    std::optional<StoredCell> storedCell(int scenarioId, int programId, int year,
                                         AssumptionField field, QString *error = nullptr);

    /** Applies @p changes, moving each cell to its `after` row (or to `before` when
        @p reverse), in one transaction. A cell is written only while it still holds what the
        change was made from (`before`, or `after` when @p reverse): one that someone else
        changed meanwhile refuses the whole change, naming who changed it and when. */
    QString applyCellChanges(const QList<CellChange> &changes, bool reverse = false);

    // Rows change as cells do: an update or a removal names the row as its author read it
    // (expected, before), and is refused, naming who changed it and when, when the store holds
    // another version by then (StoredRowVersions). An insert is refused when someone else took
    // its id meanwhile. Undo and redo pass the version they leave behind, so that undoing what
    // someone has since built on is refused too.

    ScenarioSnapshot snapshotScenario(int scenarioId);
    QString insertScenario(const ScenarioSnapshot &scenario);
    /** Removes the scenario and its cells, as @p expected shows them. */
    QString deleteScenario(const ScenarioSnapshot &expected);
    QString renameScenario(int scenarioId, const QString &expectedName, const QString &name);

    ProgramSnapshot snapshotProgram(int programId);
    QString insertProgram(const ProgramSnapshot &program);
    QString deleteProgram(const ProgramSnapshot &expected);

    CompanySnapshot snapshotCompany(int companyId);
    QString insertCompany(const CompanySnapshot &company);
    /** Removes the company with its relations and positions; @p expected gives the company
        and its relations as read. */
    QString deleteCompany(const CompanySnapshot &expected);
    QString updateCompany(const Company &before, const Company &after);
    QString insertRelation(const Relation &relation);
    QString deleteRelation(const Relation &expected);
    QString updateRelation(const Relation &before, const Relation &after);
    /** Adds (no @p before), changes or removes (no @p after) a source. A source that numbers
        still cite is not removed. */
    QString writeSource(const std::optional<Source> &before, const std::optional<Source> &after);

    /** Moves nodes of @p layout to each change's `after` (or `before` when @p reverse), while
        each is where the change found it. */
    QString applyPositions(const QString &layout, const QList<PositionChange> &changes,
                           bool reverse);

private:
    QString scenarioChangedSince(const ScenarioSnapshot &expected);
    QString companyChangedSince(const CompanySnapshot &expected);
    QString relationChangedSince(const Relation &expected);
    QString sourceChangedSince(int sourceId, const std::optional<Source> &expected);
    QString positionChangedSince(const QString &layout, int companyId,
                                 const std::optional<QPointF> &expected);
    /** Who last changed what @p condition selects of edit_log, and when: "bob at …". */
    QString lastChangeWhere(const QString &condition, const QVariantList &values);
    /** "@p what was changed by @p who after you read it; nothing was changed". */
    static QString changedAfterRead(const QString &what, const QString &who);
    /** Locks the row until the commit on a server, so that it cannot change between its check
        and its write. */
    QString lockRow(const QString &table, int id);
    /** The reason a new row cannot take @p id, which a colleague's row took; empty if free. */
    QString idTaken(const QString &table, int id);
    QString writeCompany(const Company &company, bool insert);
    QString writeRelation(const Relation &relation, bool insert);
    QString writeCell(const StoredCell &key, const std::optional<StoredCell> &row);
    QString changedSince(const StoredCell &key, const std::optional<StoredCell> &expected);
    QString log(const QString &table, const QString &rowKey, const QString &field,
                const QVariant &oldValue, const QVariant &newValue);
    /** Runs @p work in one write transaction, committed when it returns no error. */
    QString inTransaction(const std::function<QString()> &work);

    QSqlDatabase mDb;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::WorkbookWriter)
};

} // namespace ws
