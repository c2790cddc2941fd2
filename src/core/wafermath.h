// SPDX-License-Identifier: MIT
#pragma once

#include "yieldmodel.h"

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
    Returns 0 for a non-positive area or a die too large for the wafer. */
int grossDiesPerWafer(double dieAreaMm2, const WaferGeometry &wafer = {});

/** Fraction of good dies for a die of @p dieAreaMm2 at @p defectsPerCm2 under @p model;
    @p alpha is the negative-binomial clustering parameter (ignored by the other models). */
double dieYield(YieldModel model, double dieAreaMm2, double defectsPerCm2, double alpha = 3.0);

/** Logic wafers to build @p packages packages of @p diesPerPackage dies each. */
double logicWafers(double packages, double diesPerPackage, int grossDies, double yield);

/** CoWoS (interposer) wafers for @p packages packages. */
double cowosWafers(double packages, int interposersPerWafer, double packagingYield);

} // namespace WaferMath
} // namespace ws
