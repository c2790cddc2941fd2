// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

namespace ws {

/** The window's size at a first start on a screen with @p available room: roomy (1360 × 860,
    or 85 % of a larger screen), yet never beyond the screen, less room for a title bar the
    window manager adds. Later starts restore what the user arranged. */
QSize firstStartSize(const QSize &available);

} // namespace ws
