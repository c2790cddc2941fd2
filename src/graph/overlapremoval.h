// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>

namespace ws {

/** Moves boxes down (never up or sideways) until no two overlap and each pair that shares a
    stretch of x keeps at least @p gap between them. Boxes flagged in @p fixed (the analyst put
    them there) stay; the others make room. Top to bottom order is kept, so the columns of a
    layered layout stay columns in the same order. Returns the boxes' new places, in order. */
QList<QRectF> removeOverlaps(const QList<QRectF> &boxes, const QList<bool> &fixed, double gap);

} // namespace ws
