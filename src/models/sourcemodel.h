// SPDX-License-Identifier: MIT
#pragma once

#include "workbooktablemodel.h"

namespace ws {

/** The workbook's sources as an editable table; every edit goes through Workbook::editSource,
    one undoable step each. A title that is a description shows in square brackets, a date at
    its precision; the editors get them as stored, and a date typed takes the precision of its
    form (YYYY-MM-DD, YYYY-MM, YYYY or empty). */
class SourceModel : public WorkbookTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TitleColumn,
        DescriptionColumn, // checked: the title is a description standing in for one
        PublisherColumn,
        PublishedColumn,
        UrlColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole };

    explicit SourceModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The row of the source with @p sourceId, or -1. */
    int rowOfSource(int sourceId) const;

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    int workbookRowCount() const override;
};

} // namespace ws
