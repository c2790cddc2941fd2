// SPDX-License-Identifier: MIT
#include "packaging.h"

#include <QCoreApplication>

namespace ws {

QString dieRoleName(DieRole role)
{
    return role == DieRole::Io ? QStringLiteral("io") : QStringLiteral("compute");
}

std::optional<DieRole> parseDieRole(const QString &name)
{
    for (auto role : { DieRole::Compute, DieRole::Io }) {
        if (name == dieRoleName(role))
            return role;
    }
    return std::nullopt;
}

QString packagingName(Packaging packaging)
{
    return packaging == Packaging::None ? QStringLiteral("none") : QStringLiteral("cowos");
}

QString packagingTitle(Packaging packaging)
{
    return packaging == Packaging::None ? QCoreApplication::translate("ws::Packaging", "None")
                                        : QCoreApplication::translate("ws::Packaging", "CoWoS");
}

std::optional<Packaging> parsePackaging(const QString &name)
{
    for (auto packaging : { Packaging::Cowos, Packaging::None }) {
        if (name == packagingName(packaging))
            return packaging;
    }
    return std::nullopt;
}

QString cowosBasisName(CowosBasis basis)
{
    switch (basis) {
    case CowosBasis::InterposerArea:
        return QStringLiteral("interposer_area");
    case CowosBasis::PackagesPerWafer:
        return QStringLiteral("packages_per_wafer");
    case CowosBasis::None:
        return QStringLiteral("none");
    }
    return {};
}

} // namespace ws
