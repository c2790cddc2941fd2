// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>

namespace ws {

/** The application's font at a size in pixels. The graph sizes its text in scene pixels so that
    a name keeps its size beside its box whatever the screen's dots per inch. */
inline QFont pixelFont(int pixels, bool bold)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace ws
