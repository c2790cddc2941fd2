// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <Qt>

class QAbstractItemModel;

namespace ws {

struct ChartOptions;

/** One series of a vendor chart: a vendor, or the smaller vendors summed as "Others". */
struct VendorGroup
{
    QString name;
    QColor color;
    QList<int> rows; // rows of the vendor model summed into this series
};

/** The series a vendor chart draws from a model whose rows are vendors (name in column 0, colour
    in @p colorRole): the four largest on their own, the rest as one "Others" unless the options
    split it into its members, without the vendors the options hide. The vendor's name is
    column 0's @p nameRole. */
QList<VendorGroup> vendorGroups(const QAbstractItemModel *model, int colorRole,
                                const ChartOptions &options, int nameRole = Qt::DisplayRole);

} // namespace ws
