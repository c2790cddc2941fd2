// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ws {

/** What a kind of die does in its package (DESIGN §3, Model v2). AI compute wafers count the
    compute dies only; all-logic wafers count every kind. */
enum class DieRole { Compute, Io };

/** How a package is assembled: on a CoWoS interposer, or without one (an ASIC on organic
    substrate with LPDDR, such as MTIA v2), which needs no CoWoS wafer. */
enum class Packaging { Cowos, None };

/** Where a program-year's CoWoS wafers come from, so that a report can say it. */
enum class CowosBasis {
    InterposerArea, // gross interposers per wafer from interposer_area_mm2
    PackagesPerWafer, // a published packages_per_cowos_wafer figure
    None, // packaging none, or a die kind, which has no CoWoS of its own
};

/** "compute" or "io", as the program table stores it. */
QString dieRoleName(DieRole role);
std::optional<DieRole> parseDieRole(const QString &name);

/** "cowos" or "none", as the packaging assumption stores it. */
QString packagingName(Packaging packaging);
std::optional<Packaging> parsePackaging(const QString &name);
/** The packaging a reader sees, in the program's language ("CoWoS", "None"). */
QString packagingTitle(Packaging packaging);

/** "interposer_area", "packages_per_wafer" or "none", as `shares --format csv` prints it. */
QString cowosBasisName(CowosBasis basis);

} // namespace ws
