// SPDX-License-Identifier: MIT
#include "vendorsharemodel.h"
#include "plaintooltip.h"

#include "forecastchange.h"
#include "workbook.h"

#include "core/localname.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace ws {

VendorShareModel::VendorShareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VendorShareModel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook == workbook)
        return;
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        connect(mWorkbook, &Workbook::forecastAboutToChange, this,
                &VendorShareModel::noteYearsAboutToChange);
        connect(mWorkbook, &Workbook::forecastChangedIn, this,
                &VendorShareModel::forecastChangedIn);
    }
    mYearsBefore.clear();
    refresh();
}

void VendorShareModel::noteYearsAboutToChange(const ForecastChange &change)
{
    mYearsBefore.clear();
    mValuesBefore.clear();
    if (!mWorkbook || mVendorCount != static_cast<int>(mWorkbook->input().vendors.size()) ||
        mYears != mWorkbook->input().years)
        return;
    const ForecastResult &result = mWorkbook->result();
    mYearsBefore = change.yearIndexes();
    for (int year : std::as_const(mYearsBefore)) {
        for (int vendor = 0; vendor < mVendorCount; ++vendor)
            mValuesBefore << std::pair { result.sharePercent(mMetric, vendor, year),
                                         result.vendorWafers(mMetric, vendor, year) };
    }
}

void VendorShareModel::forecastChangedIn(const ForecastChange &change)
{
    const QList<int> years = std::exchange(mYearsBefore, {});
    const QList<std::pair<double, double>> before = std::exchange(mValuesBefore, {});
    // An edit of cells leaves the vendors and years as they were; only their sums move.
    if (change.reach != ForecastChange::Reach::Cells || years.isEmpty() || !mWorkbook ||
        mVendorCount != static_cast<int>(mWorkbook->input().vendors.size()) ||
        mYears != mWorkbook->input().years) {
        refresh();
        return;
    }
    const auto same = [](double a, double b) {
        return a == b || (std::isnan(a) && std::isnan(b));
    };
    const ForecastResult &result = mWorkbook->result();
    for (int i = 0; i < years.size(); ++i) {
        const int year = years.at(i);
        const int column = year + 1;
        // One signal per run of neighbouring vendors whose share or wafers moved.
        int first = -1;
        for (int vendor = 0; vendor <= mVendorCount; ++vendor) {
            bool changed = false;
            if (vendor < mVendorCount) {
                const auto &[share, wafers] = before.at(i * mVendorCount + vendor);
                changed = !same(share, result.sharePercent(mMetric, vendor, year)) ||
                    !same(wafers, result.vendorWafers(mMetric, vendor, year));
            }
            if (changed && first < 0)
                first = vendor;
            if (!changed && first >= 0) {
                Q_EMIT dataChanged(index(first, column), index(vendor - 1, column));
                first = -1;
            }
        }
    }
}

Workbook *VendorShareModel::workbook() const
{
    return mWorkbook;
}

void VendorShareModel::setMetric(Metric metric)
{
    if (metric == mMetric)
        return;
    mMetric = metric;
    refresh();
}

int VendorShareModel::columnForYear(int year) const
{
    const int index = mYears.indexOf(year);
    return index < 0 ? -1 : index + 1;
}

void VendorShareModel::refresh()
{
    const QList<int> years = mWorkbook ? mWorkbook->input().years : QList<int>();
    const int vendorCount = mWorkbook ? static_cast<int>(mWorkbook->input().vendors.size()) : 0;
    if (years != mYears || vendorCount != mVendorCount) {
        beginResetModel();
        mYears = years;
        mVendorCount = vendorCount;
        endResetModel();
        return;
    }
    if (mVendorCount > 0) {
        Q_EMIT dataChanged(index(0, 0), index(mVendorCount - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

int VendorShareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mVendorCount;
}

int VendorShareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(mYears.size());
}

QVariant VendorShareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return {};
    const auto &vendor = mWorkbook->input().vendors.at(index.row());
    const int yearIndex = index.column() - 1;

    switch (role) {
    case Qt::DisplayRole:
        if (yearIndex < 0)
            return shownName(vendor);
        return mWorkbook->result().sharePercent(mMetric, index.row(), yearIndex);
    case Qt::ToolTipRole:
        return plainToolTip(yearIndex < 0 ? otherName(vendor.name, vendor.nameZh)
                                          : toolTip(index.row(), yearIndex));
    case Qt::DecorationRole:
        return yearIndex < 0 ? QVariant(QColor(vendor.color)) : QVariant();
    case Qt::TextAlignmentRole:
        return yearIndex < 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ColorRole:
        return QColor(vendor.color);
    case VendorIdRole:
        return vendor.id;
    case VendorKeyRole:
        return vendor.name;
    case WafersRole:
        if (yearIndex < 0)
            return {};
        return mWorkbook->result().vendorWafers(mMetric, index.row(), yearIndex);
    case ReportedShareRole:
        if (yearIndex < 0)
            return {};
        if (auto share = mWorkbook->reportedShare(mMetric, vendor.id, mYears.at(yearIndex)))
            return *share;
        return {};
    case YearRole:
        return yearIndex < 0 ? QVariant() : QVariant(mYears.at(yearIndex));
    case ReportedSourceRole: {
        if (yearIndex < 0)
            return {};
        const auto value = mWorkbook->reportedShareValue(mMetric, vendor.id, mYears.at(yearIndex));
        if (!value)
            return {};
        const QString date = mWorkbook->shownSourceDate(value->sourceId);
        const QString title = mWorkbook->sourceTitles().value(value->sourceId);
        return date.isEmpty() ? title : tr("%1 (%2)").arg(title, date);
    }
    default:
        return {};
    }
}

QString VendorShareModel::toolTip(int vendorIndex, int yearIndex) const
{
    const auto &vendor = mWorkbook->input().vendors.at(vendorIndex);
    const int year = mYears.at(yearIndex);
    const QLocale locale;
    QString text =
        tr("%1, %2: %3 % of %4 (%5 wafers)")
            .arg(shownName(vendor))
            .arg(year)
            .arg(locale.toString(mWorkbook->result().sharePercent(mMetric, vendorIndex, yearIndex),
                                 'f', 1))
            .arg(mMetric == Metric::ComputeWafers        ? tr("AI compute wafers")
                     : mMetric == Metric::AllLogicWafers ? tr("all logic wafers")
                                                         : tr("CoWoS wafers"))
            .arg(locale.toString(mWorkbook->result().vendorWafers(mMetric, vendorIndex, yearIndex),
                                 'f', 0));
    if (auto reported = mWorkbook->reportedShare(mMetric, vendor.id, year))
        text += QLatin1Char('\n') + tr("Published: %1 %").arg(locale.toString(*reported, 'g', 4));
    return text;
}

QVariant VendorShareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Vendor");
    if (section - 1 < mYears.size())
        return QString::number(mYears.at(section - 1));
    return {};
}

} // namespace ws
