// SPDX-License-Identifier: MIT
#include "movenodes.h"

#include "models/workbook.h"
#include "undocommands.h"

namespace ws {

MoveNodes::MoveNodes(Workbook *workbook, QString layout, QList<PositionChange> changes,
                     const QString &text)
    : QUndoCommand(text)
    , mWorkbook(workbook)
    , mLayout(std::move(layout))
    , mChanges(std::move(changes))
{
}

int MoveNodes::id() const
{
    return MoveNodesId;
}

void MoveNodes::redo()
{
    apply(false);
}

void MoveNodes::undo()
{
    apply(true);
}

void MoveNodes::apply(bool reverse)
{
    const QString error = mWorkbook->applyPositions(mLayout, mChanges, reverse);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
