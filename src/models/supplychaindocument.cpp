// SPDX-License-Identifier: MIT
#include "supplychaindocument.h"

#include "core/supplychainrules.h"
#include "store/database.h"
#include "store/supplychainrepository.h"
#include "store/workbookwriter.h"
#include "undo/addremovecompany.h"
#include "undo/addremoverelation.h"
#include "undo/movenodes.h"

#include <QCoreApplication>

#include <algorithm>

namespace ws {

namespace {

// The messages below were translated when Workbook held the supply chain: they keep its
// context, so that the translations still find them.

QString noCompany(int companyId)
{
    return QCoreApplication::translate("ws::Workbook", "there is no company with id %1")
        .arg(companyId);
}

QString noRelation(int relationId)
{
    return QCoreApplication::translate("ws::Workbook", "there is no relation with id %1")
        .arg(relationId);
}

QString relationLabel(const SupplyChain &chain, const Relation &relation)
{
    const Company *supplier = chain.company(relation.supplierId);
    const Company *customer = chain.company(relation.customerId);
    return QStringLiteral("%1 → %2").arg(supplier ? supplier->name : QStringLiteral("?"),
                                         customer ? customer->name : QStringLiteral("?"));
}

// A company as WorkbookWriter stores it and the store reads it back: the name trimmed, no
// vendor (stored as NULL) read as 0.
Company asStored(Company company)
{
    company.name = company.name.trimmed();
    company.vendorId = std::max(company.vendorId, 0);
    return company;
}

// A relation as WorkbookWriter stores it: no source (stored as NULL) read as 0.
Relation asStored(Relation relation)
{
    relation.sourceId = std::max(relation.sourceId, 0);
    return relation;
}

const Relation *findRelation(const SupplyChain &chain, int relationId)
{
    const auto found = std::find_if(chain.relations.cbegin(), chain.relations.cend(),
                                    [&](const Relation &r) { return r.id == relationId; });
    return found == chain.relations.cend() ? nullptr : &*found;
}

} // namespace

SupplyChainDocument::SupplyChainDocument(Database &database, PushCommand push, QObject *parent)
    : QObject(parent)
    , mDatabase(database)
    , mPush(std::move(push))
{
}

void SupplyChainDocument::load()
{
    mChain = SupplyChainRepository(mDatabase.connection()).load();
    signalChange({});
}

void SupplyChainDocument::signalChange(const SupplyChainChange &change)
{
    Q_EMIT changedIn(change);
    Q_EMIT changed();
}

void SupplyChainDocument::reloadAfterRefusal(const QString &error)
{
    // Most often a colleague's change this document has not heard of yet: read again, once the
    // refusal has been shown, so that their version is what the user sees.
    if (!error.isEmpty() && mDatabase.isServer())
        QMetaObject::invokeMethod(this, &SupplyChainDocument::load, Qt::QueuedConnection);
}

QHash<int, QPointF> SupplyChainDocument::nodePositions(const QString &layout) const
{
    return SupplyChainRepository(mDatabase.connection()).positions(layout);
}

QString SupplyChainDocument::addCompany(Company company)
{
    company.name = company.name.trimmed();
    company.id = WorkbookWriter(mDatabase.connection()).nextId(WorkbookWriter::IdTable::Company);
    if (const QString problem = SupplyChainRules::companyProblem(mChain, company);
        !problem.isEmpty())
        return problem;
    return mPush(
        new AddRemoveCompany(this, CompanySnapshot { company, {}, {} }, AddRemoveCompany::Add));
}

QString SupplyChainDocument::editCompany(const Company &company)
{
    const Company *old = mChain.company(company.id);
    if (!old)
        return noCompany(company.id);
    Company edited = company;
    edited.name = edited.name.trimmed();
    if (const QString problem = SupplyChainRules::companyProblem(mChain, edited);
        !problem.isEmpty())
        return problem;
    return mPush(new ChangeCompany(this, *old, edited));
}

QString SupplyChainDocument::removeCompany(int companyId)
{
    if (!mChain.company(companyId))
        return noCompany(companyId);
    return mPush(new AddRemoveCompany(
        this, WorkbookWriter(mDatabase.connection()).snapshotCompany(companyId),
        AddRemoveCompany::Remove));
}

QString SupplyChainDocument::addRelation(Relation relation)
{
    relation.id = WorkbookWriter(mDatabase.connection()).nextId(WorkbookWriter::IdTable::Relation);
    if (const QString problem = SupplyChainRules::relationProblem(mChain, relation);
        !problem.isEmpty())
        return problem;
    return mPush(new AddRemoveRelation(this, relation, relationLabel(mChain, relation),
                                       AddRemoveRelation::Add));
}

QString SupplyChainDocument::editRelation(const Relation &relation)
{
    const Relation *old = findRelation(mChain, relation.id);
    if (!old)
        return noRelation(relation.id);
    if (const QString problem = SupplyChainRules::relationProblem(mChain, relation);
        !problem.isEmpty())
        return problem;
    return mPush(new ChangeRelation(this, *old, relation, relationLabel(mChain, relation)));
}

QString SupplyChainDocument::removeRelation(int relationId)
{
    const Relation *old = findRelation(mChain, relationId);
    if (!old)
        return noRelation(relationId);
    return mPush(
        new AddRemoveRelation(this, *old, relationLabel(mChain, *old), AddRemoveRelation::Remove));
}

QString SupplyChainDocument::moveNodes(const QString &layout, const QHash<int, QPointF> &positions)
{
    const QHash<int, QPointF> stored = nodePositions(layout);
    QList<PositionChange> changes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        PositionChange change;
        change.companyId = it.key();
        if (stored.contains(it.key()))
            change.before = stored.value(it.key());
        change.after = it.value();
        if (change.before != change.after)
            changes << change;
    }
    if (changes.isEmpty())
        return {};
    const Company *moved = mChain.company(changes.first().companyId);
    return mPush(new MoveNodes(
        this, layout, changes,
        changes.size() == 1 ? QCoreApplication::translate("ws::Workbook", "Move %1")
                                  .arg(moved ? moved->name : QString())
                            : QCoreApplication::translate("ws::Workbook", "Move %1 companies")
                                  .arg(changes.size())));
}

QString SupplyChainDocument::resetLayout(const QString &layout)
{
    const QHash<int, QPointF> stored = nodePositions(layout);
    QList<PositionChange> changes;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        changes << PositionChange { it.key(), it.value(), std::nullopt };
    if (changes.isEmpty())
        return {};
    return mPush(new MoveNodes(
        this, layout, changes,
        QCoreApplication::translate("ws::Workbook", "Reset the %1 layout").arg(layout)));
}

QString SupplyChainDocument::insertCompanySnapshot(const CompanySnapshot &company)
{
    const QString error = WorkbookWriter(mDatabase.connection()).insertCompany(company);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.putCompany(asStored(company.company));
        for (const Relation &relation : company.relations)
            mChain.putRelation(asStored(relation));
        signalChange(SupplyChainChange::ofCompany(company.company.id));
        for (const NodePosition &position : company.positions)
            Q_EMIT positionsChanged(position.layout);
    }
    return error;
}

QString SupplyChainDocument::deleteCompanyRow(const CompanySnapshot &expected)
{
    const int companyId = expected.company.id;
    const QString error = WorkbookWriter(mDatabase.connection()).deleteCompany(expected);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.removeCompany(companyId);
        signalChange(SupplyChainChange::ofCompany(companyId));
    }
    return error;
}

QString SupplyChainDocument::writeCompany(const Company &before, const Company &company)
{
    const QString error = WorkbookWriter(mDatabase.connection()).updateCompany(before, company);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.putCompany(asStored(company));
        signalChange(SupplyChainChange::ofCompany(company.id));
    }
    return error;
}

QString SupplyChainDocument::insertRelationRow(const Relation &relation)
{
    const QString error = WorkbookWriter(mDatabase.connection()).insertRelation(relation);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.putRelation(asStored(relation));
        signalChange(SupplyChainChange::ofRelation(relation.id));
    }
    return error;
}

QString SupplyChainDocument::deleteRelationRow(const Relation &expected)
{
    const int relationId = expected.id;
    const QString error = WorkbookWriter(mDatabase.connection()).deleteRelation(expected);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.removeRelation(relationId);
        signalChange(SupplyChainChange::ofRelation(relationId));
    }
    return error;
}

QString SupplyChainDocument::writeRelation(const Relation &before, const Relation &relation)
{
    const QString error = WorkbookWriter(mDatabase.connection()).updateRelation(before, relation);
    reloadAfterRefusal(error);
    if (error.isEmpty()) {
        mChain.putRelation(asStored(relation));
        signalChange(SupplyChainChange::ofRelation(relation.id));
    }
    return error;
}

QString SupplyChainDocument::applyPositions(const QString &layout,
                                            const QList<PositionChange> &changes, bool reverse)
{
    const QString error =
        WorkbookWriter(mDatabase.connection()).applyPositions(layout, changes, reverse);
    if (error.isEmpty())
        Q_EMIT positionsChanged(layout);
    else if (mDatabase.isServer()) // a colleague moved them: their places are shown
        QMetaObject::invokeMethod(
            this, [this, layout] { Q_EMIT positionsChanged(layout); }, Qt::QueuedConnection);
    return error;
}

} // namespace ws
