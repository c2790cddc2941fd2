// SPDX-License-Identifier: MIT
#include "forecastmodel.h"
#include "plaintooltip.h"

#include "core/fieldrange.h"
#include "core/localname.h"
#include "core/packagerules.h"

#include "changedcells.h"
#include "forecastchange.h"
#include "workbook.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace ws {

namespace {

// The yield model and the packaging are stored by name ("negative_binomial", "cowos") and shown
// by their names in the program's language; editing still reads and writes the stored name.
QVariant shownValue(int column, const QVariant &stored)
{
    if (column == ForecastModel::YieldModelColumn) {
        if (const auto model = parseYieldModel(stored.toString()))
            return yieldModelTitle(*model);
    } else if (column == ForecastModel::PackagingColumn) {
        if (const auto packaging = parsePackaging(stored.toString()))
            return packagingTitle(*packaging);
    }
    return stored;
}

// Computed columns stand a shade apart from the editable ones, under a light palette and a
// dark one alike; a value worth a second look is tinted, with dark text that stays readable on it.
QColor derivedBackground()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    return base.lightness() < 128 ? base.lighter(150) : QColor(0xF2, 0xF4, 0xF7);
}
const QColor warningBackground(0xFF, 0xE8, 0xCC);
const QColor warningText(0x4A, 0x2A, 0x00);

} // namespace

ForecastModel::ForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Workbook *ForecastModel::workbook() const
{
    return mWorkbook;
}

void ForecastModel::setWorkbook(Workbook *workbook)
{
    if (mWorkbook == workbook)
        return;
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        connect(mWorkbook, &Workbook::forecastAboutToChange, this,
                &ForecastModel::noteRowsAboutToChange);
        connect(mWorkbook, &Workbook::forecastChangedIn, this, &ForecastModel::forecastChangedIn);
    }
    mRowsBefore.clear();
    refresh();
}

std::optional<AssumptionField> ForecastModel::fieldOf(int column)
{
    switch (column) {
    case UnitsColumn:
        return AssumptionField::Units;
    case DiesPerPackageColumn:
        return AssumptionField::DiesPerPackage;
    case DieAreaColumn:
        return AssumptionField::DieAreaMm2;
    case DefectDensityColumn:
        return AssumptionField::DefectDensity;
    case YieldModelColumn:
        return AssumptionField::YieldModel;
    case YieldAlphaColumn:
        return AssumptionField::YieldAlpha;
    case HarvestFractionColumn:
        return AssumptionField::HarvestFraction;
    case PackagingColumn:
        return AssumptionField::Packaging;
    case InterposerAreaColumn:
        return AssumptionField::InterposerAreaMm2;
    case PackagesPerWaferColumn:
        return AssumptionField::PackagesPerCowosWafer;
    case PackagingYieldColumn:
        return AssumptionField::PackagingYield;
    default:
        return std::nullopt;
    }
}

void ForecastModel::refresh()
{
    const int programs = mWorkbook ? static_cast<int>(mWorkbook->input().programs.size()) : 0;
    const int years = mWorkbook ? static_cast<int>(mWorkbook->input().years.size()) : 0;
    // Each package followed by its die kinds, in the programs' order: the die kinds grouped by
    // package first, in one pass (a pass per package was 100 million steps at 10,000 programs).
    QHash<int, QList<int>> dieKindsOf;
    for (int d = 0; d < programs; ++d) {
        if (const int package = mWorkbook->input().packageIndexOf(d); package >= 0)
            dieKindsOf[package] << d;
    }
    QList<int> order;
    order.reserve(programs);
    for (int p = 0; p < programs; ++p) {
        if (mWorkbook->input().packageIndexOf(p) >= 0)
            continue;
        order << p << dieKindsOf.value(p);
    }
    if (programs != mPrograms || years != mYears || order != mOrder) {
        beginResetModel();
        mPrograms = programs;
        mYears = years;
        mOrder = std::move(order);
        mBlockOf = QList<int>(programs, -1);
        for (int block = 0; block < mOrder.size(); ++block)
            mBlockOf[mOrder.at(block)] = block;
        mDieKindsOf = std::move(dieKindsOf);
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<int> ForecastModel::rowsReachedBy(const ForecastChange &change) const
{
    const ForecastInput &input = mWorkbook->input();
    QList<int> rows;
    const auto add = [&](int programIndex, int yearIndex) {
        if (programIndex >= 0 && programIndex < mBlockOf.size() && mBlockOf.at(programIndex) >= 0)
            rows << mBlockOf.at(programIndex) * mYears + yearIndex;
    };
    for (const ChangedCell &cell : change.cells) {
        add(cell.programIndex, cell.yearIndex);
        if (const int package = input.packageIndexOf(cell.programIndex); package >= 0)
            add(package, cell.yearIndex);
        for (int dieKind : mDieKindsOf.value(cell.programIndex))
            add(dieKind, cell.yearIndex);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

ForecastModel::ShownRow ForecastModel::shownRow(int row) const
{
    ShownRow shown;
    shown.row = row;
    for (int column = 0; column < ColumnCount; ++column) {
        const QModelIndex cell = index(row, column);
        shown.cells[column] = { data(cell, Qt::EditRole), data(cell, OverriddenRole).toBool(),
                                data(cell, WarningRole).toString() };
    }
    return shown;
}

void ForecastModel::noteRowsAboutToChange(const ForecastChange &change)
{
    mRowsBefore.clear();
    // Rows are looked up in the grid as it stands: it must still be the current input's.
    if (!mWorkbook || mPrograms != static_cast<int>(mWorkbook->input().programs.size()) ||
        mYears != static_cast<int>(mWorkbook->input().years.size()))
        return;
    for (int row : rowsReachedBy(change))
        mRowsBefore << shownRow(row);
}

void ForecastModel::forecastChangedIn(const ForecastChange &change)
{
    const QList<ShownRow> before = std::exchange(mRowsBefore, {});
    const ForecastInput *input = mWorkbook ? &mWorkbook->input() : nullptr;
    // Only an edit of cells keeps the rows as they were; anything else is looked at whole.
    if (change.reach != ForecastChange::Reach::Cells || before.isEmpty() || !input ||
        mPrograms != static_cast<int>(input->programs.size()) ||
        mYears != static_cast<int>(input->years.size())) {
        refresh();
        return;
    }
    for (const ShownRow &was : before) {
        const auto [p, y] = cellOf(was.row);
        const ShownRow now = shownRow(was.row);
        std::array<bool, ColumnCount> changed {};
        for (int column = 0; column < ColumnCount; ++column) {
            const ShownCell &a = was.cells[column];
            const ShownCell &b = now.cells[column];
            changed[column] = !sameShownValue(a.value, b.value) || a.overridden != b.overridden ||
                a.warning != b.warning;
        }
        // An edited cell changed even when its value did not: its stored row (note, source)
        // is another, and its tooltip shows it.
        for (const ChangedCell &cell : change.cells) {
            if (cell.programIndex != p || cell.yearIndex != y)
                continue;
            for (int column = 0; column < ColumnCount; ++column) {
                if (fieldOf(column) == cell.field)
                    changed[column] = true;
            }
        }
        // One signal per run of neighbouring changed columns.
        for (int first = 0; first < ColumnCount; ++first) {
            if (!changed[first])
                continue;
            int last = first;
            while (last + 1 < ColumnCount && changed[last + 1])
                ++last;
            Q_EMIT dataChanged(index(was.row, first), index(was.row, last));
            first = last;
        }
    }
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mPrograms * mYears;
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::pair<int, int> ForecastModel::cellOf(int row) const
{
    return { mOrder.value(row / mYears, row / mYears), row % mYears };
}

bool ForecastModel::showsPackageValue(int p, int column) const
{
    if (mWorkbook->input().packageIndexOf(p) < 0)
        return false;
    const auto field = fieldOf(column);
    return column == CowosWafersColumn || (field && PackageRules::isPackageField(*field));
}

QVariant ForecastModel::value(int p, int y, int column) const
{
    const ForecastInput &input = mWorkbook->input();
    if (showsPackageValue(p, column))
        return value(input.packageIndexOf(p), y, column);
    const ProgramYearInputs &in = input.at(p, y);
    const ProgramYearResult &out = mWorkbook->result().program(p, y);
    switch (column) {
    case VendorColumn: {
        const Vendor *vendor = vendorOf(p);
        return vendor ? shownName(*vendor) : QString();
    }
    case ProgramColumn: {
        const QString &name = input.programs.at(p).name;
        const int package = input.packageIndexOf(p);
        if (package < 0)
            return name;
        const QString &packageName = input.programs.at(package).name;
        return name.startsWith(packageName) ? name : tr("%1 · %2").arg(packageName, name);
    }
    case YearColumn:
        return input.years.at(y);
    case UnitsColumn:
        return in.units;
    case DiesPerPackageColumn:
        return in.diesPerPackage;
    case DieAreaColumn:
        return in.dieAreaMm2;
    case DefectDensityColumn:
        return in.defectDensity;
    case YieldModelColumn:
        return yieldModelName(in.yieldModel);
    case YieldAlphaColumn:
        return in.yieldAlpha;
    case HarvestFractionColumn:
        return in.harvestFraction;
    case PackagingColumn:
        return packagingName(in.packaging);
    case InterposerAreaColumn:
        return in.interposerAreaMm2;
    case PackagesPerWaferColumn:
        // Blank where no figure is given: the interposer area is used.
        return in.packagesPerCowosWafer > 0.0 ? QVariant(in.packagesPerCowosWafer) : QVariant();
    case PackagingYieldColumn:
        return in.packagingYield;
    case GrossDiesColumn:
        return out.grossDies;
    case YieldColumn:
        return out.yield;
    case GoodDiesColumn:
        return out.goodDies;
    // The engine needs no wafers where no die is good; the grid shows such a cell as "—" (no
    // value), not as a forecast of zero, until the missing input is filled in.
    case LogicWafersColumn:
        return input.unitsOf(p, y) > 0 && !(out.goodDies > 0) ? QVariant(qQNaN())
                                                              : QVariant(out.logicWafers);
    case CowosWafersColumn: {
        const bool perWafer = out.cowosBasis == CowosBasis::InterposerArea
            ? out.interposersPerWafer > 0
            : out.cowosBasis == CowosBasis::PackagesPerWafer;
        return in.units > 0 && out.cowosBasis != CowosBasis::None &&
                !(perWafer && in.packagingYield > 0)
            ? QVariant(qQNaN())
            : QVariant(out.cowosWafers);
    }
    default:
        return {};
    }
}

QString ForecastModel::toolTip(int p, int y, int column) const
{
    const auto field = fieldOf(column);
    QStringList lines;
    if (field && mWorkbook->isOverridden(p, y, *field)) {
        const auto scenario = mWorkbook->scenario(mWorkbook->scenarioId());
        const auto parent = scenario ? mWorkbook->scenario(scenario->parentId) : std::nullopt;
        lines << tr("%1 overrides this cell; %2 has %3. Right-click to revert.")
                     .arg(mWorkbook->scenarioName(), parent ? parent->name : tr("the parent"),
                          mWorkbook->parentValue(p, y, *field));
    }
    if (field) {
        if (const QString flagged = warning(p, y, field); !flagged.isEmpty())
            lines << flagged;
        const CellProvenance stored = mWorkbook->cellProvenance(
            mWorkbook->input().programs.at(p).id, mWorkbook->input().years.at(y), *field);
        // Plain text: a title or note may hold '<' or '&', which a rich-text tooltip would eat.
        if (stored.sourceId != 0)
            lines << tr("Source: %1").arg(mWorkbook->sourceLabel(stored.sourceId));
        else if (stored.scenarioId != 0)
            lines << tr("No source cited (right-click ▸ Cite Source…)");
        if (!stored.note.isEmpty())
            lines << tr("Note: %1").arg(stored.note);
    }
    switch (column) {
    case GrossDiesColumn:
        lines << tr("Dies per 300 mm wafer: floor(π·R²/S − π·2R/√(2S)), R = 147 mm");
        break;
    case YieldColumn:
        lines << tr("Share of good dies under the chosen yield model");
        break;
    case LogicWafersColumn:
        lines << tr("units × dies per package ÷ (gross dies × yield)");
        break;
    case CowosWafersColumn:
        switch (mWorkbook->result().program(p, y).cowosBasis) {
        case CowosBasis::PackagesPerWafer:
            lines << tr("units ÷ (packages per CoWoS wafer × packaging yield)");
            break;
        case CowosBasis::None:
            lines << tr("No CoWoS: packaging none, or a die kind, whose package holds them");
            break;
        case CowosBasis::InterposerArea:
            lines << tr("units ÷ (interposers per wafer × packaging yield)");
            break;
        }
        break;
    case HarvestFractionColumn:
        lines << tr("The share of defective dies still sold as a lower bin: sellable dies per "
                    "wafer = gross dies × (Y + h × (1 − Y))");
        break;
    case PackagesPerWaferColumn:
        lines << tr("A published packages-per-CoWoS-wafer figure; when given, the interposer "
                    "area is not used. Clear the cell to use the interposer area again.");
        break;
    default:
        break;
    }
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

QString ForecastModel::warning(int p, int y, std::optional<AssumptionField> field) const
{
    return field ? assumptionValueWarning(*field, mWorkbook->cellText(p, y, *field)) : QString();
}

const Vendor *ForecastModel::vendorOf(int p) const
{
    const ForecastInput &input = mWorkbook->input();
    const int vendor = input.programVendorIndex[p];
    return vendor >= 0 ? &input.vendors.at(vendor) : nullptr;
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return {};
    const auto [p, y] = cellOf(index.row());
    const int column = index.column();
    const auto field = fieldOf(column);

    switch (role) {
    case Qt::DisplayRole:
        return shownValue(column, value(p, y, column));
    case Qt::EditRole:
        return value(p, y, column);
    case Qt::TextAlignmentRole:
        return column <= YearColumn || column == YieldModelColumn || column == PackagingColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (field && mWorkbook->isOverridden(p, y, *field)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (!warning(p, y, field).isEmpty())
            return QBrush(warningBackground);
        return isDerived(column) || showsPackageValue(p, column)
            ? QVariant(QBrush(derivedBackground()))
            : QVariant();
    case Qt::ForegroundRole:
        if (!warning(p, y, field).isEmpty())
            return QBrush(warningText);
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(p, y, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ProgramIdRole:
        return mWorkbook->input().programs.at(p).id;
    case YearRole:
        return mWorkbook->input().years.at(y);
    case VendorKeyRole: {
        const Vendor *vendor = vendorOf(p);
        return vendor ? vendor->name : QString();
    }
    case FieldRole:
        return field ? QVariant(static_cast<int>(*field)) : QVariant();
    case OverriddenRole:
        return field ? mWorkbook->isOverridden(p, y, *field) : false;
    case WarningRole:
        return warning(p, y, field);
    default:
        return {};
    }
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::FontRole && isDerived(section)) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole) {
        if (isDerived(section))
            return tr("Computed by the wafer engine (read-only)");
        if (fieldOf(section))
            return tr("Assumption of the current scenario (editable; bold where it overrides "
                      "the parent scenario)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString ForecastModel::fieldTitle(AssumptionField field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldOf(column) == field)
            return columnTitle(column);
    }
    return assumptionFieldName(field);
}

QString ForecastModel::columnTitle(int column)
{
    switch (column) {
    case VendorColumn:
        return tr("Vendor");
    case ProgramColumn:
        return tr("Program");
    case YearColumn:
        return tr("Year");
    case UnitsColumn:
        return tr("Units");
    case DiesPerPackageColumn:
        return tr("Dies / pkg");
    case DieAreaColumn:
        return tr("Die mm²");
    case DefectDensityColumn:
        return tr("D0 /cm²");
    case YieldModelColumn:
        return tr("Yield model");
    case YieldAlphaColumn:
        return tr("α");
    case HarvestFractionColumn:
        return tr("Harvest");
    case PackagingColumn:
        return tr("Packaging");
    case InterposerAreaColumn:
        return tr("Interposer mm²");
    case PackagesPerWaferColumn:
        return tr("Pkgs / CoWoS wafer");
    case PackagingYieldColumn:
        return tr("Pkg yield");
    case GrossDiesColumn:
        return tr("Gross dies");
    case YieldColumn:
        return tr("Yield");
    case GoodDiesColumn:
        return tr("Good dies");
    case LogicWafersColumn:
        return tr("Logic wafers");
    case CowosWafersColumn:
        return tr("CoWoS wafers");
    default:
        return {};
    }
}

Qt::ItemFlags ForecastModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldOf(index.column()) && mWorkbook && !mWorkbook->isReadOnly() &&
        !showsPackageValue(cellOf(index.row()).first, index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ForecastModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    QString text = value.userType() == QMetaType::Double ? canonicalNumberText(value.toDouble())
                                                         : value.toString().trimmed();
    // An emptied packages-per-wafer cell goes back to the interposer area.
    if (text.isEmpty() && acceptsNotGiven(*field))
        text = notGivenText();
    const QString error = mWorkbook->editCell(index.data(ProgramIdRole).toInt(),
                                              index.data(YearRole).toInt(), *field, text);
    if (!error.isEmpty()) {
        refuseEdit(index, error);
        return false;
    }
    const QString warning = assumptionValueWarning(*field, text);
    if (!warning.isEmpty())
        Q_EMIT editWarning(warning);
    return true;
}

QString ForecastModel::cellLabel(const QModelIndex &index) const
{
    return tr("%1 %2, %3")
        .arg(index.siblingAtColumn(ProgramColumn).data().toString())
        .arg(index.data(YearRole).toInt())
        .arg(headerData(index.column(), Qt::Horizontal).toString());
}

void ForecastModel::refuseEdit(const QModelIndex &index, const QString &reason)
{
    Q_EMIT editRefused(tr("%1: %2").arg(cellLabel(index), reason));
}

QString ForecastModel::softLimitWarning(const QModelIndex &index, double value) const
{
    const auto field = fieldOf(index.column());
    if (!mWorkbook || !field || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return mWorkbook->softLimitWarning(index.data(ProgramIdRole).toInt(),
                                       index.data(YearRole).toInt(), *field, value);
}

bool ForecastModel::revert(const QModelIndex &index)
{
    const auto field = fieldOf(index.column());
    if (!mWorkbook || !field)
        return false;
    const QString error = mWorkbook->revertCell(index.data(ProgramIdRole).toInt(),
                                                index.data(YearRole).toInt(), *field);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace ws
