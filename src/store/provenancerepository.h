// SPDX-License-Identifier: MIT
#pragma once

#include "core/assumptionfield.h"
#include "core/provenance.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace ws {

/** Reads where numbers came from (sources, the source of each cell, numbers with none) and the
    audit trail. Read-only. */
class ProvenanceRepository
{
public:
    explicit ProvenanceRepository(QSqlDatabase db);

    QList<Source> sources();

    /** A key for a cell in cellProvenance()'s map. */
    static quint64 cellKey(int programId, int year, AssumptionField field);

    /** The stored row behind every cell @p scenarioId resolves, through its ancestors. */
    QHash<quint64, CellProvenance> cellProvenance(int scenarioId);
    /** cellProvenance() for the programs @p programIds only: a report that shows 25 programs
        of 10,000 need not read a million cells. */
    QHash<quint64, CellProvenance> cellProvenance(int scenarioId, const QList<int> &programIds);

    /** Assumption cells (of every scenario) and relations that cite no source. */
    QList<UnsourcedNumber> unsourcedNumbers();

    /** Lines of the audit trail that pass @p filter, newest first, at most @p limit. */
    QList<EditLogEntry> editLog(const EditLogFilter &filter, int limit = 5000);

    /** The tables and fields the audit trail mentions, for the History page's filters. */
    /** Everyone the audit trail names as having made a change, in order. */
    QStringList editLogUsers();
    QStringList editLogTables();
    QStringList editLogFields(const QString &table);

private:
    QHash<quint64, CellProvenance> readCellProvenance(int scenarioId, const QList<int> *programIds);

    QSqlDatabase mDb;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ProvenanceRepository)
};

} // namespace ws
