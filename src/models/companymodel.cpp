// SPDX-License-Identifier: MIT
#include "companymodel.h"

#include "supplychainchange.h"
#include "workbook.h"

namespace ws {

CompanyModel::CompanyModel(QObject *parent)
    : WorkbookTableModel(Follows::SupplyChain, ColumnCount, parent)
{
}

int CompanyModel::workbookRowCount() const
{
    return static_cast<int>(mWorkbook->supplyChain()->chain().companies.size());
}

int CompanyModel::rowOf(int companyId) const
{
    return mWorkbook ? mWorkbook->supplyChain()->chain().companyIndex(companyId) : -1;
}

std::optional<QList<int>> CompanyModel::rowsReachedBy(const SupplyChainChange &change) const
{
    QList<int> rows;
    for (int companyId : change.companyIds)
        rows << rowOf(companyId);
    return rows;
}

QVariant CompanyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return {};
    const Company &company = mWorkbook->supplyChain()->chain().companies.at(index.row());
    if (role == CompanyIdRole)
        return company.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return company.name;
    case ChineseNameColumn:
        return company.nameZh;
    case TickerColumn:
        return company.ticker;
    case CountryColumn:
        return company.country;
    case TierColumn:
        return company.tier;
    case RoleColumn:
        return company.role;
    case NoteColumn:
        return company.note;
    }
    return {};
}

QVariant CompanyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Company");
    case ChineseNameColumn:
        return tr("中文");
    case TickerColumn:
        return tr("Ticker");
    case CountryColumn:
        return tr("Country");
    case TierColumn:
        return tr("Tier");
    case RoleColumn:
        return tr("Role");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags CompanyModel::flags(const QModelIndex &index) const
{
    const bool editable = index.isValid() && mWorkbook && !mWorkbook->isReadOnly();
    return QAbstractTableModel::flags(index) | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool CompanyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !mWorkbook)
        return false;
    Company company = mWorkbook->supplyChain()->chain().companies.at(index.row());
    const QString text = value.toString().trimmed();
    QString *field = nullptr;
    switch (index.column()) {
    case NameColumn:
        field = &company.name;
        break;
    case ChineseNameColumn:
        field = &company.nameZh;
        break;
    case TickerColumn:
        field = &company.ticker;
        break;
    case CountryColumn:
        field = &company.country;
        break;
    case TierColumn:
        field = &company.tier;
        break;
    case RoleColumn:
        field = &company.role;
        break;
    case NoteColumn:
        field = &company.note;
        break;
    }
    if (!field || *field == text)
        return false;
    *field = text;
    const QString error = mWorkbook->supplyChain()->editCompany(company);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

} // namespace ws
