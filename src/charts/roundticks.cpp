// SPDX-License-Identifier: MIT
#include "roundticks.h"

#include <QCategoryAxis>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws::RoundTicks {

namespace {

// The number of intervals an axis keeps as it is zoomed, stored on the axis itself.
const char *const intervalsProperty = "wsRoundTickIntervals";

// The mantissa of a step: 1, 2, 2.5 or 5.
double mantissa(double step)
{
    return step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
}

void apply(QValueAxis *axis)
{
    const double span = axis->max() - axis->min();
    if (!(span > 0.0) || !std::isfinite(span))
        return;
    const double interval = step(span, axis->property(intervalsProperty).toDouble());
    axis->setTickType(QValueAxis::TicksDynamic);
    // Anchored at zero, ticks fall on multiples of the step whatever part of the range is shown.
    axis->setTickAnchor(0.0);
    axis->setTickInterval(interval);
    static const QRegularExpression precision(QStringLiteral("%\\.\\d+f"));
    QString format = axis->labelFormat();
    format.replace(precision, QStringLiteral("%.%1f").arg(decimals(interval)));
    if (format != axis->labelFormat())
        axis->setLabelFormat(format);
}

} // namespace

double step(double span, double intervals)
{
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    intervals = std::clamp(intervals, 1.0, 20.0);
    const double raw = span / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double best = magnitude;
    double bestMiss = std::abs(span / best - intervals);
    for (double factor : { 2.0, 2.5, 5.0, 10.0 }) {
        const double candidate = factor * magnitude;
        const double miss = std::abs(span / candidate - intervals);
        if (miss < bestMiss) {
            best = candidate;
            bestMiss = miss;
        }
    }
    return best;
}

int decimals(double step)
{
    if (!(step > 0.0))
        return 0;
    const int exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
    const bool half = std::abs(mantissa(step) - 2.5) < 1e-6; // 2.5 × 10ⁿ needs one more
    return std::max(0, -exponent + (half ? 1 : 0));
}

void follow(QValueAxis *axis)
{
    if (!axis || qobject_cast<QCategoryAxis *>(axis))
        return;
    if (!axis->property(intervalsProperty).isValid()) {
        // As many intervals as the chart chose for its first view.
        const double span = axis->max() - axis->min();
        double intervals = axis->tickCount() - 1;
        if (axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() > 0.0 &&
            span > 0.0)
            intervals = span / axis->tickInterval();
        axis->setProperty(intervalsProperty, std::clamp(std::round(intervals), 2.0, 12.0));
        QObject::connect(axis, &QValueAxis::rangeChanged, axis, [axis] { apply(axis); });
    }
    apply(axis);
}

void setNiceRange(QValueAxis *axis, double min, double max)
{
    axis->setTickCount(5); // a new QValueAxis's
    axis->setRange(min, max);
    axis->applyNiceNumbers();
}

} // namespace ws::RoundTicks
