// SPDX-License-Identifier: MIT
#include "supplychainanalysis.h"

#include "benefitsmodel.h"
#include "core/impact.h"
#include "core/localname.h"
#include "workbook.h"

namespace ws {

SupplyChainAnalysis::SupplyChainAnalysis(QObject *parent)
    : QObject(parent)
    , mModel(new BenefitsModel(this))
{
}

void SupplyChainAnalysis::setWorkbook(Workbook *workbook)
{
    if (mWorkbook) {
        disconnect(mWorkbook, nullptr, this, nullptr);
        disconnect(mWorkbook->supplyChain(), nullptr, this, nullptr);
    }
    mWorkbook = workbook;
    if (mWorkbook) {
        connect(mWorkbook->supplyChain(), &SupplyChainDocument::changed, this, [this] {
            recomputeExposure();
            recomputeImpact();
        });
        connect(mWorkbook, &Workbook::forecastChanged, this, &SupplyChainAnalysis::recomputeImpact);
    }
    recomputeExposure();
    recomputeImpact();
}

void SupplyChainAnalysis::setSelection(int year, Baseline baseline, int onlyVendorId, Metric metric)
{
    mYear = year;
    mBaseline = baseline;
    mOnlyVendorId = onlyVendorId;
    mMetric = metric;
    recomputeImpact();
}

QList<ExposurePath> SupplyChainAnalysis::paths(int companyId, int vendorCompanyId, int limit) const
{
    if (!mWorkbook)
        return {};
    return ExposureAnalysis(mWorkbook->supplyChain()->chain(), mExposure.depth())
        .paths(companyId, vendorCompanyId, limit);
}

void SupplyChainAnalysis::recomputeExposure()
{
    mExposure = mWorkbook ? ExposureAnalysis(mWorkbook->supplyChain()->chain()).compute()
                          : ExposureResult();
}

void SupplyChainAnalysis::recomputeImpact()
{
    mProblem.clear();
    mRows.clear();
    if (!mWorkbook) {
        mModel->setResult(SupplyChain(), {}, {});
        Q_EMIT changed();
        return;
    }
    const ForecastInput &input = mWorkbook->input();
    std::optional<QList<VendorChange>> changes;
    if (mBaseline == Baseline::PreviousYear) {
        changes = ImpactAnalysis::yearOverYear(input, mWorkbook->result(), mMetric, mYear);
        if (!changes)
            mProblem = tr("%1 has no year before it in the forecast; compare with Base instead.")
                           .arg(mYear);
    } else {
        changes = ImpactAnalysis::againstBase(input, mWorkbook->result(), mWorkbook->rootInput(),
                                              mWorkbook->rootResult(), mMetric, mYear);
        if (!changes)
            mProblem = tr("the forecast has no year %1").arg(mYear);
    }
    QHash<int, QString> vendorNames;
    for (const Vendor &vendor : input.vendors)
        vendorNames.insert(vendor.id, shownName(vendor));
    if (changes) {
        mRows = ImpactAnalysis::rankBenefits(mWorkbook->supplyChain()->chain(), mExposure, *changes,
                                             mOnlyVendorId ? std::optional<int>(mOnlyVendorId)
                                                           : std::nullopt);
    }
    mModel->setResult(mWorkbook->supplyChain()->chain(), mRows, vendorNames);
    Q_EMIT changed();
}

} // namespace ws
