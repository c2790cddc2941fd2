// SPDX-License-Identifier: MIT
#include "fieldrange.h"
#include "core/translation.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace ws {

std::optional<FieldRange> fieldRange(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return FieldRange { 0, 10'000'000'000.0, false, true, 0, QString(), 0 };
    case AssumptionField::DiesPerPackage:
        return FieldRange { 1, maxDiesPerPackage, false, true, 0, QString(), 0 };
    case AssumptionField::DieAreaMm2:
        return FieldRange { 1, maxDieAreaMm2, false, false, reticleLimitMm2, QStringLiteral(" mm²"),
                            1 };
    case AssumptionField::DefectDensity:
        return FieldRange { 0, maxDefectDensity, false, false, 0, QStringLiteral(" /cm²"), 3 };
    case AssumptionField::YieldAlpha:
        return FieldRange { 0.01, 100, false, false, 0, QString(), 1 };
    case AssumptionField::InterposerAreaMm2:
        return FieldRange { 1, maxInterposerAreaMm2, false, false, 0, QStringLiteral(" mm²"), 0 };
    case AssumptionField::PackagingYield:
        return FieldRange { 0, 1, true, false, 0, QString(), 3 };
    case AssumptionField::PackagesPerCowosWafer:
        return FieldRange { 1, maxPackagesPerCowosWafer, false, false, 0, QString(), 1 };
    case AssumptionField::HarvestFraction:
        return FieldRange { 0, 1, false, false, 0, QString(), 2 };
    case AssumptionField::YieldModel:
    case AssumptionField::Packaging:
        break;
    }
    return std::nullopt;
}

namespace {

QString shown(double value)
{
    // Group separators make 10000000000 readable; the C locale's point and comma keep the
    // message the same on every machine, like the values `set` and the files take.
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return grouped.toString(value, 'g', 12);
}

QString fieldLabel(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return tr("units");
    case AssumptionField::DiesPerPackage:
        return tr("dies per package");
    case AssumptionField::DieAreaMm2:
        return tr("die area");
    case AssumptionField::DefectDensity:
        return tr("defect density");
    case AssumptionField::YieldAlpha:
        return tr("the negative-binomial alpha");
    case AssumptionField::InterposerAreaMm2:
        return tr("interposer area");
    case AssumptionField::PackagingYield:
        return tr("packaging yield");
    case AssumptionField::YieldModel:
        return tr("yield model");
    case AssumptionField::PackagesPerCowosWafer:
        return tr("packages per CoWoS wafer");
    case AssumptionField::Packaging:
        return tr("packaging");
    case AssumptionField::HarvestFraction:
        return tr("harvest fraction");
    }
    return {};
}

} // namespace

bool fieldAllows(AssumptionField field, double value)
{
    const auto range = fieldRange(field);
    if (!range || !std::isfinite(value))
        return false;
    const bool below =
        range->minimumExclusive ? !(value > range->minimum) : !(value >= range->minimum);
    return !below && !(value > range->maximum) && !(range->integer && value != std::floor(value));
}

QString fieldRangeProblem(AssumptionField field, double value)
{
    const auto range = fieldRange(field);
    if (!range || fieldAllows(field, value))
        return {};
    // The sentence's parts are made only for a value that needs one: a workbook of a million
    // cells is checked on opening.
    const auto got = [value] {
        return canonicalNumberText(value);
    };
    if (!std::isfinite(value))
        return tr("%1 must be a finite number (got %2).").arg(fieldLabel(field), got());
    const bool below =
        range->minimumExclusive ? !(value > range->minimum) : !(value >= range->minimum);
    if (below || value > range->maximum) {
        const QString allowed = range->minimumExclusive
            ? tr("above %1 and at most %2").arg(shown(range->minimum), shown(range->maximum))
            : tr("from %1 to %2").arg(shown(range->minimum), shown(range->maximum));
        return tr("%1 must be %2%3 (got %4).").arg(fieldLabel(field), allowed, range->unit, got());
    }
    if (range->integer && value != std::floor(value))
        return tr("%1 must be a whole number (got %2).").arg(fieldLabel(field), got());
    return {};
}

QString canonicalNumberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString softLimitWarning(AssumptionField field, double value, std::optional<double> yearBefore,
                         int year, std::optional<double> parentValue, const QString &parentScenario)
{
    constexpr double factor = 10.0;
    if (!fieldRange(field) || !std::isfinite(value))
        return {};
    const auto far = [&](std::optional<double> reference) {
        return reference && *reference > 0.0 &&
            (value > *reference * factor || value < *reference / factor);
    };
    // "25×" or "0.04×": how far, so that a slipped digit or suffix shows at once.
    const auto times = [&](double reference) {
        return QLocale().toString(value / reference, 'g', 2);
    };
    QStringList against;
    if (far(yearBefore)) {
        against << tr("%1× the %2 of %3")
                       .arg(times(*yearBefore), canonicalNumberText(*yearBefore))
                       .arg(year - 1);
    }
    if (far(parentValue)) {
        against << tr("%1× the %2 of the parent scenario %3")
                       .arg(times(*parentValue), canonicalNumberText(*parentValue), parentScenario);
    }
    if (against.isEmpty())
        return {};
    return tr("%1 of %2 is %3; check that no digit or suffix is wrong.")
        .arg(fieldLabel(field), canonicalNumberText(value), against.join(tr(" and ")));
}

} // namespace ws
