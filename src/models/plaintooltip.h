// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** @p text (a title, a note, a name) as a tooltip that shows it as typed. Qt guesses whether a
    tooltip is markup; this one is always rich text with the text escaped in it, so that
    "<b>" and "&" appear literally and long notes wrap. Line breaks are kept. */
QString plainToolTip(const QString &text);

} // namespace ws
