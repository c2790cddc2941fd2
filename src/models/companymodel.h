// SPDX-License-Identifier: MIT
#pragma once

#include "workbooktablemodel.h"

namespace ws {

/** The companies of the supply chain as an editable table (and, through a QDataWidgetMapper, a
    form). Every edit goes through SupplyChainDocument::editCompany: checked, undoable and
    logged. */
class CompanyModel : public WorkbookTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ChineseNameColumn,
        TickerColumn,
        CountryColumn,
        TierColumn,
        RoleColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { CompanyIdRole = Qt::UserRole };

    explicit CompanyModel(QObject *parent = nullptr);

    /** The row of @p companyId, or -1. */
    int rowOf(int companyId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    int workbookRowCount() const override;
    /** The rows of the companies named: a relation shows in no company's row. */
    std::optional<QList<int>> rowsReachedBy(const SupplyChainChange &change) const override;
};

} // namespace ws
