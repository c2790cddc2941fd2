// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace ws {

class SupplyChainScene;
struct GraphMetrics;

/** The supply-chain graph as GraphML for Gephi, Cytoscape and yEd: the visible companies ("c<id>",
   ascending) with their names (name and label), tier, position, exposure to each vendor and impact
   as typed attributes and yEd's drawing of their box (y:ShapeNode); the visible relations ("r<id>",
   ascending) with kind, product and weight; the impact's scenario and year as attributes of the
   graph. The same scene and metrics give the same bytes on every run. Empty when the XML could not
    be written. */
QByteArray graphMl(SupplyChainScene *scene, const GraphMetrics &metrics);

} // namespace ws
