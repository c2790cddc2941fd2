// SPDX-License-Identifier: MIT
#pragma once

#include "domain.h"

#include <QCoreApplication>

#include <functional>

namespace ws {

struct ForecastInput;

/** The rules of packages and their die kinds (DESIGN §3, Model v2), in one place so that the
    import, the editors, Add Program and `check` agree. */
class PackageRules
{
public:
    /** Why @p row cannot stand among @p programs (which may include it): a die kind must name
        a package row of its own vendor — not itself, not another die kind — and a package's own
        dies are compute dies. Empty when the row is fine. */
    static QString programProblem(const Program &row, const QList<Program> &programs);

    /** Whether @p field belongs to a package as a whole (units and CoWoS), which a die kind
        takes from its package instead of storing its own. */
    static bool isPackageField(AssumptionField field);

    /** Whether @p field is one of the inputs the interposer rule reads (dies, die area,
        interposer area, packages per wafer, packaging): a change to any other cannot break it. */
    static bool entersInterposerRule(AssumptionField field);

    /** Why @p field cannot be stored for @p program (a package field on a die kind); empty when
        it can. */
    static QString fieldProblem(const Program &program, AssumptionField field);

    /** Where the CoWoS wafers of a package with inputs @p in come from. */
    static CowosBasis cowosBasis(const ProgramYearInputs &in);

    /** Changes a copy of one program's inputs before a rule reads them, so that an edit can be
        judged before it is made. */
    using Amend = std::function<void(int programIndex, ProgramYearInputs &inputs)>;

    /** The logic silicon placed on the interposer of the package at @p packageIndex in the year
        at @p yearIndex: Σ dies_per_package × die_area_mm2 over the package's own dies and its
        die kinds. */
    static double siliconAreaMm2(const ForecastInput &input, int packageIndex, int yearIndex,
                                 const Amend &amend = {});

    /** Why the interposer of the package of @p programIndex (the program itself, or the package
        of a die kind) in the year at @p yearIndex is too small: an interposer area that is used
        (the CoWoS basis is the interposer area) must hold at least the logic silicon placed on
        it. Empty when the rule holds, or the area is not used or not given. */
    static QString interposerProblem(const ForecastInput &input, int programIndex, int yearIndex,
                                     const Amend &amend = {});

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::PackageRules)
};

} // namespace ws
