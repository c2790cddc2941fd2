// SPDX-License-Identifier: MIT
#include "assumptionfield.h"
#include "core/translation.h"

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
             AssumptionField::InterposerAreaMm2,
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

QString assumptionValueProblem(AssumptionField field, const QString &value)
{
    const QString text = value.trimmed();
    if (field == AssumptionField::YieldModel) {
        if (parseYieldModel(text))
            return {};
        return tr("'%1' is not a yield model; use poisson, murphy, seeds or negative_binomial.")
            .arg(value);
    }

    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return tr("'%1' is not a number.").arg(value);

    switch (field) {
    case AssumptionField::Units:
        if (number < 0)
            return tr("units cannot be negative (got %1).").arg(value);
        return {};
    case AssumptionField::DiesPerPackage:
        if (number < 1 || number != std::floor(number))
            return tr("dies per package must be a whole number of at least 1 (got %1).").arg(value);
        return {};
    case AssumptionField::DieAreaMm2:
        if (number <= 0 || number > maxDieAreaMm2)
            return tr("die area must be above 0 and at most %1 mm² (four reticles of %2 mm²); "
                      "got %3.")
                .arg(maxDieAreaMm2)
                .arg(reticleLimitMm2)
                .arg(value);
        return {};
    case AssumptionField::InterposerAreaMm2:
        if (number <= 0 || number > maxInterposerAreaMm2)
            return tr("interposer area must be above 0 and at most %1 mm² (eight reticles); "
                      "got %2.")
                .arg(maxInterposerAreaMm2)
                .arg(value);
        return {};
    case AssumptionField::DefectDensity:
        if (number < 0 || number > maxDefectDensity)
            return tr("defect density must be between 0 and %1 defects per cm² (got %2).")
                .arg(maxDefectDensity)
                .arg(value);
        return {};
    case AssumptionField::YieldAlpha:
        if (number <= 0)
            return tr("the negative-binomial alpha must be greater than 0 (got %1).").arg(value);
        return {};
    case AssumptionField::PackagingYield:
        if (number <= 0 || number > 1)
            return tr("packaging yield must be above 0 and at most 1 (got %1).").arg(value);
        return {};
    case AssumptionField::YieldModel:
        break;
    }
    return {};
}

QString assumptionValueWarning(AssumptionField field, const QString &value)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (field == AssumptionField::DieAreaMm2 && ok && number > reticleLimitMm2 &&
        number <= maxDieAreaMm2)
        return tr("%1 mm² is above the %2 mm² reticle limit: one die that large cannot be exposed; "
                  "check that this is not several dies in one package.")
            .arg(value.trimmed())
            .arg(reticleLimitMm2);
    return {};
}

} // namespace ws
