// SPDX-License-Identifier: MIT
#pragma once

#include "assumptionfield.h"
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

/** A chip product line of one vendor (B200, TPU v7, Trainium3, …). */
struct Program
{
    int id = 0;
    int vendorId = 0;
    QString name;
    QString node;
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
};

} // namespace ws
