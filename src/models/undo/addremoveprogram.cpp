// SPDX-License-Identifier: MIT
#include "addremoveprogram.h"

#include "models/workbook.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

AddRemoveProgram::AddRemoveProgram(Workbook *workbook, ProgramSnapshot program, Action action)
    : mWorkbook(workbook)
    , mProgram(std::move(program))
    , mAction(action)
{
    setText(action == Add ? QCoreApplication::translate("ws::AddRemoveProgram", "Add program %1")
                                .arg(mProgram.name)
                          : QCoreApplication::translate("ws::AddRemoveProgram", "Remove program %1")
                                .arg(mProgram.name));
}

int AddRemoveProgram::id() const
{
    return AddRemoveProgramId;
}

void AddRemoveProgram::redo()
{
    apply(mAction == Add);
}

void AddRemoveProgram::undo()
{
    apply(mAction != Add);
}

void AddRemoveProgram::apply(bool add)
{
    const QString error =
        add ? mWorkbook->insertProgram(mProgram) : mWorkbook->deleteProgram(mProgram);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
