// SPDX-License-Identifier: MIT
#pragma once

#include "workbooktablemodel.h"

namespace ws {

/** The supplier → customer relations as an editable table. Supplier and customer are edited by
    company name (English, Chinese or ticker); every edit goes through
    SupplyChainDocument::editRelation, which refuses a weight outside [0, 1], a self-relation, a
    duplicate or a missing company. */
class RelationModel : public WorkbookTableModel
{
    Q_OBJECT

public:
    enum Column {
        SupplierColumn,
        CustomerColumn,
        KindColumn,
        ProductColumn,
        WeightColumn,
        SourceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { RelationIdRole = Qt::UserRole };

    explicit RelationModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The company whose English or Chinese name or ticker is @p text, or 0. */
    int companyNamed(const QString &text) const;

Q_SIGNALS:
    void editRefused(const QString &message);

protected:
    int workbookRowCount() const override;
    /** The rows of the relations named and of every relation of a company named (its name
        shows in them). */
    std::optional<QList<int>> rowsReachedBy(const SupplyChainChange &change) const override;

private:
    QString companyName(int companyId) const;
};

} // namespace ws
