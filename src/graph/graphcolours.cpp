// SPDX-License-Identifier: MIT
#include "graphcolours.h"

#include "tierstyle.h"

#include <QPalette>

namespace ws {

namespace {

bool isDark(const QColor &colour)
{
    return colour.lightness() < 128;
}

} // namespace

GraphColours GraphColours::fromPalette(const QPalette &palette)
{
    GraphColours colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.dark = isDark(colours.background);
    // Edges sit between the background and the text so that they read without shouting.
    colours.edge = colours.dark ? QColor(0x8A, 0x92, 0x9E) : QColor(0x70, 0x78, 0x84);
    colours.edgeHighlight = colours.dark ? QColor(0xF5, 0xB0, 0x40) : QColor(0xE0, 0x8E, 0x0B);
    colours.selection = QColor(0xFF, 0xB0, 0x00);
    colours.groupFill = colours.dark ? QColor(0x2E, 0x33, 0x3B) : QColor(0xF0, 0xF2, 0xF5);
    return colours;
}

GraphColours GraphColours::paper()
{
    GraphColours colours;
    colours.text = Qt::black;
    colours.edge = QColor(0x70, 0x78, 0x84);
    colours.edgeHighlight = QColor(0xE0, 0x8E, 0x0B);
    colours.selection = QColor(0xFF, 0xB0, 0x00);
    colours.groupFill = QColor(0xF0, 0xF2, 0xF5);
    return colours;
}

QColor GraphColours::fill(const QString &tier) const
{
    const QColor colour = tierColor(tier);
    // The vendors' near-black would vanish into a dark background.
    return dark && colour.lightness() < 80 ? colour.lighter(170) : colour;
}

QColor GraphColours::border(const QColor &fill) const
{
    return dark ? fill.lighter(150) : fill.darker(140);
}

QColor GraphColours::textOn(const QColor &fill)
{
    return fill.lightness() > 150 ? Qt::black : Qt::white;
}

QColor readableLinkColour(const QPalette &palette)
{
    const QColor link = palette.color(QPalette::Link);
    const QColor base = palette.color(QPalette::Base);
    if (isDark(base) && link.lightness() < 150)
        return QColor::fromHsl(link.hslHue() < 0 ? 215 : link.hslHue(),
                               std::max(link.hslSaturation(), 160), 175);
    return link;
}

} // namespace ws
