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
    // Model v2; appended so that the numbers of the older fields stay what they were.
    PackagesPerCowosWafer,
    Packaging,
    HarvestFraction,
};

/** The largest field a lithography scanner exposes: 26 × 33 mm. A single die above it is
    allowed with a warning (it must be stitched), four of them is the hard limit. */
constexpr double reticleLimitMm2 = 858.0;
constexpr double maxDieAreaMm2 = 4 * reticleLimitMm2;
/** CoWoS-L interposers reach several reticles; DESIGN §2 allows up to 8,000 mm². */
constexpr double maxInterposerAreaMm2 = 8000.0;
/** Dies of one kind in a package: more than any product packs, few enough to stay a count. */
constexpr int maxDiesPerPackage = 64;
/** Defects per cm². Leading-edge nodes ship at about 0.05–0.2 and a ramp's first months stay
    below 1; five leaves room for a deliberately pessimistic scenario, while a 9 (meant as 0.09)
    is refused as the typo it almost certainly is. DESIGN §2's table says 10; the forecast
    acceptance check refuses 9, and refusing is the safer of the two for an analyst's number. */
constexpr double maxDefectDensity = 5.0;

/** Published packages per CoWoS wafer: Rubin-class packages fit about 9, an H100 about 29; a
    thousand leaves room for small packages without admitting a slipped digit of units. */
constexpr double maxPackagesPerCowosWafer = 1000.0;

/** The text that stores "no packages-per-wafer figure: use the interposer area". A child
    scenario stores it to override a parent's figure, which deleting a cell could not do. */
inline QString notGivenText()
{
    return QStringLiteral("none");
}

/** All fields in the order the command line and the tables show them. */
QList<AssumptionField> allAssumptionFields();

/** The stored name, e.g. "die_area_mm2". */
QString assumptionFieldName(AssumptionField field);

std::optional<AssumptionField> parseAssumptionField(const QString &name);

/** Whether @p field holds a number (false for yield_model and packaging, which hold names). */
bool isNumericField(AssumptionField field);

/** Whether @p field may hold notGivenText() instead of a number: packages_per_cowos_wafer. */
bool acceptsNotGiven(AssumptionField field);

/** Whether @p value is notGivenText() for a field that accepts it. */
bool isNotGiven(AssumptionField field, const QString &value);

/** Checks a stored (C locale) value for @p field against the one range table (fieldrange.h).
    Returns an empty string when the value is acceptable, otherwise a sentence saying what is
    wrong and what is allowed. */
QString assumptionValueProblem(AssumptionField field, const QString &value);

/** A value that is allowed but worth a second look (a die above the reticle limit); empty when
    there is nothing to say. */
QString assumptionValueWarning(AssumptionField field, const QString &value);

} // namespace ws
