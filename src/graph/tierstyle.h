// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

namespace ws {

/** The colour of each supply-chain tier, shared by the graph, its legend and the tables. */
QColor tierColor(const QString &tier);

/** The tier's name as shown ("Foundry"), translatable. */
QString tierTitle(const QString &tier);

} // namespace ws
