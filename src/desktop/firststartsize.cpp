// SPDX-License-Identifier: MIT
#include "firststartsize.h"

namespace ws {

QSize firstStartSize(const QSize &available)
{
    const QSize preferred(1360, 860);
    constexpr int titleBarAllowance = 40;
    // On a large screen a fixed size left the graph and the charts a third of it.
    const QSize roomy = preferred.expandedTo(available * 0.85);
    return roomy.boundedTo(QSize(available.width(), available.height() - titleBarAllowance));
}

} // namespace ws
