// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QCoreApplication>

namespace ws {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("WaferShare"));
    QCoreApplication::setOrganizationName(QStringLiteral("WaferShare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WS_VERSION));
}

} // namespace ws
