// SPDX-License-Identifier: MIT
#pragma once

#include "core/exposure.h"
#include "core/impact.h"
#include "core/metric.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ws {

class BenefitsModel;
class Workbook;

/** Who benefits under the current scenario: exposures of every company to every vendor
    (recomputed when the supply chain changes) and the impact ranking (recomputed on every
    forecast change too), served through a BenefitsModel. */
class SupplyChainAnalysis : public QObject
{
    Q_OBJECT

public:
    enum class Baseline { PreviousYear, RootScenario };

    explicit SupplyChainAnalysis(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    void setSelection(int year, Baseline baseline, int onlyVendorId, Metric metric);

    int year() const { return mYear; }
    Baseline baseline() const { return mBaseline; }
    int onlyVendorId() const { return mOnlyVendorId; }

    BenefitsModel *model() const { return mModel; }
    const ExposureResult &exposure() const { return mExposure; }
    const QList<BenefitRow> &rows() const { return mRows; }
    /** Why no ranking could be made (a year without a year before it…); empty when fine. */
    QString problem() const { return mProblem; }
    /** Paths behind a company's exposure to a vendor company, strongest first. */
    QList<ExposurePath> paths(int companyId, int vendorCompanyId, int limit = 5) const;

Q_SIGNALS:
    void changed();

private:
    void recomputeExposure();
    void recomputeImpact();

    QPointer<Workbook> mWorkbook;
    BenefitsModel *mModel = nullptr;
    ExposureResult mExposure;
    QList<BenefitRow> mRows;
    int mYear = 2026;
    Baseline mBaseline = Baseline::PreviousYear;
    int mOnlyVendorId = 0;
    Metric mMetric = Metric::ComputeWafers;
    QString mProblem;
};

} // namespace ws
