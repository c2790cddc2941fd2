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

/** All fields in the order the command line and the tables show them. */
QList<AssumptionField> allAssumptionFields();

/** The stored name, e.g. "die_area_mm2". */
QString assumptionFieldName(AssumptionField field);

std::optional<AssumptionField> parseAssumptionField(const QString &name);

/** Checks a value typed or imported for @p field. Returns an empty string when the value is
    acceptable, otherwise a sentence saying what is wrong and what is allowed. */
QString assumptionValueProblem(AssumptionField field, const QString &value);

} // namespace ws
