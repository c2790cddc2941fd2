// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace ws {

/** What a wafer total counts, each a separate series never added to another:
    - AI compute wafers: the wafers of the accelerators' leading-edge compute dies (the article's
      metric, Morgan Stanley's 55/22/6/6 split);
    - CoWoS wafers: the interposer wafers the packages are assembled on;
    - all logic wafers: the wafers of every kind of die in the packages, I/O dies included. */
enum class Metric { ComputeWafers, CowosWafers, AllLogicWafers };

/** Every metric, in the order the selectors offer them. */
constexpr std::array<Metric, 3> allMetrics()
{
    return { Metric::ComputeWafers, Metric::AllLogicWafers, Metric::CowosWafers };
}

/** "compute_wafers", "all_logic_wafers" or "cowos_wafers", as the command line spells them. */
QString metricName(Metric metric);
std::optional<Metric> parseMetric(const QString &name);

/** The names of every metric joined by @p separator, for a usage line or a message. */
QString metricNames(const QString &separator);

/** The reported_value metric holding published shares of this wafer metric, in percent. */
QString reportedShareMetric(Metric metric);

} // namespace ws
