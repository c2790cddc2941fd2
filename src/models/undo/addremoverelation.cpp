// SPDX-License-Identifier: MIT
#include "addremoverelation.h"

#include "models/supplychaindocument.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

AddRemoveRelation::AddRemoveRelation(SupplyChainDocument *document, Relation relation,
                                     const QString &label, Action action)
    : mDocument(document)
    , mRelation(std::move(relation))
    , mAction(action)
{
    setText(action == Add
                ? QCoreApplication::translate("ws::AddRemoveRelation", "Add relation %1").arg(label)
                : QCoreApplication::translate("ws::AddRemoveRelation", "Remove relation %1")
                      .arg(label));
}

int AddRemoveRelation::id() const
{
    return AddRemoveRelationId;
}

void AddRemoveRelation::redo()
{
    apply(mAction == Add);
}

void AddRemoveRelation::undo()
{
    apply(mAction != Add);
}

void AddRemoveRelation::apply(bool add)
{
    const QString error =
        add ? mDocument->insertRelationRow(mRelation) : mDocument->deleteRelationRow(mRelation);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mDocument->changeFailed(error);
    }
}

ChangeRelation::ChangeRelation(SupplyChainDocument *document, Relation before, Relation after,
                               const QString &label)
    : mDocument(document)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
    setText(QCoreApplication::translate("ws::ChangeRelation", "Edit relation %1").arg(label));
}

int ChangeRelation::id() const
{
    return ChangeRelationId;
}

void ChangeRelation::redo()
{
    apply(mBefore, mAfter);
}

void ChangeRelation::undo()
{
    apply(mAfter, mBefore);
}

void ChangeRelation::apply(const Relation &from, const Relation &to)
{
    const QString error = mDocument->writeRelation(from, to);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mDocument->changeFailed(error);
    }
}

} // namespace ws
