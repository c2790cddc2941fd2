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
    QString key; // the English name ("Others" for the group), as in ChartOptions::hiddenVendors
    QString name; // as shown
    QColor color;
    QList<int> rows; // rows of the vendor model summed into this series
};

/** The series a vendor chart draws from a model whose rows are vendors (name in column 0, colour
    in @p colorRole): every vendor the options show (ticked, not in hiddenVendors) on its own.
    A vendor the options hide is counted in "Others" when they group small vendors and Others
    itself is shown, so that shares still add up to 100 %; otherwise it is left out. Column 0's
    @p keyRole identifies the vendor (its English name), and @p nameRole is the name shown. */
QList<VendorGroup> vendorGroups(const QAbstractItemModel *model, int colorRole, int keyRole,
                                const ChartOptions &options, int nameRole = Qt::DisplayRole);

} // namespace ws
