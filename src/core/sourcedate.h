// SPDX-License-Identifier: MIT
#pragma once

#include "provenance.h"

#include <QString>

#include <optional>

namespace ws {

/** The rules for a source's publication date and its precision, one place for the store's
    migration, every import, the editors and every place that shows a date: a date is written
    as ISO 8601 cut to its precision ("2025-02-21", "2025-11", "2025", or empty) and shown
    at that precision ("21 February 2025", "November 2025", "2025", "date unknown"), so that no
    day or month is ever implied that the source does not give. */
namespace SourceDate {

/** "day", "month", "year" or "unknown": the words stored in source.date_precision. */
QString precisionName(DatePrecision precision);
std::optional<DatePrecision> parsePrecision(const QString &name);

/** The precision that the form of @p date states: a calendar day YYYY-MM-DD, a month YYYY-MM,
    a year YYYY, or unknown when empty. No value when @p date is none of these (text such as
    "about 2025", or a day that is not in the calendar). */
std::optional<DatePrecision> precisionOf(const QString &date);

/** Empty when @p date has exactly @p precision, otherwise a sentence that says what is wrong:
    a "day" source needs a valid YYYY-MM-DD, an "unknown" one no date at all. */
QString problem(const QString &date, DatePrecision precision);

/** Whether a date @p date of @p precision is later than @p other of @p otherPrecision, as far
    as their precisions tell: each counts from its first day ("2026" from 1 January 2026,
    "2026-05" from 1 May), and of two that start on the same day the more precise is the later
    (it says more). A date that is unknown, or not of its precision's form, is earlier than any
    known date. */
bool isLater(const QString &date, DatePrecision precision, const QString &other,
             DatePrecision otherPrecision);

/** @p date as a reader sees it, at its precision and in the program's language. Text that is
    not of its precision's form (a workbook older than the precision column may hold some) is
    shown as written. */
QString shown(const QString &date, DatePrecision precision);

} // namespace SourceDate
} // namespace ws
