// SPDX-License-Identifier: MIT
#include "forecastbuilder.h"
#include "core/translation.h"

#include "packagerules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <set>

namespace ws {

int ForecastInput::vendorIndex(const QString &name) const
{
    for (int i = 0; i < vendors.size(); ++i) {
        if (vendors[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int ForecastInput::programIndex(int programId) const
{
    for (int i = 0; i < programs.size(); ++i) {
        if (programs[i].id == programId)
            return i;
    }
    return -1;
}

QVariant assumptionValue(const ProgramYearInputs &in, AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return in.units;
    case AssumptionField::DiesPerPackage:
        return in.diesPerPackage;
    case AssumptionField::DieAreaMm2:
        return in.dieAreaMm2;
    case AssumptionField::DefectDensity:
        return in.defectDensity;
    case AssumptionField::YieldModel:
        return yieldModelName(in.yieldModel);
    case AssumptionField::YieldAlpha:
        return in.yieldAlpha;
    case AssumptionField::InterposerAreaMm2:
        return in.interposerAreaMm2;
    case AssumptionField::PackagingYield:
        return in.packagingYield;
    case AssumptionField::PackagesPerCowosWafer:
        return in.packagesPerCowosWafer > 0.0 ? QVariant(in.packagesPerCowosWafer) : QVariant();
    case AssumptionField::Packaging:
        return packagingName(in.packaging);
    case AssumptionField::HarvestFraction:
        return in.harvestFraction;
    }
    return {};
}

namespace {

constexpr int fieldCount = ForecastInput::fieldCount;

} // namespace

void applyAssumptionValue(ProgramYearInputs &inputs, AssumptionField field, const QString &value)
{
    switch (field) {
    case AssumptionField::Units:
        inputs.units = value.toDouble();
        break;
    case AssumptionField::DiesPerPackage:
        // Checked against the range table before it gets here; the clamp keeps a value that was
        // not from turning into a negative int.
        inputs.diesPerPackage = static_cast<int>(
            std::clamp(value.toDouble(), 1.0, static_cast<double>(maxDiesPerPackage)));
        break;
    case AssumptionField::DieAreaMm2:
        inputs.dieAreaMm2 = value.toDouble();
        break;
    case AssumptionField::DefectDensity:
        inputs.defectDensity = value.toDouble();
        break;
    case AssumptionField::YieldModel:
        inputs.yieldModel = *parseYieldModel(value.trimmed());
        break;
    case AssumptionField::YieldAlpha:
        inputs.yieldAlpha = value.toDouble();
        break;
    case AssumptionField::InterposerAreaMm2:
        inputs.interposerAreaMm2 = value.toDouble();
        break;
    case AssumptionField::PackagingYield:
        inputs.packagingYield = value.toDouble();
        break;
    case AssumptionField::PackagesPerCowosWafer:
        // "none" clears a parent's figure: 0 means the interposer area is used.
        inputs.packagesPerCowosWafer = isNotGiven(field, value) ? 0.0 : value.toDouble();
        break;
    case AssumptionField::Packaging:
        inputs.packaging = *parsePackaging(value.trimmed());
        break;
    case AssumptionField::HarvestFraction:
        inputs.harvestFraction = value.toDouble();
        break;
    }
}

namespace {

// The inputs a program-year that makes dies cannot do without. α, the harvest fraction, the
// packaging and a packages-per-wafer figure have defaults (3, 0, cowos, none); a die kind takes
// units and CoWoS from its package; a package without CoWoS needs no CoWoS input, and one with
// a packages-per-wafer figure no interposer area.
bool isRequired(AssumptionField field, const ProgramYearInputs &in, bool dieKind)
{
    switch (field) {
    case AssumptionField::DiesPerPackage:
    case AssumptionField::DieAreaMm2:
    case AssumptionField::DefectDensity:
    case AssumptionField::YieldModel:
        return true;
    case AssumptionField::PackagingYield:
        return !dieKind && in.packaging == Packaging::Cowos;
    case AssumptionField::InterposerAreaMm2:
        return !dieKind && PackageRules::cowosBasis(in) == CowosBasis::InterposerArea;
    default:
        return false;
    }
}

} // namespace

ForecastBuilder::Result ForecastBuilder::build(const QList<Vendor> &vendors,
                                               const QList<Program> &programs,
                                               const QList<QList<AssumptionCell>> &layers)
{
    Result result;
    ForecastInput &input = result.input;
    input.vendors = vendors;
    input.programs = programs;

    QHash<int, int> vendorIndexById;
    for (int i = 0; i < vendors.size(); ++i)
        vendorIndexById.insert(vendors[i].id, i);
    QHash<int, int> programIndexById;
    input.programVendorIndex.reserve(programs.size());
    for (int i = 0; i < programs.size(); ++i) {
        programIndexById.insert(programs[i].id, i);
        const int vendor = vendorIndexById.value(programs[i].vendorId, -1);
        if (vendor < 0) {
            result.problems << tr("program %1 names vendor id %2, which does not exist.")
                                   .arg(programs[i].name)
                                   .arg(programs[i].vendorId);
        }
        input.programVendorIndex.push_back(vendor);
    }
    // A die kind whose package is not a valid one is reported and computed as a package of its
    // own that ships nothing, so that one bad row cannot spoil its neighbours.
    input.programPackageIndex.assign(static_cast<size_t>(programs.size()), -1);
    for (int i = 0; i < programs.size(); ++i) {
        const QString problem = PackageRules::programProblem(programs[i], programs);
        if (!problem.isEmpty())
            result.problems << problem;
        else if (programs[i].isDieKind())
            input.programPackageIndex[static_cast<size_t>(i)] =
                programIndexById.value(programs[i].packageId, -1);
    }

    std::set<int> years;
    for (const auto &layer : layers) {
        for (const auto &cell : layer)
            years.insert(cell.year);
    }
    input.years = QList<int>(years.begin(), years.end());

    const size_t cellCount = static_cast<size_t>(programs.size()) * input.years.size();
    input.inputs.assign(cellCount, ProgramYearInputs {});
    std::vector<signed char> &seen = input.sourceLayer;
    seen.assign(cellCount * fieldCount, -1);

    for (int layerIndex = 0; layerIndex < layers.size(); ++layerIndex) {
        for (const auto &cell : layers[layerIndex]) {
            const int programIndex = programIndexById.value(cell.programId, -1);
            if (programIndex < 0) {
                result.problems << tr("an assumption names program id %1, which does not exist.")
                                       .arg(cell.programId);
                continue;
            }
            QString problem = assumptionValueProblem(cell.field, cell.value);
            if (problem.isEmpty() &&
                input.programPackageIndex[static_cast<size_t>(programIndex)] >= 0)
                problem = PackageRules::fieldProblem(programs[programIndex], cell.field);
            if (!problem.isEmpty()) {
                result.problems << tr("%1 %2 %3: %4")
                                       .arg(programs[programIndex].name)
                                       .arg(cell.year)
                                       .arg(assumptionFieldName(cell.field), problem);
                continue;
            }
            const size_t index =
                static_cast<size_t>(programIndex) * input.years.size() + input.yearIndex(cell.year);
            applyAssumptionValue(input.inputs[index], cell.field, cell.value);
            seen[index * fieldCount + static_cast<int>(cell.field)] =
                static_cast<signed char>(layerIndex);
        }
    }

    // A program that ships in a year needs every input that the formulas use.
    for (int p = 0; p < programs.size(); ++p) {
        const bool dieKind = input.packageIndexOf(p) >= 0;
        for (int y = 0; y < input.years.size(); ++y) {
            const size_t index = static_cast<size_t>(p) * input.years.size() + y;
            if (!(input.unitsOf(p, y) > 0))
                continue;
            QStringList missing;
            for (auto field : allAssumptionFields()) {
                if (isRequired(field, input.inputs[index], dieKind) &&
                    seen[index * fieldCount + static_cast<int>(field)] < 0)
                    missing << assumptionFieldName(field);
            }
            if (!missing.isEmpty()) {
                result.problems << tr("%1 %2 ships units but has no %3.")
                                       .arg(programs[p].name)
                                       .arg(input.years[y])
                                       .arg(missing.join(QStringLiteral(", ")));
            }
        }
    }
    return result;
}

} // namespace ws
