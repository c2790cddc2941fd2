// SPDX-License-Identifier: MIT
#include "forecastbuilder.h"
#include "core/translation.h"

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

namespace {

constexpr int fieldCount = ForecastInput::fieldCount;

void applyValue(ProgramYearInputs &inputs, AssumptionField field, const QString &value)
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
            const QString problem = assumptionValueProblem(cell.field, cell.value);
            if (!problem.isEmpty()) {
                result.problems << tr("%1 %2 %3: %4")
                                       .arg(programs[programIndex].name)
                                       .arg(cell.year)
                                       .arg(assumptionFieldName(cell.field), problem);
                continue;
            }
            const size_t index =
                static_cast<size_t>(programIndex) * input.years.size() + input.yearIndex(cell.year);
            applyValue(input.inputs[index], cell.field, cell.value);
            seen[index * fieldCount + static_cast<int>(cell.field)] =
                static_cast<signed char>(layerIndex);
        }
    }

    // A program that ships in a year needs every input that the formulas use; alpha alone has
    // a conventional default.
    for (int p = 0; p < programs.size(); ++p) {
        for (int y = 0; y < input.years.size(); ++y) {
            const size_t index = static_cast<size_t>(p) * input.years.size() + y;
            if (!(input.inputs[index].units > 0))
                continue;
            QStringList missing;
            for (auto field : allAssumptionFields()) {
                if (field == AssumptionField::Units || field == AssumptionField::YieldAlpha)
                    continue;
                if (seen[index * fieldCount + static_cast<int>(field)] < 0)
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
