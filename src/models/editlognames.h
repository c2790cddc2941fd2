// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws {

/** The names the History page shows for what the edit log stores by its raw names: tables
    ("assumption"), fields ("units", "units:source_id", "name_zh") and the stored names of
    values ("negative_binomial"). An assumption's field is named as the Forecast grid names
    its column; a name not known here is shown as stored. */
class EditLogNames
{
    Q_DECLARE_TR_FUNCTIONS(ws::EditLogNames)

public:
    static QString tableTitle(const QString &table);
    static QString fieldTitle(const QString &table, const QString &field);
    /** @p value as a reader sees it: a yield model or packaging by its name in the program's
        language; anything else as stored. */
    static QString valueText(const QString &table, const QString &field, const QString &value);
};

} // namespace ws
