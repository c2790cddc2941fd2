// SPDX-License-Identifier: MIT
#include "wafermath.h"

#include <cmath>
#include <limits>

namespace ws::WaferMath {

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double mm2PerCm2 = 100.0;
} // namespace

int grossDiesPerWafer(double dieAreaMm2, const WaferGeometry &wafer)
{
    if (!(dieAreaMm2 > 0.0))
        return 0;
    const double radius = wafer.diameterMm / 2.0 - wafer.edgeExclusionMm;
    if (!(radius > 0.0))
        return 0;
    const double dies =
        pi * radius * radius / dieAreaMm2 - pi * 2.0 * radius / std::sqrt(2.0 * dieAreaMm2);
    return dies >= 1.0 ? static_cast<int>(std::floor(dies)) : 0;
}

double dieYield(YieldModel model, double dieAreaMm2, double defectsPerCm2, double alpha)
{
    const double defectsPerDie = dieAreaMm2 / mm2PerCm2 * defectsPerCm2;
    if (defectsPerDie <= 0.0)
        return 1.0;
    switch (model) {
    case YieldModel::Poisson:
        return std::exp(-defectsPerDie);
    case YieldModel::Murphy: {
        const double root = (1.0 - std::exp(-defectsPerDie)) / defectsPerDie;
        return root * root;
    }
    case YieldModel::Seeds:
        return 1.0 / (1.0 + defectsPerDie);
    case YieldModel::NegativeBinomial:
        if (!(alpha > 0.0))
            return std::numeric_limits<double>::quiet_NaN();
        return std::pow(1.0 + defectsPerDie / alpha, -alpha);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double logicWafers(double packages, double diesPerPackage, int grossDies, double yield)
{
    if (packages == 0.0)
        return 0.0;
    const double goodDiesPerWafer = grossDies * yield;
    if (!(goodDiesPerWafer > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return packages * diesPerPackage / goodDiesPerWafer;
}

double cowosWafers(double packages, int interposersPerWafer, double packagingYield)
{
    if (packages == 0.0)
        return 0.0;
    const double goodPerWafer = interposersPerWafer * packagingYield;
    if (!(goodPerWafer > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return packages / goodPerWafer;
}

} // namespace ws::WaferMath
