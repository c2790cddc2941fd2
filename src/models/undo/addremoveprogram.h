// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class Workbook;

/** Adds or removes a chip program together with its cells in every scenario. */
class AddRemoveProgram : public QUndoCommand
{
public:
    enum Action { Add, Remove };

    AddRemoveProgram(Workbook *workbook, ProgramSnapshot program, Action action);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool add);

    Workbook *mWorkbook;
    ProgramSnapshot mProgram;
    Action mAction;
};

} // namespace ws
