// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class Workbook;

/** Creates or deletes a scenario together with the cells it stores. */
class AddRemoveScenario : public QUndoCommand
{
public:
    enum Action { Add, Remove };

    AddRemoveScenario(Workbook *workbook, ScenarioSnapshot scenario, Action action);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool add);

    Workbook *mWorkbook;
    ScenarioSnapshot mScenario;
    Action mAction;
};

} // namespace ws
