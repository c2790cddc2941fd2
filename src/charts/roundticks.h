// SPDX-License-Identifier: MIT
#pragma once

class QValueAxis;

namespace ws {

/** Tick marks at round values (multiples of 1, 2, 2.5 or 5 × 10ⁿ) on a value axis, kept round
    when the user zooms or pans: Qt's default of a fixed tick count divides any range into equal
    parts, so a zoomed share axis reads 58, 67, 75, 83 %. */
namespace RoundTicks {

/** The round step that divides @p span into the number of intervals nearest to @p intervals. */
double step(double span, double intervals);

/** The decimals a label needs to tell ticks @p step apart (0 for 25, 1 for 2.5, 2 for 0.25). */
int decimals(double step);

/** Gives @p axis round ticks now and after every change of its range, with about as many
    intervals as it has now. Its label format's "%.Nf" follows the step's decimals. A category
    axis (whose labels are its own) is left as it is. Calling it again re-applies it. */
void follow(QValueAxis *axis);

/** Sets @p axis to [@p min, @p max] widened to round ends, as applyNiceNumbers() does on a new
    axis, however often it is called: Qt's rounding starts from the tick count its previous call
    left, so a chart that updates its axis in place would otherwise drift to wider ranges. */
void setNiceRange(QValueAxis *axis, double min, double max);

} // namespace RoundTicks
} // namespace ws
