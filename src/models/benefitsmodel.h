// SPDX-License-Identifier: MIT
#pragma once

#include "core/impact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

namespace ws {

struct SupplyChain;

/** The "who benefits" table (DESIGN §4): companies ranked by the wafers' worth of business a
    scenario brings them through the supply chain, with their exposure to the vendor that
    drives it. Display text is rounded for reading; the roles give the exact numbers. */
class BenefitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        CompanyColumn,
        ChineseNameColumn,
        TickerColumn,
        TierColumn,
        ImpactColumn,
        ExposureColumn,
        DrivingVendorColumn,
        ColumnCount
    };

    enum Role {
        CompanyIdRole = Qt::UserRole, // int
        ImpactRole, // double: wafers
        ExposureRole, // double: exposure to the driving vendor
        DrivingVendorRole, // int: vendor id, 0 when none
    };

    explicit BenefitsModel(QObject *parent = nullptr);

    /** Replaces the rows, in the order given (ImpactAnalysis::rankBenefits ranks them).
        @p chain names the companies; @p vendorNames maps vendor ids to the names shown. */
    void setResult(const SupplyChain &chain, const QList<BenefitRow> &rows,
                   const QHash<int, QString> &vendorNames);
    void clear();

    const BenefitRow *benefit(int row) const;

    /** "+31,500", "-2.5", "0" (in the locale's digits and signs): whole wafers unless the figure is
     * under ten, signed. */
    static QString formatImpact(double wafers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        BenefitRow benefit;
        QString name;
        QString nameZh;
        QString ticker;
        QString tier;
        double exposure = 0.0; // to the driving vendor
    };

    QList<Line> mLines;
    QHash<int, QString> mVendorNames;
};

} // namespace ws
