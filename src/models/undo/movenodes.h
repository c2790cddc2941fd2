// SPDX-License-Identifier: MIT
#pragma once

#include "store/storedrows.h"

#include <QUndoCommand>

namespace ws {

class SupplyChainDocument;

/** Moves nodes of one layout of the supply-chain graph (a drag, or a reset of the layout). */
class MoveNodes : public QUndoCommand
{
public:
    MoveNodes(SupplyChainDocument *document, QString layout, QList<PositionChange> changes,
              const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;

private:
    void apply(bool reverse);

    SupplyChainDocument *mDocument;
    QString mLayout;
    QList<PositionChange> mChanges;
};

} // namespace ws
