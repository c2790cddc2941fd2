// SPDX-License-Identifier: MIT
#include "tierstyle.h"

#include <QCoreApplication>
#include <QHash>

namespace ws {

QColor tierColor(const QString &tier)
{
    // Muted, distinct hues; vendors keep a strong dark so the chips' owners stand out.
    static const QHash<QString, QColor> colors = {
        { QStringLiteral("design"), QColor(0x8E, 0x6C, 0xC9) },
        { QStringLiteral("foundry"), QColor(0x3A, 0x7C, 0xA5) },
        { QStringLiteral("packaging"), QColor(0x5B, 0xA3, 0xC6) },
        { QStringLiteral("substrate"), QColor(0x6B, 0xAE, 0x8E) },
        { QStringLiteral("server"), QColor(0xD9, 0x8C, 0x3F) },
        { QStringLiteral("network"), QColor(0xC9, 0x6C, 0x9B) },
        { QStringLiteral("power"), QColor(0xC7, 0xA8, 0x3A) },
        { QStringLiteral("thermal"), QColor(0xD0, 0x6B, 0x5A) },
        { QStringLiteral("cable"), QColor(0x8F, 0xA1, 0x4B) },
        { QStringLiteral("rails"), QColor(0x9A, 0x8F, 0x7C) },
        { QStringLiteral("vendor"), QColor(0x2F, 0x3B, 0x4C) },
        { QStringLiteral("customer"), QColor(0x7A, 0x86, 0x95) },
    };
    return colors.value(tier, QColor(0xA0, 0xA0, 0xA0));
}

QString tierTitle(const QString &tier)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("design"), QT_TRANSLATE_NOOP("ws::Tier", "Chip design") },
        { QStringLiteral("foundry"), QT_TRANSLATE_NOOP("ws::Tier", "Foundry") },
        { QStringLiteral("packaging"), QT_TRANSLATE_NOOP("ws::Tier", "Packaging and test") },
        { QStringLiteral("substrate"), QT_TRANSLATE_NOOP("ws::Tier", "Substrates and PCBs") },
        { QStringLiteral("server"), QT_TRANSLATE_NOOP("ws::Tier", "Servers and racks") },
        { QStringLiteral("network"), QT_TRANSLATE_NOOP("ws::Tier", "Networking") },
        { QStringLiteral("power"), QT_TRANSLATE_NOOP("ws::Tier", "Power") },
        { QStringLiteral("thermal"), QT_TRANSLATE_NOOP("ws::Tier", "Thermal") },
        { QStringLiteral("cable"), QT_TRANSLATE_NOOP("ws::Tier", "Cables and connectors") },
        { QStringLiteral("rails"), QT_TRANSLATE_NOOP("ws::Tier", "Rails") },
        { QStringLiteral("vendor"), QT_TRANSLATE_NOOP("ws::Tier", "Chip vendors") },
        { QStringLiteral("customer"), QT_TRANSLATE_NOOP("ws::Tier", "Customers") },
    };
    const char *title = titles.value(tier);
    return title ? QCoreApplication::translate("ws::Tier", title) : tier;
}

} // namespace ws
