// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

/** Mends the text a PDF's /ToUnicode CMap gives back for a glyph, so that copying and searching
    return what was typed. Qt picks, for each glyph of a subset font, the lowest code point the
    font maps to it: Noto Sans CJK draws 子 (U+5B50) and the Kangxi radical ⼦ (U+2F26) with one
    glyph, so "世芯電子" came back as "世芯電⼦". Those radicals, and the Latin ligatures (ﬁ, ﬀ),
    are mapped to their compatibility equivalents (NFKC). */
namespace PdfTextMap {

/** The text a reader should get for a glyph Qt mapped to @p text: the unified ideograph for a
    Kangxi or supplementary radical that has one, the letters of a Latin ligature, otherwise
    @p text itself. */
QString searchableText(const QString &text);

/** @p cmap (the content of a /ToUnicode stream) with every destination mended by
    searchableText(); ranges that contain a mended destination are written as arrays. The rest
    of the CMap is copied byte for byte. */
QByteArray mend(const QByteArray &cmap);

} // namespace PdfTextMap

} // namespace ws
