// SPDX-License-Identifier: MIT
#pragma once

#include <QTextFormat>

class QTextDocument;

namespace ws {

/** The page breaks a typesetter would choose, which QTextDocument has no rules for: it is laid
    out at its page size, the first break that goes against a rule is moved, and the layout is
    read again until every rule holds (or nothing more can be moved):
    - a block marked keepWithNextProperty (a heading, a table's label, a figure above its
      caption) stays on the page of what follows it: the first row of a table, the first line
      of a paragraph;
    - a table row is never split across pages (the rows before it are repeated headers);
    - a paragraph split across pages leaves at least two lines on each (no orphan, no widow);
    - no page holds a single line: one more line comes over from the page before.
    Only page break policies and the bottom padding of a row before a break change, so the
    text is as built. */
namespace ReportPagination {

/** A block property: true on a block that must stay on the same page as what follows it. */
constexpr int keepWithNextProperty = QTextFormat::UserProperty + 10;

/** Moves page breaks until the rules hold; returns the number of breaks moved. */
int settle(QTextDocument *document);

} // namespace ReportPagination
} // namespace ws
