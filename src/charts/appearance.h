// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** Applies a named palette to the whole application: "light" or "dark" (on the Fusion style,
    which draws the same everywhere), anything else keeps the system's. Charts follow it. */
void applyPalette(const QString &name);

/** The palette chosen under View ▸ Colours ("system", "light" or "dark"), kept in QSettings. */
QString chosenPalette();
void setChosenPalette(const QString &name);

} // namespace ws
