// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class SupplyChainDocument;

/** Adds or removes a company together with its relations and dragged positions. */
class AddRemoveCompany : public QUndoCommand
{
public:
    enum Action { Add, Remove };

    AddRemoveCompany(SupplyChainDocument *document, CompanySnapshot company, Action action);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool add);

    SupplyChainDocument *mDocument;
    CompanySnapshot mCompany;
    Action mAction;
};

/** Changes a company's fields. */
class ChangeCompany : public QUndoCommand
{
public:
    ChangeCompany(SupplyChainDocument *document, Company before, Company after);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(const Company &from, const Company &to);

    SupplyChainDocument *mDocument;
    Company mBefore;
    Company mAfter;
};

} // namespace ws
