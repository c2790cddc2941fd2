// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class Workbook;

/** Adds or removes a company together with its relations and dragged positions. */
class AddRemoveCompany : public QUndoCommand
{
public:
    enum Action { Add, Remove };

    AddRemoveCompany(Workbook *workbook, CompanySnapshot company, Action action);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool add);

    Workbook *mWorkbook;
    CompanySnapshot mCompany;
    Action mAction;
};

/** Changes a company's fields. */
class ChangeCompany : public QUndoCommand
{
public:
    ChangeCompany(Workbook *workbook, Company before, Company after);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(const Company &company);

    Workbook *mWorkbook;
    Company mBefore;
    Company mAfter;
};

} // namespace ws
