// SPDX-License-Identifier: MIT
#include "changeassumptions.h"

#include "models/workbook.h"
#include "undocommands.h"

namespace ws {

ChangeAssumptions::ChangeAssumptions(Workbook *workbook, QList<CellChange> changes,
                                     const QString &text)
    : QUndoCommand(text)
    , mWorkbook(workbook)
    , mChanges(std::move(changes))
{
}

int ChangeAssumptions::id() const
{
    return ChangeAssumptionsId;
}

void ChangeAssumptions::redo()
{
    apply(false);
}

void ChangeAssumptions::undo()
{
    apply(true);
}

void ChangeAssumptions::apply(bool reverse)
{
    const QString error = mWorkbook->applyCellChanges(mChanges, reverse);
    if (!error.isEmpty()) {
        // Nothing was written (one transaction): drop the step rather than pretend it happened.
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
