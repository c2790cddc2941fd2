// SPDX-License-Identifier: MIT
#include "scenariolineage.h"

#include <algorithm>

namespace ws {

QList<int> scenarioLineage(const QList<Scenario> &scenarios, int scenarioId)
{
    const auto find = [&](int id) -> const Scenario * {
        const auto it = std::find_if(scenarios.cbegin(), scenarios.cend(),
                                     [id](const Scenario &s) { return s.id == id; });
        return it == scenarios.cend() ? nullptr : &*it;
    };
    QList<int> ids;
    for (const Scenario *s = find(scenarioId); s && !ids.contains(s->id); s = find(s->parentId))
        ids << s->id;
    return ids;
}

int rootScenarioOf(const QList<Scenario> &scenarios, int scenarioId)
{
    const QList<int> ids = scenarioLineage(scenarios, scenarioId);
    return ids.isEmpty() ? scenarioId : ids.last();
}

} // namespace ws
