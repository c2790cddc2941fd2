// SPDX-License-Identifier: MIT
#include "scenarioselector.h"
#include "models/plaintooltip.h"

#include "models/workbook.h"

#include <QSignalBlocker>

#include <functional>

namespace ws {

ScenarioSelector::ScenarioSelector(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (mWorkbook)
            mWorkbook->setScenario(itemData(index).toInt());
    });
}

void ScenarioSelector::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook)
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ScenarioSelector::refill);
    refill();
}

void ScenarioSelector::refill()
{
    const QSignalBlocker blocker(this);
    clear();
    if (!mWorkbook)
        return;
    const QList<Scenario> scenarios = mWorkbook->scenarios();
    // Depth-first from the roots, so that a child follows its parent.
    std::function<void(int, int)> addChildren = [&](int parentId, int depth) {
        for (const Scenario &scenario : scenarios) {
            if (scenario.parentId != parentId)
                continue;
            addItem(QString(depth * 3, QLatin1Char(' ')) + scenario.name, scenario.id);
            setItemData(count() - 1, plainToolTip(scenario.note), Qt::ToolTipRole);
            addChildren(scenario.id, depth + 1);
        }
    };
    addChildren(0, 0);
    setCurrentIndex(findData(mWorkbook->scenarioId()));
}

} // namespace ws
