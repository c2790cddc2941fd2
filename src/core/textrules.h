// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** The rules for text a user types (DESIGN §2), one place for every entry point: the editors,
    the command line, CSV and JSON import. The checks return an empty string when the text is
    acceptable, otherwise a sentence that says what is wrong and how to go on. The helpers below
    them make stored text safe to show or write, whatever a hand-edited workbook holds. */
namespace TextRules {

constexpr int maxNameLength = 200;
constexpr int maxNoteLength = 10000;

/** A name (vendor, program, scenario, company, source title) as it would be stored, already
    trimmed: 1 to 200 characters, no control characters. */
QString nameProblem(const QString &text);

/** Like nameProblem, but empty is allowed (an optional name such as a Chinese name). */
QString optionalNameProblem(const QString &text);

/** A note (or any other free text): up to 10,000 characters; line breaks are allowed, other
    control characters are not. */
QString noteProblem(const QString &text);

/** @p text cut to at most @p maxCharacters characters, with an ellipsis where it was cut, so
    that drawing code can never be handed an unbounded string. */
QString bounded(const QString &text, int maxCharacters = maxNameLength);

/** @p text with every character XML 1.0 forbids (control characters other than tab and line
    breaks, U+FFFE, U+FFFF, unpaired surrogates) replaced by U+FFFD. */
QString xmlSafe(const QString &text);

} // namespace TextRules
} // namespace ws
