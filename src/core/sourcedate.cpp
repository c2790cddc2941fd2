// SPDX-License-Identifier: MIT
#include "sourcedate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace ws::SourceDate {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("ws::SourceDate", text, disambiguation);
}

// Month names of the program's own language, not the system locale's: a report in English
// cites "November 2025" on a German desktop too.
QString monthName(int month)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ws::SourceDate", "January"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "February"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "March"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "April"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "May"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "June"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "July"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "August"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "September"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "October"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "November"),
        QT_TRANSLATE_NOOP("ws::SourceDate", "December"),
    };
    return month >= 1 && month <= 12 ? tr(names[month - 1]) : QString();
}

// The calendar date of @p date's form YYYY-MM-DD, or an invalid date.
QDate dayOf(const QString &date)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return form.match(date).hasMatch() ? QDate::fromString(date, Qt::ISODate) : QDate();
}

// The first day of the month of @p date's form YYYY-MM, or an invalid date.
QDate monthOf(const QString &date)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}$"));
    return form.match(date).hasMatch()
        ? QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate)
        : QDate();
}

bool isYear(const QString &date)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}$"));
    return form.match(date).hasMatch();
}

} // namespace

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<DatePrecision> parsePrecision(const QString &name)
{
    for (const DatePrecision precision : { DatePrecision::Day, DatePrecision::Month,
                                           DatePrecision::Year, DatePrecision::Unknown }) {
        if (name == precisionName(precision))
            return precision;
    }
    return std::nullopt;
}

std::optional<DatePrecision> precisionOf(const QString &date)
{
    if (date.isEmpty())
        return DatePrecision::Unknown;
    if (dayOf(date).isValid())
        return DatePrecision::Day;
    if (monthOf(date).isValid())
        return DatePrecision::Month;
    if (isYear(date))
        return DatePrecision::Year;
    return std::nullopt;
}

QString problem(const QString &date, DatePrecision precision)
{
    if (precisionOf(date) == precision)
        return {};
    switch (precision) {
    case DatePrecision::Day:
        if (date.isEmpty())
            return tr("a day source needs its date as YYYY-MM-DD; when the day is not known, "
                      "give the month (YYYY-MM) or the year with that precision");
        return tr("'%1' is not a calendar day of the form YYYY-MM-DD, which precision \"day\" "
                  "asks for; when the day is not known, give the month or the year with that "
                  "precision")
            .arg(date);
    case DatePrecision::Month:
        if (date.isEmpty())
            return tr("a month source needs its date as YYYY-MM");
        return tr("'%1' is not a month of the form YYYY-MM, which precision \"month\" asks for")
            .arg(date);
    case DatePrecision::Year:
        if (date.isEmpty())
            return tr("a year source needs its date as YYYY");
        return tr("'%1' is not a year of the form YYYY, which precision \"year\" asks for")
            .arg(date);
    case DatePrecision::Unknown:
        break;
    }
    return tr("'%1' is a date, but the precision is \"unknown\": leave the date empty, or give "
              "the precision it has (day, month or year)")
        .arg(date);
}

namespace {

// The first day @p date can mean at its precision; an invalid date when it is unknown or not of
// that precision's form.
QDate firstDay(const QString &date, DatePrecision precision)
{
    if (precisionOf(date) != precision)
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return dayOf(date);
    case DatePrecision::Month:
        return monthOf(date);
    case DatePrecision::Year:
        return QDate(date.toInt(), 1, 1);
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

// Finer precisions rank higher: day, then month, then year.
int detail(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 3;
    case DatePrecision::Month:
        return 2;
    case DatePrecision::Year:
        return 1;
    case DatePrecision::Unknown:
        break;
    }
    return 0;
}

} // namespace

bool isLater(const QString &date, DatePrecision precision, const QString &other,
             DatePrecision otherPrecision)
{
    const QDate first = firstDay(date, precision);
    const QDate otherFirst = firstDay(other, otherPrecision);
    if (!first.isValid())
        return false;
    if (!otherFirst.isValid() || first != otherFirst)
        return !otherFirst.isValid() || first > otherFirst;
    return detail(precision) > detail(otherPrecision);
}

QString shown(const QString &date, DatePrecision precision)
{
    if (precisionOf(date) != precision)
        return date.isEmpty() ? tr("date unknown") : date;
    switch (precision) {
    case DatePrecision::Day: {
        const QDate day = dayOf(date);
        return tr("%1 %2 %3", "day, month name, year")
            .arg(day.day())
            .arg(monthName(day.month()))
            .arg(day.year());
    }
    case DatePrecision::Month: {
        const QDate month = monthOf(date);
        return tr("%1 %2", "month name, year").arg(monthName(month.month())).arg(month.year());
    }
    case DatePrecision::Year:
        return date;
    case DatePrecision::Unknown:
        break;
    }
    return tr("date unknown");
}

} // namespace ws::SourceDate
