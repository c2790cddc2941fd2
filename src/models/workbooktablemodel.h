// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace ws {

class Workbook;
struct SupplyChainChange;

/** A table over one part of the open workbook that follows it: rows reset when their number
    changes; otherwise only the cells that show something else are reported changed, found by
    comparing with what the table showed before (its tables are small: years, companies,
    sources). Subclasses say how many rows there are and serve the cells. */
class WorkbookTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Which of the workbook's signals changes the table. */
    enum class Follows { Forecast, SupplyChain, Sources };

    void setWorkbook(Workbook *workbook);
    Workbook *workbook() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    WorkbookTableModel(Follows follows, int columns, QObject *parent);

    /** The rows the workbook holds now. */
    virtual int workbookRowCount() const = 0;
    /** The roles compared to find the changed cells; the default covers the Qt roles a view
        shows and the first few custom ones. */
    virtual QList<int> comparedRoles() const;
    /** The rows whose cells a supply-chain change of the companies and relations @p change
        names can alter, in the table as it is after it; nullopt (the default) for all. */
    virtual std::optional<QList<int>> rowsReachedBy(const SupplyChainChange &change) const;
    void refresh();

    QPointer<Workbook> mWorkbook;

private:
    /** Compares only the rows @p change reaches when it names them and rows neither come nor
        go; otherwise refresh(). */
    void supplyChainChangedIn(const SupplyChainChange &change);

    Follows mFollows;
    int mColumns;
    int mRows = 0;
    QList<QVariant> mShown; // what every cell showed at the last refresh (shownCells())
};

} // namespace ws
