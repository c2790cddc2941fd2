// SPDX-License-Identifier: MIT
#pragma once

#include "core/assumptionfield.h"
#include "core/supplychain.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace ws {

/** One row of the assumption table exactly as stored, so that an undo can put it back. */
struct StoredCell
{
    int scenarioId = 0;
    int programId = 0;
    int year = 0;
    AssumptionField field = AssumptionField::Units;
    QString value;
    std::optional<int> sourceId;
    QString note;
};

/** A change of one assumption cell: the row before and after; no row means the cell is not
    stored in that scenario (it is inherited from the parent). */
struct CellChange
{
    std::optional<StoredCell> before;
    std::optional<StoredCell> after;

    const StoredCell &key() const { return after ? *after : *before; }
};

/** A scenario row with every cell it stores: what deleting it removes and undo restores. */
struct ScenarioSnapshot
{
    int id = 0;
    QString name;
    int parentId = 0; // 0: none
    QString note;
    QString createdAt;
    QList<StoredCell> cells;
};

/** A program row with its cells in every scenario. */
struct ProgramSnapshot
{
    int id = 0;
    int vendorId = 0;
    QString name;
    QString node;
    QString note;
    int packageId = 0; // 0: a package; otherwise a die kind of that package
    QString dieRole = QStringLiteral("compute");
    QList<StoredCell> cells;
    QList<int> reportedValueIds; // published figures whose named scope counts the program
};

/** A node position the analyst dragged, in one layout. */
struct NodePosition
{
    int companyId = 0;
    QString layout;
    QPointF position;
};

/** A company with everything that goes when it is removed: its relations and positions. */
struct CompanySnapshot
{
    Company company;
    QList<Relation> relations;
    QList<NodePosition> positions;
};

/** Positions of one layout before and after a drag (or a reset); no value means none stored. */
struct PositionChange
{
    int companyId = 0;
    std::optional<QPointF> before;
    std::optional<QPointF> after;
};

} // namespace ws
