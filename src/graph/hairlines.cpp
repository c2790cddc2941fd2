// SPDX-License-Identifier: MIT
#include "hairlines.h"

#include <QImage>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

/** Clips the segment a–b to [0, width] × [0, height] (Liang–Barsky). False when nothing is
    left. */
bool clipToBox(QPointF &a, QPointF &b, double width, double height)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double enter = 0.0;
    double leave = 1.0;
    // For each side: the component towards the outside and the distance to the side.
    const double towards[4] = { -dx, dx, -dy, dy };
    const double room[4] = { a.x(), width - a.x(), a.y(), height - a.y() };
    for (int side = 0; side < 4; ++side) {
        if (towards[side] == 0.0) {
            if (room[side] < 0.0)
                return false; // parallel to this side and beyond it
            continue;
        }
        const double t = room[side] / towards[side];
        if (towards[side] < 0.0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * enter;
    b = start + QPointF(dx, dy) * leave;
    return true;
}

} // namespace

void drawHairlines(QImage &image, const QList<QLineF> &lines, const QTransform &toImage,
                   QRgb colour)
{
    if (image.depth() != 32 || image.isNull())
        return;
    const int width = image.width();
    const int height = image.height();
    // Opaque, so the premultiplied and the plain value are the same.
    const quint32 pixel = colour | 0xFF000000U;
    uchar *const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    const auto plot = [&](int x, int y) {
        x = std::clamp(x, 0, width - 1);
        y = std::clamp(y, 0, height - 1);
        reinterpret_cast<quint32 *>(bits + y * stride)[x] = pixel;
    };

    for (const QLineF &line : lines) {
        QPointF a = toImage.map(line.p1());
        QPointF b = toImage.map(line.p2());
        if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) ||
            !std::isfinite(b.y()))
            continue;
        if (!clipToBox(a, b, width, height))
            continue;
        const bool alongX = std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y());
        // Walk the longer axis from the smaller end.
        double major0 = alongX ? a.x() : a.y();
        double major1 = alongX ? b.x() : b.y();
        double minor0 = alongX ? a.y() : a.x();
        double minor1 = alongX ? b.y() : b.x();
        if (major0 > major1) {
            std::swap(major0, major1);
            std::swap(minor0, minor1);
        }
        // The pixels whose centre (i + 0.5) lies within [major0, major1].
        const int first = static_cast<int>(std::ceil(major0 - 0.5));
        const int last = static_cast<int>(std::floor(major1 - 0.5));
        if (first > last) {
            // Shorter than a pixel's step: its own pixel.
            const QPointF middle = (a + b) / 2;
            plot(static_cast<int>(std::floor(middle.x())),
                 static_cast<int>(std::floor(middle.y())));
            continue;
        }
        const double run = major1 - major0;
        const double slope = run > 0.0 ? (minor1 - minor0) / run : 0.0;
        double minor = minor0 + (first + 0.5 - major0) * slope;
        for (int i = first; i <= last; ++i, minor += slope) {
            const int across = static_cast<int>(std::floor(minor));
            if (alongX)
                plot(i, across);
            else
                plot(across, i);
        }
    }
}

} // namespace ws
