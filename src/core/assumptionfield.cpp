// SPDX-License-Identifier: MIT
#include "assumptionfield.h"
#include "core/translation.h"

#include "fieldrange.h"
#include "packaging.h"
#include "yieldmodel.h"

#include <QCoreApplication>

#include <cmath>

namespace ws {

QList<AssumptionField> allAssumptionFields()
{
    return { AssumptionField::Units,
             AssumptionField::DiesPerPackage,
             AssumptionField::DieAreaMm2,
             AssumptionField::DefectDensity,
             AssumptionField::YieldModel,
             AssumptionField::YieldAlpha,
             AssumptionField::HarvestFraction,
             AssumptionField::Packaging,
             AssumptionField::InterposerAreaMm2,
             AssumptionField::PackagesPerCowosWafer,
             AssumptionField::PackagingYield };
}

QString assumptionFieldName(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return QStringLiteral("units");
    case AssumptionField::DiesPerPackage:
        return QStringLiteral("dies_per_package");
    case AssumptionField::DieAreaMm2:
        return QStringLiteral("die_area_mm2");
    case AssumptionField::DefectDensity:
        return QStringLiteral("defect_density");
    case AssumptionField::YieldModel:
        return QStringLiteral("yield_model");
    case AssumptionField::YieldAlpha:
        return QStringLiteral("yield_alpha");
    case AssumptionField::InterposerAreaMm2:
        return QStringLiteral("interposer_area_mm2");
    case AssumptionField::PackagingYield:
        return QStringLiteral("packaging_yield");
    case AssumptionField::PackagesPerCowosWafer:
        return QStringLiteral("packages_per_cowos_wafer");
    case AssumptionField::Packaging:
        return QStringLiteral("packaging");
    case AssumptionField::HarvestFraction:
        return QStringLiteral("harvest_fraction");
    }
    return {};
}

std::optional<AssumptionField> parseAssumptionField(const QString &name)
{
    for (auto field : allAssumptionFields()) {
        if (name == assumptionFieldName(field))
            return field;
    }
    return std::nullopt;
}

bool isNumericField(AssumptionField field)
{
    return field != AssumptionField::YieldModel && field != AssumptionField::Packaging;
}

bool acceptsNotGiven(AssumptionField field)
{
    return field == AssumptionField::PackagesPerCowosWafer;
}

bool isNotGiven(AssumptionField field, const QString &value)
{
    return acceptsNotGiven(field) && value.trimmed() == notGivenText();
}

QString assumptionValueProblem(AssumptionField field, const QString &value)
{
    const QString text = value.trimmed();
    if (isNotGiven(field, text))
        return {};
    if (field == AssumptionField::Packaging) {
        if (parsePackaging(text))
            return {};
        return tr("'%1' is not a packaging; use cowos or none (a package without CoWoS).")
            .arg(value);
    }
    if (field == AssumptionField::YieldModel) {
        if (parseYieldModel(text))
            return {};
        return tr("'%1' is not a yield model; use poisson, murphy, seeds or negative_binomial.")
            .arg(value);
    }

    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok)
        return tr("'%1' is not a number.").arg(value);
    return fieldRangeProblem(field, number);
}

QString assumptionValueWarning(AssumptionField field, const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    const auto range = fieldRange(field);
    if (range && range->flagAbove > 0 && ok && number > range->flagAbove &&
        number <= range->maximum)
        return tr("%1 mm² is above the %2 mm² reticle limit: one die that large cannot be exposed; "
                  "check that this is not several dies in one package.")
            .arg(value.trimmed())
            .arg(reticleLimitMm2);
    return {};
}

} // namespace ws
