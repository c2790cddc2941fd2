// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace ws {

/** Runs the desktop application: parses `[--db FILE]`, opens the workbook and shows the main
    window. Returns the process exit code (2 when the workbook is refused). */
int runDesktop(QApplication &app);

} // namespace ws
