// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace ws {

class Workbook;

/** Adds (no before), edits or removes (no after) a source. */
class ChangeSource : public QUndoCommand
{
public:
    ChangeSource(Workbook *workbook, std::optional<Source> before, std::optional<Source> after);

    void undo() override;
    void redo() override;

private:
    void apply(const std::optional<Source> &from, const std::optional<Source> &to);

    Workbook *mWorkbook;
    std::optional<Source> mBefore;
    std::optional<Source> mAfter;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ChangeSource)
};

} // namespace ws
