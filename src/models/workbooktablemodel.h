// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;

/** A table over one part of the open workbook that follows it: rows reset when their number
    changes, every cell reported changed otherwise. Subclasses say how many rows there are and
    serve the cells. */
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
    void refresh();

    QPointer<Workbook> mWorkbook;

private:
    Follows mFollows;
    int mColumns;
    int mRows = 0;
};

} // namespace ws
