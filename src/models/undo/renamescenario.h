// SPDX-License-Identifier: MIT
#pragma once

#include <QUndoCommand>

namespace ws {

class Workbook;

/** Renames a scenario. */
class RenameScenario : public QUndoCommand
{
public:
    RenameScenario(Workbook *workbook, int scenarioId, QString oldName, QString newName);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(const QString &from, const QString &to);

    Workbook *mWorkbook;
    int mScenarioId;
    QString mOldName;
    QString mNewName;
};

} // namespace ws
