// SPDX-License-Identifier: MIT
#include "plaintooltip.h"

namespace ws {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>%1</qt>").arg(escaped);
}

} // namespace ws
