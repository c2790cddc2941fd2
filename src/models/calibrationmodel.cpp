// SPDX-License-Identifier: MIT
#include "calibrationmodel.h"
#include "plaintooltip.h"

#include "core/metric.h"

#include <QLocale>

#include <cmath>
#include <utility>

namespace ws {

CalibrationModel::CalibrationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationModel::setRows(const QList<CalibrationRow> &rows, const QStringList &vendorNames,
                               const QHash<int, QString> &sourceTitles)
{
    if (rows.size() != mRows.size()) {
        beginResetModel();
        mRows = rows;
        mVendorNames = vendorNames;
        mSourceTitles = sourceTitles;
        endResetModel();
        return;
    }
    // The same published figures compared again (an edit moved the modelled side): only the
    // figures that show something else are signalled, each row whole (its values are roles of
    // every column). The rows are compared as they are held, not as they are shown: an edit
    // has the budget of one frame.
    const auto same = [](const CalibrationRow &a, const CalibrationRow &b) {
        return a.vendorIndex == b.vendorIndex && a.year == b.year && a.metric == b.metric &&
            a.reported == b.reported && a.modelled == b.modelled && a.residual == b.residual &&
            a.sourceId == b.sourceId && a.vintage == b.vintage && a.scope == b.scope &&
            a.residualPercent == b.residualPercent && a.reportedId == b.reportedId;
    };
    const bool namesChanged = vendorNames != mVendorNames || sourceTitles != mSourceTitles;
    const QList<CalibrationRow> before = std::exchange(mRows, rows);
    mVendorNames = vendorNames;
    mSourceTitles = sourceTitles;
    if (namesChanged && !mRows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (int row = 0; row < mRows.size(); ++row) {
        if (!same(before.at(row), mRows.at(row)))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int CalibrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mRows.size());
}

int CalibrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalibrationModel::sourceTitle(int sourceId) const
{
    const auto found = mSourceTitles.constFind(sourceId);
    if (found != mSourceTitles.constEnd())
        return *found;
    return tr("source %1").arg(sourceId);
}

QString CalibrationModel::displayText(const CalibrationRow &row, int column) const
{
    const QLocale locale;
    const bool share = isReportedShareMetric(row.metric);
    // Shares to a tenth of a point, counts of wafers and packages whole: finer digits would
    // claim a precision the published figures do not have.
    const int decimals = share ? 1 : 0;
    const auto number = [&](double value) {
        return locale.toString(value, 'f', decimals) + (share ? QStringLiteral(" %") : QString());
    };

    switch (column) {
    case VendorColumn:
        return row.vendorIndex < 0 ? tr("All vendors") : mVendorNames.value(row.vendorIndex);
    case YearColumn:
        return QString::number(row.year);
    case MetricColumn:
        if (row.metric == reportedShareMetric(Metric::ComputeWafers))
            return tr("Compute-wafer share");
        if (row.metric == reportedShareMetric(Metric::CowosWafers))
            return tr("CoWoS share");
        if (row.metric == metricName(Metric::ComputeWafers))
            return tr("Compute wafers");
        if (row.metric == metricName(Metric::CowosWafers))
            return tr("CoWoS wafers");
        if (row.metric == QLatin1String("units"))
            return tr("Units");
        return row.metric;
    case ScopeColumn:
        return row.scope.isEmpty() ? tr("Total") : row.scope;
    case VintageColumn:
        return row.vintage;
    case ReportedColumn:
        return number(row.reported);
    case ModelledColumn:
        return number(row.modelled);
    case ResidualColumn: {
        // A share's residual is a difference of percentages: percentage points, not percent.
        // Rounded first, so that a residual that shows as zero carries no sign.
        const double scale = std::pow(10.0, decimals);
        const double rounded = std::round(row.residual * scale) / scale;
        QString text = locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals);
        if (rounded > 0.0)
            text.prepend(locale.positiveSign());
        return share ? tr("%1 pp").arg(text) : text;
    }
    case ResidualPercentColumn: {
        if (!row.residualPercent)
            return {};
        const double rounded = std::round(*row.residualPercent * 10.0) / 10.0;
        QString text = locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 1);
        if (rounded > 0.0)
            text.prepend(locale.positiveSign());
        return text + QStringLiteral(" %");
    }
    case SourceColumn:
        return sourceTitle(row.sourceId);
    default:
        return {};
    }
}

QVariant CalibrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CalibrationRow &row = mRows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == SourceColumn ? QVariant(plainToolTip(sourceTitle(row.sourceId)))
                                              : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= ReportedColumn && index.column() <= ResidualPercentColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ReportedRole:
        return row.reported;
    case ModelledRole:
        return row.modelled;
    case ResidualRole:
        return row.residual;
    case SourceIdRole:
        return row.sourceId;
    case MetricRole:
        return row.metric;
    case KindRole:
        return isReportedShareMetric(row.metric) ? QStringLiteral("share")
                                                 : QStringLiteral("volume");
    case ResidualPercentRole:
        return row.residualPercent ? QVariant(*row.residualPercent) : QVariant();
    case VintageRole:
        return row.vintage;
    default:
        return {};
    }
}

QVariant CalibrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case YearColumn:
        return tr("Year");
    case MetricColumn:
        return tr("Metric");
    case ScopeColumn:
        return tr("Scope");
    case VintageColumn:
        return tr("Vintage");
    case ReportedColumn:
        return tr("Reported");
    case ModelledColumn:
        return tr("Modelled");
    case ResidualColumn:
        return tr("Residual");
    case ResidualPercentColumn:
        return tr("Residual %");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace ws
