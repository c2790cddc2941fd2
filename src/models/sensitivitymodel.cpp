// SPDX-License-Identifier: MIT
#include "sensitivitymodel.h"
#include "plaintooltip.h"

#include "core/forecastinput.h"
#include "core/localname.h"

#include <QLocale>

namespace ws {

SensitivityModel::SensitivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SensitivityModel::setResult(const ForecastInput &input, const QList<SensitivityRow> &rows,
                                 double baseShare, const QString &vendorName, int year,
                                 Metric metric, double stepPercent)
{
    beginResetModel();
    mRows = rows;
    mProgramNames.clear();
    mProgramVendors.clear();
    for (int p = 0; p < input.programs.size(); ++p) {
        mProgramNames << input.programs.at(p).name;
        const int vendor = p < static_cast<int>(input.programVendorIndex.size())
            ? input.programVendorIndex[static_cast<size_t>(p)]
            : -1;
        mProgramVendors << (vendor >= 0 ? shownName(input.vendors.at(vendor)) : QString());
    }
    mBaseShare = baseShare;
    mVendorName = vendorName;
    mYear = year;
    mMetric = metric;
    mStepPercent = stepPercent;
    endResetModel();
}

void SensitivityModel::clear()
{
    beginResetModel();
    mRows.clear();
    mProgramNames.clear();
    mProgramVendors.clear();
    mBaseShare = 0.0;
    mVendorName.clear();
    mYear = 0;
    endResetModel();
}

QString SensitivityModel::fieldLabel(AssumptionField field)
{
    switch (field) {
    case AssumptionField::Units:
        return tr("units");
    case AssumptionField::DiesPerPackage:
        return tr("dies per package");
    case AssumptionField::DieAreaMm2:
        return tr("die area (mm²)");
    case AssumptionField::DefectDensity:
        return tr("defect density (per cm²)");
    case AssumptionField::YieldModel:
        return tr("yield model");
    case AssumptionField::YieldAlpha:
        return tr("yield alpha");
    case AssumptionField::InterposerAreaMm2:
        return tr("interposer area (mm²)");
    case AssumptionField::PackagingYield:
        return tr("packaging yield");
    case AssumptionField::PackagesPerCowosWafer:
        return tr("packages per CoWoS wafer");
    case AssumptionField::Packaging:
        return tr("packaging");
    case AssumptionField::HarvestFraction:
        return tr("harvest fraction");
    }
    return {};
}

int SensitivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(mRows.size());
}

int SensitivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SensitivityModel::programName(const SensitivityRow &row) const
{
    return mProgramNames.value(row.programIndex);
}

QString SensitivityModel::formatValue(AssumptionField field, double value) const
{
    const QLocale locale;
    // Package counts are whole; the other inputs keep the digits the move gave them (2 dies
    // moved by 20 % are 1.6, not 2).
    if (field == AssumptionField::Units)
        return locale.toString(value, 'f', 0);
    return locale.toString(value, 'g', 6);
}

QVariant SensitivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SensitivityRow &row = mRows.at(index.row());
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProgramColumn:
            return programName(row);
        case InputColumn:
            return fieldLabel(row.field);
        case LowValueColumn:
            return formatValue(row.field, row.lowValue);
        case HighValueColumn:
            return formatValue(row.field, row.highValue);
        case LowShareColumn:
            return tr("%1 %").arg(locale.toString(row.lowShare, 'f', 2));
        case HighShareColumn:
            return tr("%1 %").arg(locale.toString(row.highShare, 'f', 2));
        case SwingColumn:
            return (row.swing > 0 ? QStringLiteral("+") : QString()) +
                locale.toString(row.swing, 'f', 2);
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case ProgramColumn:
            return programName(row);
        case InputColumn:
            return fieldLabel(row.field);
        case LowValueColumn:
            return row.lowValue;
        case HighValueColumn:
            return row.highValue;
        case LowShareColumn:
            return row.lowShare;
        case HighShareColumn:
            return row.highShare;
        case SwingColumn:
            return row.swing;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() <= InputColumn)
            return {};
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(row));
    case SwingRole:
        return row.swing;
    case LowShareRole:
        return row.lowShare;
    case HighShareRole:
        return row.highShare;
    case BaseShareRole:
        return mBaseShare;
    case BaseValueRole:
        return row.baseValue;
    case LowValueRole:
        return row.lowValue;
    case HighValueRole:
        return row.highValue;
    case FieldRole:
        return static_cast<int>(row.field);
    case ProgramIndexRole:
        return row.programIndex;
    case LabelRole:
        return tr("%1 · %2").arg(programName(row), fieldLabel(row.field));
    default:
        return {};
    }
}

QString SensitivityModel::toolTip(const SensitivityRow &row) const
{
    const QLocale locale;
    const QString step = locale.toString(mStepPercent, 'g', 6);
    const QString vendor = mProgramVendors.value(row.programIndex);
    const auto share = [&](double value) {
        return locale.toString(value, 'f', 4);
    };
    const QString program =
        vendor.isEmpty() ? programName(row) : tr("%1 (%2)").arg(programName(row), vendor);
    QString text = tr("%1, %2 in %3 → %4's share")
                       .arg(program, fieldLabel(row.field), QString::number(mYear), mVendorName);
    text += QLatin1Char('\n') +
        tr("−%1 %: %2 → %3 %").arg(step, formatValue(row.field, row.lowValue), share(row.lowShare));
    text += QLatin1Char('\n') +
        tr("as modelled: %1 → %2 %").arg(formatValue(row.field, row.baseValue), share(mBaseShare));
    QString high = tr("+%1 %: %2 → %3 %")
                       .arg(step, formatValue(row.field, row.highValue), share(row.highShare));
    if (row.field == AssumptionField::PackagingYield &&
        row.highValue < row.baseValue * (1.0 + mStepPercent / 100.0))
        high += QLatin1Char(' ') + tr("(capped at 1)");
    text += QLatin1Char('\n') + high;
    text += QLatin1Char('\n') +
        tr("swing: %1%2 percentage points")
            .arg(row.swing > 0 ? QStringLiteral("+") : QString(), share(row.swing));
    return text;
}

QVariant SensitivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == SwingColumn)
        return tr("Share at high minus share at low, in percentage points");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProgramColumn:
        return tr("Program");
    case InputColumn:
        return tr("Input");
    case LowValueColumn:
        return tr("Low value");
    case HighValueColumn:
        return tr("High value");
    case LowShareColumn:
        return tr("Share at low");
    case HighShareColumn:
        return tr("Share at high");
    case SwingColumn:
        return tr("Swing");
    }
    return {};
}

} // namespace ws
