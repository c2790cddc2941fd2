// SPDX-License-Identifier: MIT
#include "reportsettings.h"

namespace ws {

QStringList ReportSettings::allSections()
{
    return { QStringLiteral("title"),       QStringLiteral("summary"),
             QStringLiteral("charts"),      QStringLiteral("shares"),
             QStringLiteral("calibration"), QStringLiteral("assumptions"),
             QStringLiteral("differences"), QStringLiteral("benefits"),
             QStringLiteral("graph"),       QStringLiteral("sources") };
}

} // namespace ws
