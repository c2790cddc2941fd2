// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace ws {

/** A company of the supply chain (DESIGN §4): a supplier, a vendor or a customer. */
struct Company
{
    int id = 0;
    QString name;
    QString nameZh;
    QString ticker;
    QString country;
    QString tier; // design, foundry, packaging, substrate, server, network, power, thermal,
                  // cable, rails, vendor, customer
    QString role;
    QString note;
    int vendorId = 0; // the chip vendor this company is, for tier "vendor"; 0 otherwise
};

/** A directed supplier → customer edge; weight is the supplier's dependence on that customer. */
struct Relation
{
    int id = 0;
    int supplierId = 0;
    int customerId = 0;
    QString kind;
    QString product;
    double weight = 0.0;
    int sourceId = 0; // 0: none
    QString note;
};

/** The companies and relations of a workbook, with lookups by id. */
struct SupplyChain
{
    QList<Company> companies;
    QList<Relation> relations;

    /** Index into companies, or -1. Builds its lookup on first use after a change. */
    int companyIndex(int companyId) const;
    const Company *company(int companyId) const;

    // Changes that keep companies and relations in id order, the order the store reads them
    // in, and the lookup by id right.
    /** Puts @p company in the place of its id, replacing the company of that id if any. */
    void putCompany(const Company &company);
    /** Removes the company @p companyId and the relations that have it at either end. */
    void removeCompany(int companyId);
    /** Puts @p relation in the place of its id, replacing the relation of that id if any. */
    void putRelation(const Relation &relation);
    void removeRelation(int relationId);

    /** The tiers in the order the layered layout puts them, suppliers first. */
    static QStringList tierOrder();
    /** The columns of the layered layout: tiers that sit side by side in a chain (the component
        makers that all supply the server makers) share one, so that the graph stays about as
        tall as it is wide. */
    static QList<QStringList> tierColumns();
    /** The column of @p tier in tierColumns(), or -1 for an unknown tier. */
    static int tierColumn(const QString &tier);

private:
    mutable QHash<int, int> mIndexById;
    mutable qsizetype mIndexedCount = -1;
};

} // namespace ws
