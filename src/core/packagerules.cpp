// SPDX-License-Identifier: MIT
#include "packagerules.h"

#include "forecastinput.h"

#include <QLocale>

namespace ws {

QString PackageRules::programProblem(const Program &row, const QList<Program> &programs)
{
    if (!row.isDieKind()) {
        if (row.dieRole != DieRole::Compute)
            return tr("%1 is a package, whose own dies are compute dies; die_role io belongs to a "
                      "die kind (a row with a package_id).")
                .arg(row.name);
        return {};
    }
    if (row.packageId == row.id)
        return tr("%1 names itself as its package.").arg(row.name);
    const Program *package = nullptr;
    for (const Program &candidate : programs) {
        if (candidate.id == row.packageId)
            package = &candidate;
    }
    if (!package)
        return tr("%1 names package id %2, which is not a program.")
            .arg(row.name)
            .arg(row.packageId);
    if (package->isDieKind())
        return tr("%1 names %2 as its package, but %2 is itself a die kind of another package; "
                  "a die kind belongs to a package row.")
            .arg(row.name, package->name);
    if (package->vendorId != row.vendorId)
        return tr("%1 is a die kind of %2, a package of another vendor; a die kind has its "
                  "package's vendor.")
            .arg(row.name, package->name);
    return {};
}

bool PackageRules::entersInterposerRule(AssumptionField field)
{
    switch (field) {
    case AssumptionField::DiesPerPackage:
    case AssumptionField::DieAreaMm2:
    case AssumptionField::InterposerAreaMm2:
    case AssumptionField::PackagesPerCowosWafer:
    case AssumptionField::Packaging:
        return true;
    default:
        return false;
    }
}

bool PackageRules::isPackageField(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
    case AssumptionField::InterposerAreaMm2:
    case AssumptionField::PackagingYield:
    case AssumptionField::PackagesPerCowosWafer:
    case AssumptionField::Packaging:
        return true;
    default:
        return false;
    }
}

QString PackageRules::fieldProblem(const Program &program, AssumptionField field)
{
    if (!program.isDieKind() || !isPackageField(field))
        return {};
    return tr("%1 is a die kind; it takes its %2 from its package, so set it there.")
        .arg(program.name, assumptionFieldName(field));
}

CowosBasis PackageRules::cowosBasis(const ProgramYearInputs &in)
{
    if (in.packaging == Packaging::None)
        return CowosBasis::None;
    return in.packagesPerCowosWafer > 0.0 ? CowosBasis::PackagesPerWafer
                                          : CowosBasis::InterposerArea;
}

double PackageRules::siliconAreaMm2(const ForecastInput &input, int packageIndex, int yearIndex,
                                    const Amend &amend)
{
    const auto area = [&](int p) {
        ProgramYearInputs in = input.at(p, yearIndex);
        if (amend)
            amend(p, in);
        return in.diesPerPackage * in.dieAreaMm2;
    };
    double silicon = area(packageIndex);
    for (int p = 0; p < input.programs.size(); ++p) {
        if (input.packageIndexOf(p) == packageIndex)
            silicon += area(p);
    }
    return silicon;
}

QString PackageRules::interposerProblem(const ForecastInput &input, int programIndex, int yearIndex,
                                        const Amend &amend)
{
    const int packageIndex =
        input.packageIndexOf(programIndex) >= 0 ? input.packageIndexOf(programIndex) : programIndex;
    ProgramYearInputs package = input.at(packageIndex, yearIndex);
    if (amend)
        amend(packageIndex, package);
    if (cowosBasis(package) != CowosBasis::InterposerArea || !(package.interposerAreaMm2 > 0.0))
        return {};
    const double silicon = siliconAreaMm2(input, packageIndex, yearIndex, amend);
    if (package.interposerAreaMm2 >= silicon)
        return {};
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    const auto mm2 = [&](double value) {
        return grouped.toString(value, 'g', 12);
    };
    return tr("%1 %2: an interposer of %3 mm² cannot hold the %4 mm² of logic dies placed on it "
              "(dies per package × die area over its die kinds); give at least %4 mm², or a "
              "packages_per_cowos_wafer figure.")
        .arg(input.programs.at(packageIndex).name)
        .arg(input.years.at(yearIndex))
        .arg(mm2(package.interposerAreaMm2), mm2(silicon));
}

} // namespace ws
