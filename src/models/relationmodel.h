// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ws {

class Workbook;

/** The supplier → customer relations as an editable table. Supplier and customer are edited by
    company name (English, Chinese or ticker); every edit goes through Workbook::editRelation,
    which refuses a weight outside [0, 1], a self-relation, a duplicate or a missing company. */
class RelationModel : public QAbstractTableModel
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

    void setWorkbook(Workbook *workbook);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The company whose English or Chinese name or ticker is @p text, or 0. */
    int companyNamed(const QString &text) const;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void refresh();
    QString companyName(int companyId) const;

    QPointer<Workbook> mWorkbook;
    int mRows = 0;
};

} // namespace ws
