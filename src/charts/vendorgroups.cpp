// SPDX-License-Identifier: MIT
#include "vendorgroups.h"

#include "models/chartoptions.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

namespace ws {

namespace {

// The vendor row that stands for every vendor the workbook does not name.
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
    QStringList folded; // the hidden vendors counted in Others, as shown
    int othersPlace = -1; // where Others stands among the groups
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex vendor = model->index(row, 0);
        const QString key = vendor.data(keyRole).toString();
        const QColor color = vendor.data(colorRole).value<QColor>();
        if (key == othersName) {
            others.color = color;
            others.rows << row;
            othersPlace = static_cast<int>(groups.size());
            continue;
        }
        if (!options.hiddenVendors.contains(key)) {
            groups << VendorGroup { key, vendor.data(nameRole).toString(), color, { row } };
        } else if (options.groupSmallVendors) {
            others.rows << row;
            folded << vendor.data(nameRole).toString();
        }
    }
    if (options.hiddenVendors.contains(othersName))
        return groups;
    if (!folded.isEmpty()) {
        others.name = QCoreApplication::translate("ws::VendorGroups", "Others (with %1)")
                          .arg(folded.join(QStringLiteral(", ")));
    }
    if (!others.rows.isEmpty())
        groups.insert(othersPlace >= 0 ? othersPlace : groups.size(), others);
    return groups;
}

} // namespace ws
