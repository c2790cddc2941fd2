// SPDX-License-Identifier: MIT
#pragma once

namespace ws {

/** Sets the application's name and version, which also place the default workbook
    (QStandardPaths::AppDataLocation) and the settings. Call once, right after the application
    object is made. */
void setApplicationIdentity();

} // namespace ws
