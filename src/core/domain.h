// SPDX-License-Identifier: MIT
#pragma once

#include "assumptionfield.h"
#include "packaging.h"
#include "yieldmodel.h"

#include <QList>
#include <QString>

namespace ws {

/** A chip vendor whose wafers are counted: Nvidia, Google, AWS, AMD, … */
struct Vendor
{
    int id = 0;
    QString name;
    QString nameZh;
    QString color; // "#76B900"
    QString kind; // "gpu" | "asic"
};

/** A chip product line of one vendor (B200, TPU v7, Trainium3, …): a package, whose own die
    fields describe its first kind of die. A row with a packageId is a further kind of die inside
    that package (an I/O die on N6 beside compute dies on N3P): it has its own die fields and
    node, and takes its units from the package. */
struct Program
{
    int id = 0;
    int vendorId = 0;
    QString name;
    QString node;
    int packageId = 0; // 0: this row is a package
    DieRole dieRole = DieRole::Compute; // a package's own dies are always compute dies

    bool isDieKind() const { return packageId != 0; }
};

/** A named set of assumptions; a child stores only the cells it overrides. */
struct Scenario
{
    int id = 0;
    QString name;
    int parentId = 0; // 0: no parent
    QString note;
};

/** One stored assumption: a field of a program in a year. The value stays text until it is
    validated, because yield_model is a name and the others numbers. */
struct AssumptionCell
{
    int programId = 0;
    int year = 0;
    AssumptionField field = AssumptionField::Units;
    QString value;
};

/** A figure an analyst published, kept beside the modelled one. Its scope says what it counts
    (a vendor's total, the whole market's, or a named set of programs) and its vintage which
    edition of a report it comes from, so that calibration compares like with like. */
struct ReportedValue
{
    int id = 0;
    int vendorId = 0; // 0: all vendors together (a market total)
    int year = 0;
    QString metric; // "compute_wafer_share", "compute_wafers", "all_logic_wafers", "cowos_wafers",
                    // "cowos_share", "units"
    double value = 0.0;
    int sourceId = 0;
    QString vintage; // the edition of the report, e.g. "Morgan Stanley, October 2025"
    QString scope; // empty: the vendor's total (the market's when vendorId is 0); else a label,
                   // e.g. "AWS via Alchip: Trainium3"
    QList<int> scopeProgramIds; // the programs a named scope covers; empty for a total
    QString note;
};

/** The inputs of the engine for one program in one year. */
struct ProgramYearInputs
{
    double units = 0.0;
    int diesPerPackage = 1;
    double dieAreaMm2 = 0.0;
    double defectDensity = 0.0;
    YieldModel yieldModel = YieldModel::Murphy;
    double yieldAlpha = 3.0;
    double interposerAreaMm2 = 0.0;
    double packagingYield = 1.0;
    /** A published packages-per-CoWoS-wafer figure; 0 when none is given, and the interposer
        area is used instead. */
    double packagesPerCowosWafer = 0.0;
    Packaging packaging = Packaging::Cowos;
    /** The share of defective dies still sold as a lower bin. */
    double harvestFraction = 0.0;
};

} // namespace ws
