// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"
#include "store/storedrows.h"

#include "supplychainchange.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <functional>

class QUndoCommand;

namespace ws {

class Database;

/** The supply chain of the open workbook: its companies and relations held in memory, the
    positions the analyst dragged in the graph, and the user actions that change them. The
    Workbook owns it, reads it when the file is opened or imported into (load()), and lends it
    its one push path, so that every change is refused on a read-only file and reports a failed
    write the same way as the rest of the workbook. */
class SupplyChainDocument : public QObject
{
    Q_OBJECT

public:
    /** Pushes an undo command onto the workbook's stack: the reason it was refused or failed,
        or an empty string (Workbook's push path, which checks read-only). */
    using PushCommand = std::function<QString(QUndoCommand *command)>;

    /** A document over @p database, which must outlive it, changed through @p push. */
    SupplyChainDocument(Database &database, PushCommand push, QObject *parent = nullptr);

    /** Reads the whole chain from the store: when the workbook is opened, or rows were
        imported outside the undo stack. */
    void load();

    /** The companies and relations as the store holds them, in id order. */
    const SupplyChain &chain() const { return mChain; }
    /** Positions the analyst dragged in @p layout, by company id; read from the store. */
    QHash<int, QPointF> nodePositions(const QString &layout) const;

    // User actions: each validates, then pushes one undo command. They return an empty string
    // when the change was made, otherwise the reason it was refused (and nothing changed).
    QString addCompany(Company company);
    QString editCompany(const Company &company);
    QString removeCompany(int companyId);
    QString addRelation(Relation relation);
    QString editRelation(const Relation &relation);
    QString removeRelation(int relationId);
    /** Keeps dragged positions of @p layout (one undoable step for the whole drag). */
    QString moveNodes(const QString &layout, const QHash<int, QPointF> &positions);
    /** Forgets the dragged positions of @p layout, so the layout is computed afresh. */
    QString resetLayout(const QString &layout);

    // The primitive changes the undo commands make. Each is one transaction on disk; once the
    // store has committed it, the same change is made to the chain in memory and signalled.
    // Each returns the store's reason when it could not write, and then changes nothing.
    QString insertCompanySnapshot(const CompanySnapshot &company);
    // A removal or a change names what it expects the store to hold, and is refused when a
    // colleague changed it since (WorkbookWriter).
    QString deleteCompanyRow(const CompanySnapshot &expected);
    QString writeCompany(const Company &before, const Company &after);
    QString insertRelationRow(const Relation &relation);
    QString deleteRelationRow(const Relation &expected);
    QString writeRelation(const Relation &before, const Relation &after);
    QString applyPositions(const QString &layout, const QList<PositionChange> &changes,
                           bool reverse);

Q_SIGNALS:
    /** Companies or relations changed as @p change says; emitted just before changed(). */
    void changedIn(const ws::SupplyChainChange &change);
    /** Companies or relations changed. */
    void changed();
    /** Dragged positions of @p layout changed. */
    void positionsChanged(const QString &layout);
    /** An undo command could not write its change (the disk, a lock); the message says why.
        The Workbook passes it on as its own changeFailed(). */
    void changeFailed(const QString &message);

private:
    void signalChange(const SupplyChainChange &change);
    void reloadAfterRefusal(const QString &error);

    Database &mDatabase;
    PushCommand mPush;
    SupplyChain mChain;
};

} // namespace ws
