// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace ws {

/** A number as an analyst typed it, read whole or refused with the reason. */
struct TypedNumber
{
    std::optional<double> value;
    QString problem; // empty when value is set
};

/** Reads what an analyst types into a number cell or pastes from a spreadsheet, in @p locale:
    - plain and grouped numbers: `2500000`, `2,500,000` (`2.500.000` and `2,5` in de_DE); groups
      are of three digits, so `25,00` is refused rather than read as 2500;
    - scientific notation: `2.5e6`, `2.5E6`; where the locale writes its decimals with a comma,
      `2.5e6` is also read with a point, as spreadsheets and papers print it;
    - a suffix, with or without a space before it: `k`/`K` thousand, `M` million, `B`/`b`
      billion (`1.5M` is 1500000). `m` is refused: it reads as milli as readily as million;
    - spaces around the number (and a plain space where the locale groups with a non-breaking
      one).
    Anything else — letters, a second decimal point, `inf`, `nan`, an empty text — is refused
    with a sentence that names the text; no character is ever skipped. The suffix scales the
    decimal text, not the double, so `2.3k` is exactly 2300. */
TypedNumber parseTypedNumber(const QString &text, const QLocale &locale = QLocale());

/** @p value in full for an editor or the clipboard, in @p locale without group separators
    (0,85 in de_DE, 2500000): every digit the double holds, so that parseTypedNumber() reads
    back the very same value, and a spreadsheet reads it as a number. */
QString editableNumberText(double value, const QLocale &locale = QLocale());

} // namespace ws
