// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ws {

/** One column of a DataTable: its name, what its numbers mean (which decides how a spreadsheet
    shows them) and how CSV prints them. */
struct DataColumn
{
    enum class Kind {
        Text, // text, even when it looks like a number ("1,500", "=SUM(A1)", "007")
        Integer, // a count, a year or an id: no thousands separator
        Number, // any other number
        Wafers, // a number of wafers: thousands separators, no decimals shown
        Percent, // percentage points (12.5 means 12.5 %)
    };

    /** CSV: the decimals a double is printed with; twelveDigits and shortest print it as
        QString::number(value, 'g', 12) and as the shortest text that reads back the same. */
    static constexpr int twelveDigits = -1;
    static constexpr int shortest = -2;

    QString name;
    Kind kind = Kind::Text;
    int decimals = twelveDigits;
};

/** A table with typed cells: a computed result or a table of the workbook as the command line
    prints it and as CsvText and XlsxFile write it, so that the numbers stay numbers until the
    file that shows them decides how. A cell is a null QVariant (missing), a number (int,
    qlonglong, double) or text. */
struct DataTable
{
    QString name;
    QList<DataColumn> columns;
    QList<QVariantList> rows;

    QStringList columnNames() const;
    int columnIndex(const QString &columnName) const;
};

} // namespace ws
