// SPDX-License-Identifier: MIT
#include "numbertext.h"
#include "core/translation.h"

#include <cmath>

namespace ws {

namespace {

TypedNumber refused(const QString &problem)
{
    return TypedNumber { std::nullopt, problem };
}

// Group separators stand every three digits of the whole part; QLocale itself accepts them
// anywhere, which would read a mistyped "25,00" as 2500.
bool groupsWellPlaced(const QString &body, const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    if (group.isEmpty() || !body.contains(group))
        return true;
    QString whole = body;
    for (const QString &end :
         { locale.decimalPoint(), locale.exponential(), locale.exponential().toUpper() }) {
        const qsizetype at = whole.indexOf(end);
        if (!end.isEmpty() && at >= 0)
            whole.truncate(at);
    }
    for (const QString &sign : { locale.negativeSign(), locale.positiveSign() }) {
        if (!sign.isEmpty() && whole.startsWith(sign))
            whole.remove(0, sign.size());
    }
    const QStringList groups = whole.split(group);
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

// The body in C-locale form ("2500000.5e3"), or empty when @p locale cannot read it whole.
QString cLocaleText(const QString &body, const QLocale &locale)
{
    bool ok = false;
    locale.toDouble(body, &ok);
    if (!ok || !groupsWellPlaced(body, locale))
        return {};
    QString text = body;
    text.remove(locale.groupSeparator());
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    text.replace(locale.negativeSign(), QStringLiteral("-"));
    text.replace(locale.positiveSign(), QStringLiteral("+"));
    text.replace(locale.exponential(), QStringLiteral("e"), Qt::CaseInsensitive);
    return text;
}

bool hasExponent(const QString &body)
{
    return body.contains(QLatin1Char('e'), Qt::CaseInsensitive);
}

} // namespace

TypedNumber parseTypedNumber(const QString &text, const QLocale &locale)
{
    QString body = text.trimmed();
    if (body.isEmpty())
        return refused(tr("a number is needed here; the cell was left empty."));
    const QString group = locale.groupSeparator();
    if (group == QStringLiteral("\u00a0") || group == QStringLiteral("\u202f"))
        body.replace(QLatin1Char(' '), group);

    int exponent = 0;
    const QChar last = body.back();
    if (last == QLatin1Char('m')) {
        return refused(tr("'%1': a lowercase m could mean milli or million; write M for million "
                          "or the whole number.")
                           .arg(text));
    }
    if (last == QLatin1Char('k') || last == QLatin1Char('K'))
        exponent = 3;
    else if (last == QLatin1Char('M'))
        exponent = 6;
    else if (last == QLatin1Char('B') || last == QLatin1Char('b'))
        exponent = 9;
    if (exponent != 0) {
        body.chop(1);
        body = body.trimmed();
        if (body.isEmpty() || hasExponent(body))
            return refused(tr("'%1' is not a number: a suffix k, M or B follows a plain number, "
                              "as in 1.5M.")
                               .arg(text));
    }

    QString cText = cLocaleText(body, locale);
    if (cText.isEmpty() && hasExponent(body) && locale.decimalPoint() != QStringLiteral("."))
        cText = cLocaleText(body, QLocale::c());
    if (cText.isEmpty()) {
        QLocale grouped = locale;
        grouped.setNumberOptions(QLocale::DefaultNumberOptions);
        return refused(
            tr("'%1' is not a number. Write digits with %2 as the decimal point and %3 "
               "between thousands (%4), a power of ten (2.5e6) or a suffix k, M or B "
               "(1.5M).")
                .arg(text, locale.decimalPoint(), group, locale.toString(2500000.5, 'f', 1)));
    }
    // The suffix shifts the decimal text, not the double, so that 2.3k is exactly 2300.
    if (exponent != 0)
        cText += QStringLiteral("e%1").arg(exponent);
    bool ok = false;
    const double value = QLocale::c().toDouble(cText, &ok);
    if (!ok || !std::isfinite(value))
        return refused(
            tr("'%1' is not a finite number: it is too large or not a number at all.").arg(text));
    return TypedNumber { value, QString() };
}

QString editableNumberText(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return {};
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    // Fixed notation for what a person would write out; beyond 10¹⁵ the exponent is shorter.
    const bool fixed = std::fabs(value) < 1e15 && (value == 0 || std::fabs(value) >= 1e-6);
    return plain.toString(value, fixed ? 'f' : 'g', QLocale::FloatingPointShortest);
}

} // namespace ws
