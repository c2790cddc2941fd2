// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ws {

/** One editable input of a program in a year: the `field` column of the assumption table. */
enum class AssumptionField {
    Units,
    DiesPerPackage,
    DieAreaMm2,
    DefectDensity,
    YieldModel,
    YieldAlpha,
    InterposerAreaMm2,
    PackagingYield,
};

/** The largest field a lithography scanner exposes: 26 × 33 mm. A single die above it is
    allowed with a warning (it must be stitched), four of them is the hard limit. */
constexpr double reticleLimitMm2 = 858.0;
constexpr double maxDieAreaMm2 = 4 * reticleLimitMm2;
/** CoWoS-L interposers reach several reticles; DESIGN §2 allows up to 8,000 mm². */
constexpr double maxInterposerAreaMm2 = 8000.0;
/** Defects per cm²: ten is far beyond any node that ships product, yet a ramp's first months
    or a deliberately pessimistic scenario stay expressible (DESIGN §2). */
constexpr double maxDefectDensity = 10.0;

/** All fields in the order the command line and the tables show them. */
QList<AssumptionField> allAssumptionFields();

/** The stored name, e.g. "die_area_mm2". */
QString assumptionFieldName(AssumptionField field);

std::optional<AssumptionField> parseAssumptionField(const QString &name);

/** Checks a stored (C locale) value for @p field against the one range table (fieldrange.h).
    Returns an empty string when the value is acceptable, otherwise a sentence saying what is
    wrong and what is allowed. */
QString assumptionValueProblem(AssumptionField field, const QString &value);

/** A value that is allowed but worth a second look (a die above the reticle limit); empty when
    there is nothing to say. */
QString assumptionValueWarning(AssumptionField field, const QString &value);

} // namespace ws
