// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** Where file dialogs start: the folder the user last saved or opened a file in, or else the
    user's documents folder, never the folder the program happens to run in (its source or
    build folder, when started from there). */
namespace SaveFolder {

/** The folder a file dialog starts in. */
QString start();

/** @p fileName in start(), for a save dialog that suggests a name. */
QString suggest(const QString &fileName);

/** Keeps the folder of @p chosenPath (a file, or a folder) for the next dialog. Empty: nothing
    was chosen, nothing changes. */
void remember(const QString &chosenPath);

} // namespace SaveFolder
} // namespace ws
