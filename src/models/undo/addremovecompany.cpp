// SPDX-License-Identifier: MIT
#include "addremovecompany.h"

#include "models/supplychaindocument.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

AddRemoveCompany::AddRemoveCompany(SupplyChainDocument *document, CompanySnapshot company,
                                   Action action)
    : mDocument(document)
    , mCompany(std::move(company))
    , mAction(action)
{
    setText(action == Add ? QCoreApplication::translate("ws::AddRemoveCompany", "Add company %1")
                                .arg(mCompany.company.name)
                          : QCoreApplication::translate("ws::AddRemoveCompany", "Remove company %1")
                                .arg(mCompany.company.name));
}

int AddRemoveCompany::id() const
{
    return AddRemoveCompanyId;
}

void AddRemoveCompany::redo()
{
    apply(mAction == Add);
}

void AddRemoveCompany::undo()
{
    apply(mAction != Add);
}

void AddRemoveCompany::apply(bool add)
{
    const QString error =
        add ? mDocument->insertCompanySnapshot(mCompany) : mDocument->deleteCompanyRow(mCompany);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mDocument->changeFailed(error);
    }
}

ChangeCompany::ChangeCompany(SupplyChainDocument *document, Company before, Company after)
    : mDocument(document)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
    setText(QCoreApplication::translate("ws::ChangeCompany", "Edit company %1").arg(mAfter.name));
}

int ChangeCompany::id() const
{
    return ChangeCompanyId;
}

void ChangeCompany::redo()
{
    apply(mBefore, mAfter);
}

void ChangeCompany::undo()
{
    apply(mAfter, mBefore);
}

void ChangeCompany::apply(const Company &from, const Company &to)
{
    const QString error = mDocument->writeCompany(from, to);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mDocument->changeFailed(error);
    }
}

} // namespace ws
