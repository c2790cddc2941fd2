// SPDX-License-Identifier: MIT
#include "sourcecitation.h"

#include "sourcedate.h"

#include <QCoreApplication>
#include <QStringList>

namespace ws::SourceCitation {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("ws::SourceCitation", text, disambiguation);
}

// A part of a reference ends as a sentence, unless it already ends in a stop of its own (a
// headline ending in "?" or "！").
QString asSentence(const QString &part)
{
    static const QString stops = QStringLiteral(".?!。？！");
    return !part.isEmpty() && stops.contains(part.back()) ? part : part + QLatin1Char('.');
}

} // namespace

QString titleKindName(TitleKind kind)
{
    return kind == TitleKind::Description ? QStringLiteral("description") : QStringLiteral("title");
}

std::optional<TitleKind> parseTitleKind(const QString &name)
{
    if (name == QLatin1String("title"))
        return TitleKind::Title;
    if (name == QLatin1String("description"))
        return TitleKind::Description;
    return std::nullopt;
}

QString shownTitle(const QString &title, TitleKind kind)
{
    return kind == TitleKind::Description
        ? tr("[%1]", "a description standing in for a title").arg(title)
        : title;
}

QString shownTitle(const Source &source)
{
    return shownTitle(source.title, source.titleKind);
}

QString shownDate(const Source &source)
{
    return SourceDate::shown(source.publishedOn, source.datePrecision);
}

QString reference(const Source &source)
{
    QStringList parts;
    if (!source.publisher.isEmpty())
        parts << asSentence(source.publisher);
    parts << asSentence(shownTitle(source)) << asSentence(shownDate(source));
    if (!source.url.isEmpty())
        parts << source.url;
    return parts.join(QLatin1Char(' '));
}

} // namespace ws::SourceCitation
