// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

/** Text of an SVG written by QSvgGenerator, made to travel. The generator writes one <text>
    per run of glyphs from one font, so a name mixing scripts ("亞馬遜AWS": the Han characters
    from the CJK face, the Latin from the UI face) comes out as two elements, which a viewer
    places by its own fonts' widths (overlapping or gapped) and which no search finds whole.
    It also names only the one font family Qt asked for, which a viewer without it replaces
    with its default serif face. */
namespace SvgText {

/** @p svg with each line's consecutive runs of text in the same style joined into one
    <text> (at the first run's position, on the baseline they share), and every font-family
    given as fontFamilies(). Empty, with @p problem set, when @p svg is not well-formed XML. */
QByteArray joinRuns(const QByteArray &svg, QString *problem = nullptr);

/** The CSS font list for text drawn in @p family: the face Qt drew it with, faces that hold
    Traditional Chinese on common systems, and the generic sans-serif last. */
QString fontFamilies(const QString &family);

} // namespace SvgText
} // namespace ws
