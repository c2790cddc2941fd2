// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QUndoCommand>

namespace ws {

class SupplyChainDocument;

/** Adds or removes a supplier → customer relation. */
class AddRemoveRelation : public QUndoCommand
{
public:
    enum Action { Add, Remove };

    AddRemoveRelation(SupplyChainDocument *document, Relation relation, const QString &label,
                      Action action);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool add);

    SupplyChainDocument *mDocument;
    Relation mRelation;
    Action mAction;
};

/** Changes a relation's fields (weight, product, ends, …). */
class ChangeRelation : public QUndoCommand
{
public:
    ChangeRelation(SupplyChainDocument *document, Relation before, Relation after,
                   const QString &label);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(const Relation &from, const Relation &to);

    SupplyChainDocument *mDocument;
    Relation mBefore;
    Relation mAfter;
};

} // namespace ws
