// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** How a CSV column is checked before it reaches SQLite. */
struct ColumnSpec
{
    enum class Type {
        Integer,
        Real,
        Text,
        Color,
        AssumptionValue,
        IdList // ids separated by ';', kept in a link table rather than in a column
    };

    QString name;
    Type type = Type::Text;
    bool required = false;
    QString references; // the table whose id this column holds (each id, for an IdList)
    bool emptyIsText = false; // an empty field is stored as '' (a NOT NULL column), not NULL
};

/** The columns each table has in CSV form (the same names as in the schema). */
QList<ColumnSpec> csvColumns(const QString &table);

/** The tables with a CSV form, in an order where every reference points at a table before it. */
QStringList csvTableOrder();

/** The columns that identify a row of @p table, so that importing a row that is already there
    updates it rather than adding a second one: `id`, or the assumption's cell key. */
QStringList csvKeyColumns(const QString &table);

} // namespace ws
