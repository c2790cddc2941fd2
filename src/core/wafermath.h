// SPDX-License-Identifier: MIT
#pragma once

#include "yieldmodel.h"

#include <QtGlobal>

namespace ws {

/** A wafer's size: the engine's default is a 300 mm wafer with a 3 mm edge exclusion. */
struct WaferGeometry
{
    double diameterMm = 300.0;
    double edgeExclusionMm = 3.0;
};

/** The closed-form wafer formulas of DESIGN §3, free of any data source. */
namespace WaferMath {

/** Gross dies of area @p dieAreaMm2 on one wafer: floor(π·R²/S − π·2R/√(2·S)), R = d/2 − e.
    Returns 0 for a non-positive or non-finite area or a die too large for the wafer. A count,
    so 64-bit: a speck of 1e-5 mm² fits billions on a wafer; beyond maxGrossDies (an area no
    data can reach) it stops there instead of overflowing. */
qint64 grossDiesPerWafer(double dieAreaMm2, const WaferGeometry &wafer = {});

/** The largest count grossDiesPerWafer() returns: 2⁵³, the last integer a double holds. */
constexpr qint64 maxGrossDies = qint64(1) << 53;

/** Fraction of good dies for a die of @p dieAreaMm2 at @p defectsPerCm2 under @p model;
    @p alpha is the negative-binomial clustering parameter (ignored by the other models).
    Always in [0, 1]: inputs no model can read (a negative or non-finite area or density, an
    alpha that is not positive) give 0, no good dies, never NaN. */
double dieYield(YieldModel model, double dieAreaMm2, double defectsPerCm2, double alpha = 3.0);

/** Logic wafers to build @p packages packages of @p diesPerPackage dies each. Finite and not
    negative whatever the inputs: 0 when nothing is to be built or no die is good (the forecast
    builder names the missing input), and at most maxWafers. */
double logicWafers(double packages, double diesPerPackage, qint64 grossDies, double yield);

/** The share of a wafer's gross dies that can be sold: the good ones plus the share
    @p harvestFraction of the defective ones sold as a lower bin, Y + h·(1 − Y). In [0, 1]; a
    harvest fraction outside [0, 1] or not finite counts as none. */
double sellableYield(double yield, double harvestFraction);

/** CoWoS wafers for @p packages packages when @p packagesPerWafer packages fit on one wafer
    (gross interposers per wafer, or a published packages-per-wafer figure); finite and not
    negative like logicWafers(). */
double cowosWafers(double packages, double packagesPerWafer, double packagingYield);

/** The most wafers one program can need in a year: far above anything the allowed inputs give
    (10¹⁰ packages of 64 dies at the lowest yield stay below 10¹⁷⁰), low enough that the sum over
    a million programs stays finite. */
constexpr double maxWafers = 1e300;

} // namespace WaferMath
} // namespace ws
