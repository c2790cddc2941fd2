// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ws {

/** The die-yield models an analyst can choose per program and year (DESIGN §3). */
enum class YieldModel { Poisson, Murphy, Seeds, NegativeBinomial };

/** The name stored in the database and printed by the command line, e.g. "murphy". */
QString yieldModelName(YieldModel model);

/** The name a reader sees, in the program's language ("Negative binomial"); the stored name
    stays what yieldModelName() gives. */
QString yieldModelTitle(YieldModel model);

/** Parses a stored name; std::nullopt for anything else. */
std::optional<YieldModel> parseYieldModel(const QString &name);

} // namespace ws
