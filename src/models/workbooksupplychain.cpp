// SPDX-License-Identifier: MIT
// The supply-chain half of Workbook: companies, relations and dragged node positions.
#include "workbook.h"

#include "core/supplychainrules.h"
#include "store/database.h"
#include "store/supplychainrepository.h"
#include "store/workbookwriter.h"
#include "undo/addremovecompany.h"
#include "undo/addremoverelation.h"
#include "undo/movenodes.h"

#include <QUndoStack>

namespace ws {

namespace {

QString relationLabel(const SupplyChain &chain, const Relation &relation)
{
    const Company *supplier = chain.company(relation.supplierId);
    const Company *customer = chain.company(relation.customerId);
    return QStringLiteral("%1 → %2").arg(supplier ? supplier->name : QStringLiteral("?"),
                                         customer ? customer->name : QStringLiteral("?"));
}

} // namespace

void Workbook::reloadSupplyChain(const SupplyChainChange &change)
{
    SupplyChainRepository repository(mDatabase->connection());
    mSupplyChain = repository.load();
    Q_EMIT supplyChainChangedIn(change);
    Q_EMIT supplyChainChanged();
}

QHash<int, QPointF> Workbook::nodePositions(const QString &layout) const
{
    return SupplyChainRepository(mDatabase->connection()).positions(layout);
}

QString Workbook::pushCommand(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        return readOnlyReason();
    }
    QString failure;
    const auto connection = connect(this, &Workbook::changeFailed, this,
                                    [&failure](const QString &message) { failure = message; });
    mUndoStack->push(command);
    disconnect(connection);
    return failure;
}

QString Workbook::addCompany(Company company)
{
    company.name = company.name.trimmed();
    company.id = WorkbookWriter(mDatabase->connection()).nextId(WorkbookWriter::IdTable::Company);
    if (const QString problem = SupplyChainRules::companyProblem(mSupplyChain, company);
        !problem.isEmpty())
        return problem;
    return pushCommand(
        new AddRemoveCompany(this, CompanySnapshot { company, {}, {} }, AddRemoveCompany::Add));
}

QString Workbook::editCompany(const Company &company)
{
    const Company *old = mSupplyChain.company(company.id);
    if (!old)
        return tr("there is no company with id %1").arg(company.id);
    Company edited = company;
    edited.name = edited.name.trimmed();
    if (const QString problem = SupplyChainRules::companyProblem(mSupplyChain, edited);
        !problem.isEmpty())
        return problem;
    return pushCommand(new ChangeCompany(this, *old, edited));
}

QString Workbook::removeCompany(int companyId)
{
    if (!mSupplyChain.company(companyId))
        return tr("there is no company with id %1").arg(companyId);
    return pushCommand(new AddRemoveCompany(
        this, WorkbookWriter(mDatabase->connection()).snapshotCompany(companyId),
        AddRemoveCompany::Remove));
}

QString Workbook::addRelation(Relation relation)
{
    relation.id = WorkbookWriter(mDatabase->connection()).nextId(WorkbookWriter::IdTable::Relation);
    if (const QString problem = SupplyChainRules::relationProblem(mSupplyChain, relation);
        !problem.isEmpty())
        return problem;
    return pushCommand(new AddRemoveRelation(this, relation, relationLabel(mSupplyChain, relation),
                                             AddRemoveRelation::Add));
}

QString Workbook::editRelation(const Relation &relation)
{
    const auto old = std::find_if(mSupplyChain.relations.cbegin(), mSupplyChain.relations.cend(),
                                  [&](const Relation &r) { return r.id == relation.id; });
    if (old == mSupplyChain.relations.cend())
        return tr("there is no relation with id %1").arg(relation.id);
    if (const QString problem = SupplyChainRules::relationProblem(mSupplyChain, relation);
        !problem.isEmpty())
        return problem;
    return pushCommand(
        new ChangeRelation(this, *old, relation, relationLabel(mSupplyChain, relation)));
}

QString Workbook::removeRelation(int relationId)
{
    const auto old = std::find_if(mSupplyChain.relations.cbegin(), mSupplyChain.relations.cend(),
                                  [&](const Relation &r) { return r.id == relationId; });
    if (old == mSupplyChain.relations.cend())
        return tr("there is no relation with id %1").arg(relationId);
    return pushCommand(new AddRemoveRelation(this, *old, relationLabel(mSupplyChain, *old),
                                             AddRemoveRelation::Remove));
}

QString Workbook::moveNodes(const QString &layout, const QHash<int, QPointF> &positions)
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
    return pushCommand(new MoveNodes(
        this, layout, changes,
        changes.size() == 1
            ? tr("Move %1").arg(mSupplyChain.company(changes.first().companyId)
                                    ? mSupplyChain.company(changes.first().companyId)->name
                                    : QString())
            : tr("Move %1 companies").arg(changes.size())));
}

QString Workbook::resetLayout(const QString &layout)
{
    const QHash<int, QPointF> stored = nodePositions(layout);
    QList<PositionChange> changes;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        changes << PositionChange { it.key(), it.value(), std::nullopt };
    if (changes.isEmpty())
        return {};
    return pushCommand(new MoveNodes(this, layout, changes, tr("Reset the %1 layout").arg(layout)));
}

QString Workbook::insertCompanySnapshot(const CompanySnapshot &company)
{
    const QString error = WorkbookWriter(mDatabase->connection()).insertCompany(company);
    if (error.isEmpty()) {
        reloadSupplyChain(SupplyChainChange::ofCompany(company.company.id));
        for (const NodePosition &position : company.positions)
            Q_EMIT positionsChanged(position.layout);
    }
    return error;
}

QString Workbook::deleteCompanyRow(int companyId)
{
    const QString error = WorkbookWriter(mDatabase->connection()).deleteCompany(companyId);
    if (error.isEmpty())
        reloadSupplyChain(SupplyChainChange::ofCompany(companyId));
    return error;
}

QString Workbook::writeCompany(const Company &company)
{
    const QString error = WorkbookWriter(mDatabase->connection()).updateCompany(company);
    if (error.isEmpty())
        reloadSupplyChain(SupplyChainChange::ofCompany(company.id));
    return error;
}

QString Workbook::insertRelationRow(const Relation &relation)
{
    const QString error = WorkbookWriter(mDatabase->connection()).insertRelation(relation);
    if (error.isEmpty())
        reloadSupplyChain(SupplyChainChange::ofRelation(relation.id));
    return error;
}

QString Workbook::deleteRelationRow(int relationId)
{
    const QString error = WorkbookWriter(mDatabase->connection()).deleteRelation(relationId);
    if (error.isEmpty())
        reloadSupplyChain(SupplyChainChange::ofRelation(relationId));
    return error;
}

QString Workbook::writeRelation(const Relation &relation)
{
    const QString error = WorkbookWriter(mDatabase->connection()).updateRelation(relation);
    if (error.isEmpty())
        reloadSupplyChain(SupplyChainChange::ofRelation(relation.id));
    return error;
}

QString Workbook::applyPositions(const QString &layout, const QList<PositionChange> &changes,
                                 bool reverse)
{
    const QString error =
        WorkbookWriter(mDatabase->connection()).applyPositions(layout, changes, reverse);
    if (error.isEmpty())
        Q_EMIT positionsChanged(layout);
    return error;
}

} // namespace ws
