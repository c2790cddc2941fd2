// SPDX-License-Identifier: MIT
#include "capacity.h"

#include "metric.h"

#include <QStringList>

#include <limits>

namespace ws {

QList<CapacityStatus> checkCowosCapacity(const ForecastInput &input, const ForecastResult &result,
                                         const QList<CapacityValue> &capacity)
{
    const QString cowos = metricName(Metric::CowosWafers);
    QList<CapacityStatus> statuses;
    statuses.reserve(input.years.size());
    for (int y = 0; y < input.years.size(); ++y) {
        CapacityStatus status;
        status.year = input.years[y];
        status.demand = result.totalWafers(Metric::CowosWafers, y);
        QStringList titles;
        for (const CapacityValue &row : capacity) {
            if (row.year != status.year || row.metric != cowos)
                continue;
            status.hasCapacity = true;
            status.capacity += row.value;
            if (!row.sourceTitle.isEmpty() && !titles.contains(row.sourceTitle))
                titles << row.sourceTitle;
        }
        status.sourceTitle = titles.join(QStringLiteral("; "));
        if (status.hasCapacity) {
            status.exceeded = status.demand > status.capacity;
            if (status.capacity > 0.0)
                status.utilisationPercent = 100.0 * status.demand / status.capacity;
            else if (status.demand > 0.0)
                status.utilisationPercent = std::numeric_limits<double>::infinity();
        }
        statuses << status;
    }
    return statuses;
}

} // namespace ws
