// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ws {

/** User text (a vendor, program or scenario name) for Qt Charts. Qt Charts draws titles, legend
    labels, axis titles and category labels with QGraphicsTextItem::setHtml, so text is markup
    whether it looks like it or not: "<b>" turns bold, "&amp;" turns into "&", and an image tag
    makes Qt read the file it names (an image of /dev/zero never ends). Every user string that
    reaches a chart goes through here: escaped so that it shows as typed, and elided to a
    bounded width so that a hand-edited 100,000-character name cannot make layout run away. */
namespace ChartText {

/** A whole label (legend entry, bar set, series name, category): escaped, elided, and wrapped
    in a tag so that Qt Charts treats it as markup everywhere, measuring and eliding it as such
    rather than counting the characters of its entities. */
QString label(const QString &text);

/** Escaped and elided text to place inside markup, such as a chart title built with tr(). */
QString inMarkup(const QString &text);

/** The text a label() shows, for tests and for code that needs the name back. */
QString shownText(const QString &label);

} // namespace ChartText
} // namespace ws
