// SPDX-License-Identifier: MIT
#include "scenariocomparisonmodel.h"
#include "computedforecast.h"
#include "plaintooltip.h"

#include "core/localname.h"
#include "workbook.h"

#include <QColor>
#include <QHash>
#include <QLocale>

namespace ws {

ScenarioComparisonModel::ScenarioComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioComparisonModel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        connect(mWorkbook, &Workbook::forecastChanged, this, &ScenarioComparisonModel::recompute);
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ScenarioComparisonModel::recompute);
    }
    recompute();
}

void ScenarioComparisonModel::setSelection(const QList<int> &scenarioIds, Metric metric, int year)
{
    // Another year or metric is named in every tooltip, whatever the values do.
    const bool renamed = year != mYear || metric != mMetric;
    mRequested = scenarioIds;
    mMetric = metric;
    mYear = year;
    recompute();
    if (renamed)
        signalEverything();
}

QList<int> ScenarioComparisonModel::shownScenarioIds() const
{
    QList<int> ids;
    if (!mWorkbook)
        return ids;
    const int rootId = mWorkbook->rootScenarioId();
    QList<int> wanted = mRequested;
    if (wanted.isEmpty()) {
        wanted << rootId;
        if (mWorkbook->scenarioId() != rootId)
            wanted << mWorkbook->scenarioId();
    }
    for (int id : std::as_const(wanted)) {
        if (mWorkbook->scenario(id))
            ids << id;
    }
    return ids;
}

void ScenarioComparisonModel::recompute()
{
    QStringList vendorKeys;
    if (mWorkbook) {
        for (const Vendor &vendor : mWorkbook->input().vendors)
            vendorKeys << vendor.name;
    }
    if (shownScenarioIds() != mScenarioIds || vendorKeys != mVendorKeys) {
        beginResetModel();
        fill();
        endResetModel();
        return;
    }
    // The same scenarios and vendors computed again: the cells whose share, wafers or
    // difference to the root moved are signalled, compared as held (an edit has one frame).
    const QStringList scenarioNames = mScenarioNames;
    const QStringList vendors = mVendors;
    const std::vector<double> shares = mShares;
    const std::vector<double> wafers = mWafers;
    const std::vector<double> baseShares = mBaseShares;
    fill();
    const int columns = static_cast<int>(mScenarioIds.size());
    if (scenarioNames != mScenarioNames || vendors != mVendors) {
        // Names are in every tooltip and in the headers.
        signalEverything();
        return;
    }
    for (int row = 0; row < rowCount(); ++row) {
        int first = -1;
        for (int column = 0; column <= columns; ++column) {
            const size_t cell = static_cast<size_t>(row) * columns + column;
            const bool changed = column < columns &&
                (shares[cell] != mShares[cell] || wafers[cell] != mWafers[cell] ||
                 baseShares[row] != mBaseShares[row]);
            if (changed && first < 0)
                first = column;
            if (!changed && first >= 0) {
                Q_EMIT dataChanged(index(row, first), index(row, column - 1));
                first = -1;
            }
        }
    }
}

void ScenarioComparisonModel::signalEverything()
{
    const int columns = static_cast<int>(mScenarioIds.size());
    if (rowCount() > 0 && columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
    if (columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void ScenarioComparisonModel::fill()
{
    mScenarioIds.clear();
    mScenarioNames.clear();
    mVendors.clear();
    mVendorKeys.clear();
    mColors.clear();
    mShares.clear();
    mWafers.clear();
    mBaseShares.clear();
    if (mWorkbook) {
        const int rootId = mWorkbook->rootScenarioId();
        const QList<int> wanted = shownScenarioIds();
        // Each scenario resolved and computed once; the open one and the root are already
        // computed.
        QHash<int, ComputedForecast> loaded;
        const auto shareOf = [&](int scenarioId, std::vector<double> *shares,
                                 std::vector<double> *wafers) {
            const bool open = scenarioId == mWorkbook->scenarioId();
            const bool root = scenarioId == rootId;
            if (!open && !root && !loaded.contains(scenarioId))
                loaded.insert(scenarioId, mWorkbook->computeScenario(scenarioId));
            const ForecastInput &input = open ? mWorkbook->input()
                : root                        ? mWorkbook->rootInput()
                                              : loaded[scenarioId].input;
            const ForecastResult &result = open ? mWorkbook->result()
                : root                          ? mWorkbook->rootResult()
                                                : loaded[scenarioId].result;
            const int y = input.yearIndex(mYear);
            for (int v = 0; v < input.vendors.size(); ++v) {
                shares->push_back(y < 0 ? 0.0 : result.sharePercent(mMetric, v, y));
                if (wafers)
                    wafers->push_back(y < 0 ? 0.0 : result.vendorWafers(mMetric, v, y));
            }
        };
        for (const Vendor &vendor : mWorkbook->input().vendors) {
            mVendors << shownName(vendor);
            mVendorKeys << vendor.name;
            mColors << QColor(vendor.color);
        }
        shareOf(rootId, &mBaseShares, nullptr);
        // Computed scenario-major, stored vendor-major for the table.
        std::vector<std::vector<double>> shares, wafers;
        for (int id : wanted) {
            const auto scenario = mWorkbook->scenario(id);
            if (!scenario)
                continue;
            mScenarioIds << id;
            mScenarioNames << scenario->name;
            shares.emplace_back();
            wafers.emplace_back();
            shareOf(id, &shares.back(), &wafers.back());
        }
        for (int v = 0; v < mVendors.size(); ++v) {
            for (size_t s = 0; s < shares.size(); ++s) {
                mShares.push_back(shares[s].at(v));
                mWafers.push_back(wafers[s].at(v));
            }
        }
    }
}

int ScenarioComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mVendors.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mScenarioIds.size());
}

QVariant ScenarioComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t cell = static_cast<size_t>(index.row()) * mScenarioIds.size() + index.column();
    const double share = mShares.at(cell);
    const double difference = share - mBaseShares.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ShareRole:
        return share;
    case WafersRole:
        return mWafers.at(cell);
    case ShareDifferenceRole:
        return difference;
    case ColorRole:
        return mColors.at(index.row());
    case ScenarioIdRole:
        return mScenarioIds.at(index.column());
    case VendorNameRole:
        return mVendors.at(index.row());
    case VendorKeyRole:
        return mVendorKeys.at(index.row());
    case Qt::ToolTipRole: {
        const QLocale locale;
        return plainToolTip(
            tr("%1, %2, %3: %4 % (%5 wafers), %6 points against the root scenario")
                .arg(mVendors.at(index.row()), mScenarioNames.at(index.column()))
                .arg(mYear)
                .arg(locale.toString(share, 'f', 1), locale.toString(mWafers.at(cell), 'f', 0))
                .arg(QString::asprintf("%+.1f", difference)));
    }
    default:
        return {};
    }
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < mScenarioNames.size() ? QVariant(mScenarioNames.at(section)) : QVariant();
    return section < mVendors.size() ? QVariant(mVendors.at(section)) : QVariant();
}

} // namespace ws
