// SPDX-License-Identifier: MIT
#pragma once

#include <QLineF>
#include <QList>
#include <QRgb>

class QImage;
class QTransform;

namespace ws {

/** Draws @p lines, mapped by @p toImage, as one-pixel lines without antialiasing in the opaque
    @p colour into @p image (a 32-bit format: RGB32, ARGB32 or ARGB32_Premultiplied), clipped to
    the image. A line lights one pixel per step along its longer axis: the pixel whose centre
    column (or row) the line crosses. Lines with a coordinate that is not finite are skipped.

    QPainter draws such lines one pixel at a time through its general span path, about 40 ns a
    pixel; the zoomed-out graph draws a million of them per frame, which this does in a few
    milliseconds. */
void drawHairlines(QImage &image, const QList<QLineF> &lines, const QTransform &toImage,
                   QRgb colour);

} // namespace ws
