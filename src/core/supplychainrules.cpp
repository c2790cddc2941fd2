// SPDX-License-Identifier: MIT
#include "supplychainrules.h"
#include "textrules.h"

#include <QCoreApplication>

#include <cmath>

namespace ws::SupplyChainRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::SupplyChainRules", text);
}

} // namespace

QStringList tiers()
{
    return SupplyChain::tierOrder();
}

QString companyProblem(const SupplyChain &chain, const Company &company)
{
    const QString name = company.name.trimmed();
    if (name.isEmpty())
        return tr("a company needs an English name.");
    if (const QString problem = TextRules::nameProblem(name); !problem.isEmpty())
        return problem;
    if (const QString problem = TextRules::optionalNameProblem(company.nameZh); !problem.isEmpty())
        return problem;
    for (const QString *text :
         { &company.ticker, &company.country, &company.role, &company.note }) {
        if (const QString problem = TextRules::noteProblem(*text); !problem.isEmpty())
            return problem;
    }
    if (!tiers().contains(company.tier))
        return tr("'%1' is not a tier; use one of %2.")
            .arg(company.tier, tiers().join(QStringLiteral(", ")));
    for (const Company &other : chain.companies) {
        if (other.id != company.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("a company named '%1' exists already.").arg(other.name);
    }
    return {};
}

QString relationProblem(const SupplyChain &chain, const Relation &relation)
{
    if (!std::isfinite(relation.weight) || relation.weight < 0.0 || relation.weight > 1.0)
        return tr("a weight is the supplier's dependence on the customer, from 0 to 1 (got %1).")
            .arg(relation.weight);
    for (const QString *text : { &relation.kind, &relation.product, &relation.note }) {
        if (const QString problem = TextRules::noteProblem(*text); !problem.isEmpty())
            return problem;
    }
    const Company *supplier = chain.company(relation.supplierId);
    const Company *customer = chain.company(relation.customerId);
    if (!supplier)
        return tr("the supplier (company id %1) does not exist.").arg(relation.supplierId);
    if (!customer)
        return tr("the customer (company id %1) does not exist.").arg(relation.customerId);
    if (relation.supplierId == relation.customerId)
        return tr("%1 cannot supply itself.").arg(supplier->name);
    for (const Relation &other : chain.relations) {
        if (other.id != relation.id && other.supplierId == relation.supplierId &&
            other.customerId == relation.customerId &&
            other.kind.compare(relation.kind, Qt::CaseInsensitive) == 0)
            return tr("%1 already supplies %2 (%3); edit that relation instead.")
                .arg(supplier->name, customer->name,
                     other.kind.isEmpty() ? tr("no kind") : other.kind);
    }
    return {};
}

} // namespace ws::SupplyChainRules
