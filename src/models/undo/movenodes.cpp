// SPDX-License-Identifier: MIT
#include "movenodes.h"

#include "models/supplychaindocument.h"
#include "undocommands.h"

namespace ws {

MoveNodes::MoveNodes(SupplyChainDocument *document, QString layout, QList<PositionChange> changes,
                     const QString &text)
    : QUndoCommand(text)
    , mDocument(document)
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
    const QString error = mDocument->applyPositions(mLayout, mChanges, reverse);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mDocument->changeFailed(error);
    }
}

} // namespace ws
