// SPDX-License-Identifier: MIT
#pragma once

#include "provenance.h"

#include <QString>

#include <optional>

namespace ws {

/** How a source is named wherever it is shown or cited: a title the publication did not give
    (a description standing in for it) is marked, as reference lists do, in square brackets,
    and the date appears at its precision (SourceDate::shown). */
namespace SourceCitation {

/** "title" or "description": the words stored in source.title_kind. */
QString titleKindName(TitleKind kind);
std::optional<TitleKind> parseTitleKind(const QString &name);

/** The title as printed: "[Morgan Stanley call transcript]" for a description. */
QString shownTitle(const QString &title, TitleKind kind);
QString shownTitle(const Source &source);

/** The date as printed: "November 2025", "2025", "date unknown". */
QString shownDate(const Source &source);

/** The full reference of a report's source list: publisher, title (or [description]), date at
    its precision and address, each part a sentence, the parts the source lacks left out:
    "CommonWealth Magazine. 亞馬遜AI晶片…? November 2025. https://…". */
QString reference(const Source &source);

} // namespace SourceCitation
} // namespace ws
