// SPDX-License-Identifier: MIT
#include "addremovecompany.h"

#include "models/workbook.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace ws {

AddRemoveCompany::AddRemoveCompany(Workbook *workbook, CompanySnapshot company, Action action)
    : mWorkbook(workbook)
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
    const QString error = add ? mWorkbook->insertCompanySnapshot(mCompany)
                              : mWorkbook->deleteCompanyRow(mCompany.company.id);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

ChangeCompany::ChangeCompany(Workbook *workbook, Company before, Company after)
    : mWorkbook(workbook)
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
    apply(mAfter);
}

void ChangeCompany::undo()
{
    apply(mBefore);
}

void ChangeCompany::apply(const Company &company)
{
    const QString error = mWorkbook->writeCompany(company);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
