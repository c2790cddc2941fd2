// SPDX-License-Identifier: MIT
#include "vendorgroups.h"

#include "chartoptions.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace ws {

namespace {

// The vendors the source article splits out; everyone else is "Others" when grouped.
const QStringList majorVendors = { QStringLiteral("Nvidia"), QStringLiteral("Google"),
                                   QStringLiteral("AWS"), QStringLiteral("AMD") };
const QString othersName = QStringLiteral("Others");

} // namespace

QList<VendorGroup> vendorGroups(const QAbstractItemModel *model, int colorRole, int keyRole,
                                const ChartOptions &options, int nameRole)
{
    QList<VendorGroup> groups;
    VendorGroup others;
    others.key = othersName;
    others.name = QCoreApplication::translate("ws::VendorGroups", "Others");
    others.color = QColor(0xB4, 0xB4, 0xB4);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex vendor = model->index(row, 0);
        const QString key = vendor.data(keyRole).toString();
        const QColor color = vendor.data(colorRole).value<QColor>();
        if (options.groupSmallVendors && !majorVendors.contains(key)) {
            if (key == othersName)
                others.color = color;
            others.rows << row;
            continue;
        }
        if (options.hiddenVendors.contains(key))
            continue;
        groups << VendorGroup { key, vendor.data(nameRole).toString(), color, { row } };
    }
    if (!others.rows.isEmpty() && !options.hiddenVendors.contains(othersName))
        groups << others;
    return groups;
}

} // namespace ws
