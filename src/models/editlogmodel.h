// SPDX-License-Identifier: MIT
#pragma once

#include "core/provenance.h"

#include "rereadingmodel.h"

namespace ws {

/** The audit trail (edit_log), newest first, through a filter by table, field and time. It
    rereads after every change to the workbook (see RereadingModel). */
class EditLogModel : public RereadingModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ByColumn,
        TableColumn,
        RowColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };

    explicit EditLogModel(QObject *parent = nullptr);

    void setFilter(const EditLogFilter &filter);
    EditLogFilter filter() const { return mFilter; }
    /** The line of the audit trail shown in @p row. */
    EditLogEntry entry(int row) const { return mEntries.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void followWorkbook(Workbook *workbook) override;
    void reread() override;

private:
    QString rowLabel(const EditLogEntry &entry) const;

    EditLogFilter mFilter;
    QList<EditLogEntry> mEntries;
};

} // namespace ws
