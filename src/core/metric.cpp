// SPDX-License-Identifier: MIT
#include "metric.h"

namespace ws {

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::ComputeWafers:
        return QStringLiteral("compute_wafers");
    case Metric::CowosWafers:
        return QStringLiteral("cowos_wafers");
    case Metric::AllLogicWafers:
        return QStringLiteral("all_logic_wafers");
    }
    return {};
}

std::optional<Metric> parseMetric(const QString &name)
{
    for (auto metric : allMetrics()) {
        if (name == metricName(metric))
            return metric;
    }
    return std::nullopt;
}

QString metricNames(const QString &separator)
{
    QString names;
    for (auto metric : allMetrics())
        names += (names.isEmpty() ? QString() : separator) + metricName(metric);
    return names;
}

QString reportedShareMetric(Metric metric)
{
    switch (metric) {
    case Metric::ComputeWafers:
        return QStringLiteral("compute_wafer_share");
    case Metric::CowosWafers:
        return QStringLiteral("cowos_share");
    case Metric::AllLogicWafers:
        return QStringLiteral("all_logic_wafer_share");
    }
    return {};
}

} // namespace ws
