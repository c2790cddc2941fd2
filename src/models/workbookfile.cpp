// SPDX-License-Identifier: MIT
// Workbook: the file behind the document, for the views, which never reach the store themselves.
#include "workbook.h"

#include "computedforecast.h"
#include "store/database.h"

namespace ws {

namespace {

OpenedWorkbook opened(Database::OpenResult result)
{
    if (!result.database)
        return { nullptr, result.error };
    return { std::make_unique<Workbook>(std::move(result.database)), {} };
}

} // namespace

OpenedWorkbook Workbook::open(const QString &path)
{
    return opened(Database::open(path));
}

OpenedWorkbook Workbook::createReplacing(const QString &path)
{
    return opened(Database::createReplacing(path));
}

QString Workbook::defaultPath()
{
    return Database::defaultPath();
}

QString Workbook::saveCopy(const QString &target) const
{
    return mDatabase->saveCopy(target);
}

QStringList Workbook::integrityProblems() const
{
    return mDatabase->integrityProblems();
}

QString Workbook::fileReadOnlyReason() const
{
    return mDatabase->readOnlyReason();
}

} // namespace ws
