// SPDX-License-Identifier: MIT
#pragma once

#include "supplychain.h"

namespace ws {

/** The rules every company and relation of the supply chain keeps, however it is entered (the
    graph, the tables, an import). Each returns an empty string when the row is acceptable,
    otherwise a sentence that says what is wrong and what is allowed. */
namespace SupplyChainRules {

QStringList tiers();

/** @p company as it would be stored; a company with the same id is the one being edited. */
QString companyProblem(const SupplyChain &chain, const Company &company);

/** @p relation as it would be stored; a relation with the same id is the one being edited. */
QString relationProblem(const SupplyChain &chain, const Relation &relation);

} // namespace SupplyChainRules
} // namespace ws
