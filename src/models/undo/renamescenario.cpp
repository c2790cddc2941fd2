// SPDX-License-Identifier: MIT
#include "renamescenario.h"

#include "models/workbook.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

RenameScenario::RenameScenario(Workbook *workbook, int scenarioId, QString oldName, QString newName)
    : mWorkbook(workbook)
    , mScenarioId(scenarioId)
    , mOldName(std::move(oldName))
    , mNewName(std::move(newName))
{
    setText(QCoreApplication::translate("ws::RenameScenario", "Rename scenario %1 to %2")
                .arg(mOldName, mNewName));
}

int RenameScenario::id() const
{
    return RenameScenarioId;
}

void RenameScenario::redo()
{
    apply(mOldName, mNewName);
}

void RenameScenario::undo()
{
    apply(mNewName, mOldName);
}

void RenameScenario::apply(const QString &from, const QString &to)
{
    const QString error = mWorkbook->writeScenarioName(mScenarioId, from, to);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
