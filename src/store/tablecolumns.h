// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

/** How a CSV column is checked before it reaches SQLite. */
struct ColumnSpec
{
    enum class Type { Integer, Real, Text, Color, AssumptionValue };

    QString name;
    Type type = Type::Text;
    bool required = false;
};

/** The columns each table has in CSV form (the same names as in the schema). */
QList<ColumnSpec> csvColumns(const QString &table);

/** The tables with a CSV form, in an order where every reference points at a table before it. */
QStringList csvTableOrder();

} // namespace ws
