// SPDX-License-Identifier: MIT
#include "changesource.h"
#include "core/translation.h"

#include "models/workbook.h"

#include <QCoreApplication>

namespace ws {

ChangeSource::ChangeSource(Workbook *workbook, std::optional<Source> before,
                           std::optional<Source> after)
    : mWorkbook(workbook)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
    if (!mBefore)
        setText(tr("Add source %1").arg(mAfter->title));
    else if (!mAfter)
        setText(tr("Remove source %1").arg(mBefore->title));
    else
        setText(tr("Edit source %1").arg(mAfter->title));
}

void ChangeSource::redo()
{
    apply(mBefore, mAfter);
}

void ChangeSource::undo()
{
    apply(mAfter, mBefore);
}

void ChangeSource::apply(const std::optional<Source> &from, const std::optional<Source> &to)
{
    const QString error = mWorkbook->writeSource(from, to);
    if (!error.isEmpty()) {
        setObsolete(true);
        Q_EMIT mWorkbook->changeFailed(error);
    }
}

} // namespace ws
