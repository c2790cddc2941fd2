// SPDX-License-Identifier: MIT
#include "plaintooltip.h"

#include "core/textrules.h"

namespace ws {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Bounded: a tooltip is read, not scrolled, and a hand-edited workbook may hold anything.
    QString escaped = TextRules::bounded(text, TextRules::maxNoteLength).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(escaped);
}

} // namespace ws
