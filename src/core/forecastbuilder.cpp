// SPDX-License-Identifier: MIT
#include "forecastbuilder.h"
#include "core/translation.h"

#include "fieldrange.h"
#include "packagerules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
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

/** Sets a numeric field from a number that the range table allows. */
void applyAssumptionNumber(ProgramYearInputs &inputs, AssumptionField field, double value)
{
    switch (field) {
    case AssumptionField::Units:
        inputs.units = value;
        break;
    case AssumptionField::DiesPerPackage:
        // Checked against the range table before it gets here; the clamp keeps a value that was
        // not from turning into a negative int.
        inputs.diesPerPackage =
            static_cast<int>(std::clamp(value, 1.0, static_cast<double>(maxDiesPerPackage)));
        break;
    case AssumptionField::DieAreaMm2:
        inputs.dieAreaMm2 = value;
        break;
    case AssumptionField::DefectDensity:
        inputs.defectDensity = value;
        break;
    case AssumptionField::YieldAlpha:
        inputs.yieldAlpha = value;
        break;
    case AssumptionField::InterposerAreaMm2:
        inputs.interposerAreaMm2 = value;
        break;
    case AssumptionField::PackagingYield:
        inputs.packagingYield = value;
        break;
    case AssumptionField::PackagesPerCowosWafer:
        inputs.packagesPerCowosWafer = value;
        break;
    case AssumptionField::HarvestFraction:
        inputs.harvestFraction = value;
        break;
    case AssumptionField::YieldModel:
    case AssumptionField::Packaging:
        break; // names, not numbers
    }
}

/** The number a stored cell holds when it is plain ASCII number text ("0.09", "1e5"), read
    without QString::toDouble, which was a third of the time of opening a workbook of a million
    cells; std::nullopt for anything else (spaces, "none", a name), which takes the full check. */
std::optional<double> plainNumber(const QString &text)
{
    char ascii[64];
    const qsizetype length = text.size();
    if (length == 0 || length >= qsizetype(sizeof ascii))
        return std::nullopt;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7F)
            return std::nullopt;
        ascii[i] = static_cast<char>(c);
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(ascii, ascii + length, value);
    if (error != std::errc() || end != ascii + length || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

void copyAssumptionField(ProgramYearInputs &to, const ProgramYearInputs &from,
                         AssumptionField field)
{
    switch (field) {
    case AssumptionField::YieldModel:
        to.yieldModel = from.yieldModel;
        break;
    case AssumptionField::Packaging:
        to.packaging = from.packaging;
        break;
    case AssumptionField::DiesPerPackage:
        to.diesPerPackage = from.diesPerPackage;
        break;
    case AssumptionField::Units:
        to.units = from.units;
        break;
    case AssumptionField::DieAreaMm2:
        to.dieAreaMm2 = from.dieAreaMm2;
        break;
    case AssumptionField::DefectDensity:
        to.defectDensity = from.defectDensity;
        break;
    case AssumptionField::YieldAlpha:
        to.yieldAlpha = from.yieldAlpha;
        break;
    case AssumptionField::InterposerAreaMm2:
        to.interposerAreaMm2 = from.interposerAreaMm2;
        break;
    case AssumptionField::PackagingYield:
        to.packagingYield = from.packagingYield;
        break;
    case AssumptionField::PackagesPerCowosWafer:
        to.packagesPerCowosWafer = from.packagesPerCowosWafer;
        break;
    case AssumptionField::HarvestFraction:
        to.harvestFraction = from.harvestFraction;
        break;
    }
}

void applyAssumptionValue(ProgramYearInputs &inputs, AssumptionField field, const QString &value)
{
    switch (field) {
    case AssumptionField::YieldModel:
        inputs.yieldModel = *parseYieldModel(value.trimmed());
        break;
    case AssumptionField::Packaging:
        inputs.packaging = *parsePackaging(value.trimmed());
        break;
    case AssumptionField::PackagesPerCowosWafer:
        // "none" clears a parent's figure: 0 means the interposer area is used.
        inputs.packagesPerCowosWafer = isNotGiven(field, value) ? 0.0 : value.toDouble();
        break;
    default:
        applyAssumptionNumber(inputs, field, value.toDouble());
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

    // A program's cells lie together, a year's fields one after another: a year is looked up
    // in the set only when it differs from the cell before's.
    std::set<int> years;
    for (const auto &layer : layers) {
        std::optional<int> previousYear;
        for (const auto &cell : layer) {
            if (cell.year != previousYear)
                years.insert(cell.year);
            previousYear = cell.year;
        }
    }
    input.years = QList<int>(years.begin(), years.end());
    // ForecastInput::yearIndex searches the list: once per cell, that made a workbook of many
    // years quadratic (thousands of years took most of an import's check).
    QHash<int, int> yearIndexOf;
    yearIndexOf.reserve(input.years.size());
    for (int y = 0; y < input.years.size(); ++y)
        yearIndexOf.insert(input.years[y], y);

    const size_t cellCount = static_cast<size_t>(programs.size()) * input.years.size();
    input.inputs.assign(cellCount, ProgramYearInputs {});
    std::vector<signed char> &seen = input.sourceLayer;
    seen.assign(cellCount * fieldCount, -1);

    // The cell before's program and year, so that the hashes are asked once per program-year
    // rather than once per cell.
    std::optional<int> previousProgramId;
    std::optional<int> previousYear;
    int programIndex = -1;
    int yearIndex = 0;
    for (int layerIndex = 0; layerIndex < layers.size(); ++layerIndex) {
        for (const auto &cell : layers[layerIndex]) {
            if (cell.programId != previousProgramId) {
                programIndex = programIndexById.value(cell.programId, -1);
                previousProgramId = cell.programId;
            }
            if (programIndex < 0) {
                result.problems << tr("an assumption names program id %1, which does not exist.")
                                       .arg(cell.programId);
                continue;
            }
            if (cell.year != previousYear) {
                yearIndex = yearIndexOf.value(cell.year);
                previousYear = cell.year;
            }
            const size_t index = static_cast<size_t>(programIndex) * input.years.size() + yearIndex;
            const bool dieKind = input.programPackageIndex[static_cast<size_t>(programIndex)] >= 0;
            // Most cells are plain numbers within range: parsed once and set, no sentence built.
            if (const auto number =
                    isNumericField(cell.field) ? plainNumber(cell.value) : std::nullopt;
                number && !dieKind && fieldAllows(cell.field, *number)) {
                applyAssumptionNumber(input.inputs[index], cell.field, *number);
                seen[index * fieldCount + static_cast<int>(cell.field)] =
                    static_cast<signed char>(layerIndex);
                continue;
            }
            QString problem = assumptionValueProblem(cell.field, cell.value);
            if (problem.isEmpty() && dieKind)
                problem = PackageRules::fieldProblem(programs[programIndex], cell.field);
            if (!problem.isEmpty()) {
                result.problems << tr("%1 %2 %3: %4")
                                       .arg(programs[programIndex].name)
                                       .arg(cell.year)
                                       .arg(assumptionFieldName(cell.field), problem);
                continue;
            }
            applyAssumptionValue(input.inputs[index], cell.field, cell.value);
            seen[index * fieldCount + static_cast<int>(cell.field)] =
                static_cast<signed char>(layerIndex);
        }
    }

    // A program that ships in a year needs every input that the formulas use.
    const auto fields = allAssumptionFields();
    for (int p = 0; p < programs.size(); ++p) {
        const bool dieKind = input.packageIndexOf(p) >= 0;
        for (int y = 0; y < input.years.size(); ++y) {
            const size_t index = static_cast<size_t>(p) * input.years.size() + y;
            if (!(input.unitsOf(p, y) > 0))
                continue;
            QStringList missing;
            for (auto field : fields) {
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
