// SPDX-License-Identifier: MIT
#include "relationmodel.h"

#include "supplychainchange.h"
#include "workbook.h"

#include <QLocale>

namespace ws {

RelationModel::RelationModel(QObject *parent)
    : WorkbookTableModel(Follows::SupplyChain, ColumnCount, parent)
{
}

int RelationModel::workbookRowCount() const
{
    return static_cast<int>(mWorkbook->supplyChain()->chain().relations.size());
}

QString RelationModel::companyName(int companyId) const
{
    const Company *company = mWorkbook->supplyChain()->chain().company(companyId);
    return company ? company->name : tr("(missing %1)").arg(companyId);
}

int RelationModel::companyNamed(const QString &text) const
{
    if (!mWorkbook)
        return 0;
    const QString wanted = text.trimmed();
    for (const Company &company : mWorkbook->supplyChain()->chain().companies) {
        if (company.name.compare(wanted, Qt::CaseInsensitive) == 0 || company.nameZh == wanted ||
            (!company.ticker.isEmpty() && company.ticker.compare(wanted, Qt::CaseInsensitive) == 0))
            return company.id;
    }
    return 0;
}

std::optional<QList<int>> RelationModel::rowsReachedBy(const SupplyChainChange &change) const
{
    QList<int> rows;
    const QList<Relation> &relations = mWorkbook->supplyChain()->chain().relations;
    for (int row = 0; row < relations.size(); ++row) {
        const Relation &relation = relations.at(row);
        if (change.relationIds.contains(relation.id) ||
            change.companyIds.contains(relation.supplierId) ||
            change.companyIds.contains(relation.customerId))
            rows << row;
    }
    return rows;
}

QVariant RelationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return {};
    const Relation &relation = mWorkbook->supplyChain()->chain().relations.at(index.row());
    if (role == RelationIdRole)
        return relation.id;
    if (role == Qt::TextAlignmentRole && index.column() == WeightColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SupplierColumn:
        return companyName(relation.supplierId);
    case CustomerColumn:
        return companyName(relation.customerId);
    case KindColumn:
        return relation.kind;
    case ProductColumn:
        return relation.product;
    case WeightColumn:
        return role == Qt::EditRole ? QVariant(relation.weight)
                                    : QVariant(QLocale().toString(relation.weight, 'f', 3));
    case SourceColumn:
        // The editor picks a source by id; the table shows its title.
        if (role == Qt::EditRole)
            return relation.sourceId;
        return relation.sourceId ? mWorkbook->sourceTitles().value(relation.sourceId) : QString();
    case NoteColumn:
        return relation.note;
    }
    return {};
}

QVariant RelationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SupplierColumn:
        return tr("Supplier");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Kind");
    case ProductColumn:
        return tr("Product");
    case WeightColumn:
        return tr("Weight");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags RelationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && mWorkbook && !mWorkbook->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RelationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return false;
    Relation relation = mWorkbook->supplyChain()->chain().relations.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case SupplierColumn:
    case CustomerColumn: {
        const int company = companyNamed(text);
        if (!company) {
            Q_EMIT editRefused(tr("there is no company named '%1'.").arg(text));
            return false;
        }
        (index.column() == SupplierColumn ? relation.supplierId : relation.customerId) = company;
        break;
    }
    case KindColumn:
        relation.kind = text;
        break;
    case ProductColumn:
        relation.product = text;
        break;
    case WeightColumn: {
        bool ok = false;
        const double weight = value.userType() == QMetaType::Double ? value.toDouble()
                                                                    : QLocale().toDouble(text, &ok);
        if (value.userType() != QMetaType::Double && !ok) {
            Q_EMIT editRefused(tr("'%1' is not a number; a weight is from 0 to 1.").arg(text));
            return false;
        }
        relation.weight = weight;
        break;
    }
    case NoteColumn:
        relation.note = text;
        break;
    case SourceColumn: {
        bool isId = false;
        const int id = value.toInt(&isId);
        if (!isId || (id != 0 && !mWorkbook->source(id))) {
            Q_EMIT editRefused(tr("'%1' is not the id of a source.").arg(text));
            return false;
        }
        relation.sourceId = id;
        break;
    }
    default:
        return false;
    }
    const QString error = mWorkbook->supplyChain()->editRelation(relation);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace ws
