// SPDX-License-Identifier: MIT
#include "benefitsmodel.h"
#include "plaintooltip.h"

#include "core/supplychain.h"

#include <QLocale>

#include <cmath>

namespace ws {

BenefitsModel::BenefitsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BenefitsModel::setResult(const SupplyChain &chain, const QList<BenefitRow> &rows,
                              const QHash<int, QString> &vendorNames)
{
    beginResetModel();
    mLines.clear();
    mLines.reserve(rows.size());
    for (const BenefitRow &row : rows) {
        Line line;
        line.benefit = row;
        if (const Company *company = chain.company(row.companyId)) {
            line.name = company->name;
            line.nameZh = company->nameZh;
            line.ticker = company->ticker;
            line.tier = company->tier;
        }
        line.exposure = row.exposureByVendor.value(row.drivingVendorId, 0.0);
        mLines.append(line);
    }
    mVendorNames = vendorNames;
    endResetModel();
}

void BenefitsModel::clear()
{
    beginResetModel();
    mLines.clear();
    mVendorNames.clear();
    endResetModel();
}

const BenefitRow *BenefitsModel::benefit(int row) const
{
    return row >= 0 && row < mLines.size() ? &mLines[row].benefit : nullptr;
}

QString BenefitsModel::formatImpact(double wafers)
{
    const QLocale locale;
    // Fractions of a wafer only matter for the smallest figures.
    const int decimals = std::abs(wafers) < 9.95 ? 1 : 0;
    const QString text = locale.toString(std::abs(wafers), 'f', decimals);
    if (text == locale.toString(0.0, 'f', decimals))
        return locale.toString(0);
    return (wafers > 0 ? locale.positiveSign() : locale.negativeSign()) + text;
}

int BenefitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mLines.size());
}

int BenefitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenefitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = mLines.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return locale.toString(index.row() + 1);
        case CompanyColumn:
            return line.name;
        case ChineseNameColumn:
            return line.nameZh;
        case TickerColumn:
            return line.ticker;
        case TierColumn:
            return line.tier;
        case ImpactColumn:
            return formatImpact(line.benefit.impact);
        case ExposureColumn:
            return locale.toString(line.exposure, 'f', 3);
        case DrivingVendorColumn:
            return mVendorNames.value(line.benefit.drivingVendorId);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ImpactColumn ||
            index.column() == ExposureColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ImpactColumn && line.benefit.drivingVendorId != 0)
            return plainToolTip(tr("%1 wafers in all; %2 through %3")
                                    .arg(formatImpact(line.benefit.impact),
                                         formatImpact(line.benefit.drivingTerm),
                                         mVendorNames.value(line.benefit.drivingVendorId)));
        return {};
    case CompanyIdRole:
        return line.benefit.companyId;
    case ImpactRole:
        return line.benefit.impact;
    case ExposureRole:
        return line.exposure;
    case DrivingVendorRole:
        return line.benefit.drivingVendorId;
    default:
        return {};
    }
}

QVariant BenefitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ImpactColumn)
            return tr("Wafers' worth of the vendors' change reaching the company: Σ exposure × "
                      "change");
        if (section == ExposureColumn)
            return tr("Σ over supply paths to the driving vendor of the product of the "
                      "relations' weights");
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case CompanyColumn:
        return tr("Company");
    case ChineseNameColumn:
        return tr("中文");
    case TickerColumn:
        return tr("Ticker");
    case TierColumn:
        return tr("Tier");
    case ImpactColumn:
        return tr("Impact");
    case ExposureColumn:
        return tr("Exposure");
    case DrivingVendorColumn:
        return tr("Driven by");
    }
    return {};
}

} // namespace ws
