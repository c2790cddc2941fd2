// SPDX-License-Identifier: MIT
#pragma once

namespace ws {

/** Merge ids of the undo commands (QUndoCommand::id()); one per command family. */
enum UndoCommandId {
    ChangeAssumptionsId = 1,
    AddRemoveScenarioId,
    RenameScenarioId,
    AddRemoveProgramId,
    AddRemoveCompanyId,
    ChangeCompanyId,
    AddRemoveRelationId,
    ChangeRelationId,
    MoveNodesId,
};

} // namespace ws
