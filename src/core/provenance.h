// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ws {

/** Whether a source's title is the publication's own or a description standing in for it (a
    page whose title was not recorded); reference lists print a description in square brackets. */
enum class TitleKind { Title, Description };

/** How much of a source's date is known: "2025-02-21" (day), "2025-11" (month), "2025" (year),
    or none. A date is never stated more exactly than its precision. */
enum class DatePrecision { Day, Month, Year, Unknown };

/** Where a number came from: an article, a report, an analyst's note. */
struct Source
{
    int id = 0;
    QString title;
    QString publisher;
    QString url;
    QString publishedOn; // as written: "2025-11" or "2025-02-21"; empty when unknown
    QString note;
    TitleKind titleKind = TitleKind::Title;
    DatePrecision datePrecision = DatePrecision::Unknown;
};

/** The stored row behind an assumption cell as a scenario sees it: which scenario stores it
    (the scenario itself or an ancestor), the source it cites and its note. */
struct CellProvenance
{
    int scenarioId = 0;
    int sourceId = 0; // 0: no source
    QString note;
};

/** A number in the workbook that cites no source. */
struct UnsourcedNumber
{
    QString table; // "assumption" or "relation"
    QString description; // "Base · Trainium3 · 2026 · units"
    QString value;
    QString field; // an assumption's stored field name ("units"); empty for a relation
};

/** One line of the audit trail (edit_log). */
struct EditLogEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString table;
    QString rowKey;
    QString field;
    QVariant oldValue; // null: the row or cell did not exist
    QVariant newValue; // null: it was removed
    QString changedBy; // the server role, or the user's login name on a file; empty: unknown
};

/** Which lines of the audit trail to show; empty or invalid members do not filter. */
struct EditLogFilter
{
    QString table;
    QString field;
    QDateTime from;
    QDateTime to;
    QStringList rowKeys; // any of these rows; empty: every row
    QString changedBy; // changes by this user only
};

} // namespace ws
