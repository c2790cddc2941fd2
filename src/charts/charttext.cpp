// SPDX-License-Identifier: MIT
#include "charttext.h"

#include "core/textrules.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextDocumentFragment>

namespace ws::ChartText {

namespace {

// Wide enough for any real vendor or scenario name at a chart's font; longer text is elided.
constexpr qreal maxLabelWidth = 360.0;

QString elided(const QString &text)
{
    // The character bound first: measuring the width of a 100,000-character string is itself
    // the cost to avoid.
    const QString bounded = TextRules::bounded(text, TextRules::maxNameLength);
    return QFontMetricsF(QGuiApplication::font())
        .elidedText(bounded, Qt::ElideRight, maxLabelWidth);
}

} // namespace

QString label(const QString &text)
{
    return QStringLiteral("<span>%1</span>").arg(inMarkup(text));
}

QString inMarkup(const QString &text)
{
    // Control characters cannot be drawn, and an SVG holding one is not XML.
    QString escaped = TextRules::xmlSafe(elided(text)).toHtmlEscaped();
    // Markup folds runs of spaces into one; a space after a space stays as a no-break space.
    escaped.replace(QLatin1String("  "), QLatin1String(" &nbsp;"));
    return escaped;
}

QString shownText(const QString &label)
{
    return QTextDocumentFragment::fromHtml(label).toPlainText();
}

} // namespace ws::ChartText
