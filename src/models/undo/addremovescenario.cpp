// SPDX-License-Identifier: MIT
#include "addremovescenario.h"

#include "models/workbook.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

AddRemoveScenario::AddRemoveScenario(Workbook *workbook, ScenarioSnapshot scenario, Action action)
    : mWorkbook(workbook)
    , mScenario(std::move(scenario))
    , mAction(action)
{
    setText(action == Add
                ? QCoreApplication::translate("ws::AddRemoveScenario", "Create scenario %1")
                      .arg(mScenario.name)
                : QCoreApplication::translate("ws::AddRemoveScenario", "Delete scenario %1")
                      .arg(mScenario.name));
}

int AddRemoveScenario::id() const
{
    return AddRemoveScenarioId;
}

void AddRemoveScenario::redo()
{
    apply(mAction == Add);
}

void AddRemoveScenario::undo()
{
    apply(mAction != Add);
}

void AddRemoveScenario::apply(bool add)
{
    const QString error =
        add ? mWorkbook->insertScenario(mScenario) : mWorkbook->removeScenario(mScenario);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
