// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QList>

namespace ws {

/** @p scenarioId and the ancestors it inherits from, nearest first, so that the root (Base in
    the default data) is last; empty when there is no such scenario. A parent loop, which the
    store refuses, ends the list before a scenario would come again. */
QList<int> scenarioLineage(const QList<Scenario> &scenarios, int scenarioId);

/** The root of @p scenarioId's lineage: the scenario a child is compared with "against Base";
    @p scenarioId itself when it has no parent or is not in @p scenarios. */
int rootScenarioOf(const QList<Scenario> &scenarios, int scenarioId);

} // namespace ws
