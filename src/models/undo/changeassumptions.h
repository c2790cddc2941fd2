// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class Workbook;

/** Changes one or more assumption cells (an edit, a revert, a fit) as one undoable step.
    Each cell keeps its whole stored row before and after, so undo restores the database row
    for row. */
class ChangeAssumptions : public QUndoCommand
{
public:
    ChangeAssumptions(Workbook *workbook, QList<CellChange> changes, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool reverse);

    Workbook *mWorkbook;
    QList<CellChange> mChanges;
};

} // namespace ws
