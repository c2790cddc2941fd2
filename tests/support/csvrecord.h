// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ws::test {

/** The fields of one CSV record as a command prints it (RFC 4180: a quoted field may hold
    commas and doubled quotes). Independent of the program's own CSV reader, so that a test
    reading a command's output does not trust the code it checks. */
inline QStringList csvFields(const QString &line)
{
    QStringList result;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            result << field;
            field.clear();
        } else {
            field += c;
        }
    }
    result << field;
    return result;
}

} // namespace ws::test
