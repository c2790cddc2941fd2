// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <map>

namespace ws {

class ExposureResult;
struct BenefitRow;
struct SupplyChain;
struct Vendor;

/** The computed figures a GraphML export carries beside the graph: each company's exposure to
    every vendor and its impact under one scenario and year, as the "who benefits" ranking
    (ImpactAnalysis::rankBenefits) found them. */
struct GraphMetrics
{
    struct VendorColumn
    {
        QString key; // "exposure_nvidia": a GraphML key id, unique among the columns
        QString vendorName;
        int vendorId = 0;
    };

    QList<VendorColumn> vendors; // in the forecast's vendor order
    std::map<int, QList<double>> exposure; // company id → one value per vendor column
    std::map<int, double> impact; // company id → wafers; vendors and unranked companies have none
    QString scenario; // what the impact is for
    int year = 0;

    /** A company's exposure to a vendor is the sum of its exposures to the companies carrying
        that vendor's id (ImpactAnalysis::rankBenefits counts it so). */
    static GraphMetrics compute(const SupplyChain &chain, const QList<Vendor> &vendors,
                                const ExposureResult &exposure, const QList<BenefitRow> &rows,
                                const QString &scenario, int year);

    /** "exposure_" and the vendor's name in lower-case letters, digits and underscores
        ("AWS" → "exposure_aws"); "exposure_vendor<id>" when that is empty or in @p taken, with
        underscores added while that is taken too. */
    static QString exposureKey(const Vendor &vendor, const QStringList &taken);
};

} // namespace ws
