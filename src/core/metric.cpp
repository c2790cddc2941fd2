// SPDX-License-Identifier: MIT
#include "metric.h"

namespace ws {

QString metricName(Metric metric)
{
    return metric == Metric::ComputeWafers ? QStringLiteral("compute_wafers")
                                           : QStringLiteral("cowos_wafers");
}

std::optional<Metric> parseMetric(const QString &name)
{
    for (auto metric : { Metric::ComputeWafers, Metric::CowosWafers }) {
        if (name == metricName(metric))
            return metric;
    }
    return std::nullopt;
}

QString reportedShareMetric(Metric metric)
{
    return metric == Metric::ComputeWafers ? QStringLiteral("compute_wafer_share")
                                           : QStringLiteral("cowos_share");
}

} // namespace ws
