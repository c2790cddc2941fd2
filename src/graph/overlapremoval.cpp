// SPDX-License-Identifier: MIT
#include "overlapremoval.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace ws {

QList<QRectF> removeOverlaps(const QList<QRectF> &boxes, const QList<bool> &fixed, double gap)
{
    QList<QRectF> placed = boxes;
    const auto count = static_cast<int>(boxes.size());
    if (count < 2)
        return placed;

    // Fixed boxes first (nothing moves them), then the rest from the top down.
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    const auto isFixed = [&](int i) {
        return i < fixed.size() && fixed[i];
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (isFixed(a) != isFixed(b))
            return isFixed(a);
        return boxes[a].top() < boxes[b].top();
    });

    // Placed boxes by vertical strip of x, so that a box meets only those it could touch.
    double widest = 1.0;
    for (const QRectF &box : boxes)
        widest = std::max(widest, box.width());
    const double strip = widest + gap;
    QHash<qint64, std::vector<int>> strips;
    const auto stripsOf = [&](const QRectF &box) {
        return std::pair<qint64, qint64>(static_cast<qint64>(std::floor(box.left() / strip)),
                                         static_cast<qint64>(std::floor(box.right() / strip)));
    };

    for (int index : order) {
        QRectF &box = placed[index];
        if (!isFixed(index)) {
            // Gather the placed boxes sharing some x with this one, top first; step below each
            // that is in the way until none is (a tall one passed earlier may need a second look).
            std::vector<int> near;
            const auto [first, last] = stripsOf(box);
            for (qint64 s = first; s <= last; ++s) {
                for (int other : strips.value(s)) {
                    const QRectF &o = placed[other];
                    if (o.left() < box.right() + gap && o.right() + gap > box.left())
                        near.push_back(other);
                }
            }
            std::sort(near.begin(), near.end());
            near.erase(std::unique(near.begin(), near.end()), near.end());
            std::sort(near.begin(), near.end(),
                      [&](int a, int b) { return placed[a].top() < placed[b].top(); });
            for (bool moved = true; moved;) {
                moved = false;
                for (int other : near) {
                    const QRectF &o = placed[other];
                    if (o.top() < box.bottom() + gap && o.bottom() + gap > box.top()) {
                        box.moveTop(o.bottom() + gap);
                        moved = true;
                    }
                }
            }
        }
        const auto [first, last] = stripsOf(box);
        for (qint64 s = first; s <= last; ++s)
            strips[s].push_back(index);
    }
    return placed;
}

} // namespace ws
