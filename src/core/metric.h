// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ws {

/** What a wafer total counts: leading-edge logic wafers, or CoWoS interposer wafers. The two
    are separate series and are never added together. */
enum class Metric { ComputeWafers, CowosWafers };

/** "compute_wafers" or "cowos_wafers", as the command line spells them. */
QString metricName(Metric metric);
std::optional<Metric> parseMetric(const QString &name);

/** The reported_value metric holding published shares of this wafer metric, in percent. */
QString reportedShareMetric(Metric metric);

} // namespace ws
