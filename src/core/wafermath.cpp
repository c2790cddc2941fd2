// SPDX-License-Identifier: MIT
#include "wafermath.h"

#include <cmath>
#include <limits>

namespace ws::WaferMath {

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double mm2PerCm2 = 100.0;
constexpr double inf = std::numeric_limits<double>::infinity();

// A count or a quantity as the engine may give it: not NaN, not negative, not infinite.
double bounded(double value, double maximum)
{
    if (!(value > 0.0))
        return 0.0;
    return value < maximum ? value : maximum;
}

} // namespace

qint64 grossDiesPerWafer(double dieAreaMm2, const WaferGeometry &wafer)
{
    if (!(dieAreaMm2 > 0.0) || !std::isfinite(dieAreaMm2))
        return 0;
    const double radius = wafer.diameterMm / 2.0 - wafer.edgeExclusionMm;
    if (!(radius > 0.0))
        return 0;
    const double dies =
        pi * radius * radius / dieAreaMm2 - pi * 2.0 * radius / std::sqrt(2.0 * dieAreaMm2);
    if (!(dies >= 1.0))
        return 0;
    if (!(dies < static_cast<double>(maxGrossDies)))
        return maxGrossDies;
    return static_cast<qint64>(std::floor(dies));
}

double dieYield(YieldModel model, double dieAreaMm2, double defectsPerCm2, double alpha)
{
    if (!(dieAreaMm2 >= 0.0) || !(defectsPerCm2 >= 0.0) || !std::isfinite(dieAreaMm2) ||
        !std::isfinite(defectsPerCm2))
        return 0.0;
    const double defectsPerDie = dieAreaMm2 / mm2PerCm2 * defectsPerCm2;
    if (!std::isfinite(defectsPerDie))
        return 0.0;
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
        if (!(alpha > 0.0) || !std::isfinite(alpha))
            return 0.0;
        return bounded(std::pow(1.0 + defectsPerDie / alpha, -alpha), 1.0);
    }
    return 0.0;
}

double logicWafers(double packages, double diesPerPackage, qint64 grossDies, double yield)
{
    const double dies = bounded(packages, inf) * bounded(diesPerPackage, inf);
    const double goodDiesPerWafer = static_cast<double>(grossDies) * bounded(yield, 1.0);
    if (!(dies > 0.0) || !(goodDiesPerWafer > 0.0))
        return 0.0;
    return bounded(dies / goodDiesPerWafer, maxWafers);
}

double sellableYield(double yield, double harvestFraction)
{
    const double good = bounded(yield, 1.0);
    const double harvested = std::isfinite(harvestFraction) ? bounded(harvestFraction, 1.0) : 0.0;
    return bounded(good + harvested * (1.0 - good), 1.0);
}

double cowosWafers(double packages, double packagesPerWafer, double packagingYield)
{
    const double goodPerWafer = bounded(packagesPerWafer, inf) * bounded(packagingYield, 1.0);
    if (!(packages > 0.0) || !(goodPerWafer > 0.0))
        return 0.0;
    return bounded(packages / goodPerWafer, maxWafers);
}

} // namespace ws::WaferMath
