// SPDX-License-Identifier: MIT
#pragma once

#include "metric.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ws {

struct ForecastInput;
struct SupplyChain;
class ExposureResult;
class ForecastResult;

/** How many more wafers a vendor takes in the chosen metric: against the year before, or
    against another scenario in the same year. */
struct VendorChange
{
    int vendorId = 0; // vendor.id, not a company id
    double change = 0.0; // wafers
};

/** One company's line of the "who benefits" table. */
struct BenefitRow
{
    int companyId = 0;
    double impact = 0.0; // Σ over vendors of exposure × the vendor's change, in wafers
    int drivingVendorId = 0; // the vendor of the largest |term|; 0 when the company has none
    double drivingTerm = 0.0; // that vendor's exposure × change
    QHash<int, double> exposureByVendor; // vendor id → exposure, every vendor of the chain
};

/** Turns exposures (ExposureAnalysis) and a forecast into the ranking of DESIGN §4: which
    suppliers gain most wafers' worth of business when the vendors grow. */
class ImpactAnalysis
{
public:
    /** wafers(year) − wafers(year − 1) per vendor of @p input; nothing when either year is not
        in the forecast. */
    static std::optional<QList<VendorChange>>
    yearOverYear(const ForecastInput &input, const ForecastResult &result, Metric metric, int year);

    /** wafers in @p scenario − wafers in @p base, both in @p year, per vendor of either
        (matched by vendor id; a vendor missing from one side counts 0 there); nothing when
        @p year is not in both forecasts. */
    static std::optional<QList<VendorChange>> againstBase(const ForecastInput &scenarioInput,
                                                          const ForecastResult &scenario,
                                                          const ForecastInput &baseInput,
                                                          const ForecastResult &base, Metric metric,
                                                          int year);

    /**
        Every company of @p chain that is not a vendor, by impact, largest first (ties by name,
        then id); a company with no path to a growing vendor is listed with impact 0.

        A vendor's exposure is that of the company carrying its vendor id (summed should two
        companies carry the same one). With @p onlyVendorId only that vendor's change counts
        and every row's driving vendor is that vendor. Otherwise the driving vendor is the one
        with the largest |exposure × change| (ties: larger exposure, then smaller id); a row
        whose terms are all zero names the vendor it is most exposed to, or 0 when none.
    */
    static QList<BenefitRow> rankBenefits(const SupplyChain &chain, const ExposureResult &exposure,
                                          const QList<VendorChange> &changes,
                                          std::optional<int> onlyVendorId = std::nullopt);
};

} // namespace ws
