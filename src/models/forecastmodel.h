// SPDX-License-Identifier: MIT
#pragma once

#include "core/assumptionfield.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <array>
#include <optional>
#include <utility>

namespace ws {

class Workbook;
struct ForecastChange;
struct Vendor;

/** The assumption grid: one row per chip program and year, the editable inputs of the current
    scenario, then the engine's derived columns. A package's die kinds follow it, named
    "package · die kind"; their units and CoWoS cells show the package's values, read-only. An edit
   goes through Workbook::editCell, so it is validated, undoable and on disk before the grid shows
   it. */
class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VendorColumn,
        ProgramColumn,
        YearColumn,
        UnitsColumn,
        DiesPerPackageColumn,
        DieAreaColumn,
        DefectDensityColumn,
        YieldModelColumn,
        YieldAlphaColumn,
        HarvestFractionColumn,
        PackagingColumn,
        InterposerAreaColumn,
        PackagesPerWaferColumn,
        PackagingYieldColumn,
        GrossDiesColumn,
        YieldColumn,
        GoodDiesColumn,
        LogicWafersColumn,
        CowosWafersColumn,
        ColumnCount
    };

    enum Role {
        ProgramIdRole = Qt::UserRole, // int
        YearRole, // int
        VendorKeyRole, // QString: the English name, which the vendor filter matches
        FieldRole, // int (AssumptionField) for input columns, else invalid
        OverriddenRole, // bool: the scenario stores this cell itself
        WarningRole, // QString: an allowed value worth a second look
    };

    explicit ForecastModel(QObject *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const;

    /** The assumption an input column edits; nullopt for the other columns. */
    static std::optional<AssumptionField> fieldOf(int column);
    /** The heading of @p column, in the program's language. */
    static QString columnTitle(int column);
    /** The name the grid gives @p field (its column's heading), for every place that names an
        assumption to a reader, such as the History page. */
    static QString fieldTitle(AssumptionField field);
    static bool isDerived(int column) { return column >= GrossDiesColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** Reverts an overridden cell to the parent scenario's value (one undoable step). */
    bool revert(const QModelIndex &index);

    /** The question to ask before @p value goes into the cell at @p index: far (×10) from the
        year before or the parent scenario (Workbook::softLimitWarning); empty when none. */
    QString softLimitWarning(const QModelIndex &index, double value) const;
    /** Reports a value refused before it reached setData() (text that is no number), through
        editRefused with the cell's program, year and column like every other refusal. */
    void refuseEdit(const QModelIndex &index, const QString &reason);
    /** "Trainium3 2026, Units": the cell as a message names it. */
    QString cellLabel(const QModelIndex &index) const;

Q_SIGNALS:
    /** An edit was refused; @p message says what is allowed. The cell keeps its value. */
    void editRefused(const QString &message);
    /** An edit was accepted with a warning (e.g. a die above the reticle limit). */
    void editWarning(const QString &message);

private:
    /** What a view of one cell shows that an edit can change: its value, its bold (override)
        and its tint (warning). */
    struct ShownCell
    {
        QVariant value;
        bool overridden = false;
        QString warning;
    };
    struct ShownRow
    {
        int row = 0;
        std::array<ShownCell, ColumnCount> cells;
    };

    void refresh();
    /** Notes what the rows an edit of @p change can reach show, before it is applied. */
    void noteRowsAboutToChange(const ForecastChange &change);
    /** Signals the cells that differ from what noteRowsAboutToChange() noted, or everything
        (refresh()) when @p change reached further than cells. */
    void forecastChangedIn(const ForecastChange &change);
    /** The rows whose values can follow the cells of @p change: each edited program-year, the
        die kinds of an edited package (they show its units and CoWoS) and the package of an
        edited die kind, each once, ascending. */
    QList<int> rowsReachedBy(const ForecastChange &change) const;
    ShownRow shownRow(int row) const;
    /** The program index and year index shown in @p row. */
    std::pair<int, int> cellOf(int row) const;
    /** Whether @p column of the program at @p programIndex shows its package's value. */
    bool showsPackageValue(int programIndex, int column) const;
    QVariant value(int programIndex, int yearIndex, int column) const;
    QString toolTip(int programIndex, int yearIndex, int column) const;
    /** assumptionValueWarning() of the cell; empty for a computed column. */
    QString warning(int programIndex, int yearIndex, std::optional<AssumptionField> field) const;
    /** The vendor of a program, or nullptr when it has none. */
    const Vendor *vendorOf(int programIndex) const;

    QPointer<Workbook> mWorkbook;
    QList<int> mOrder; // program indexes in row order: each package, then its die kinds
    QList<int> mBlockOf; // program index -> its block of rows (mOrder's inverse)
    QHash<int, QList<int>> mDieKindsOf; // package index -> the indexes of its die kinds
    QList<ShownRow> mRowsBefore; // noted by noteRowsAboutToChange() for the change under way
    int mPrograms = 0;
    int mYears = 0;
};

} // namespace ws
