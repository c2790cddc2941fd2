// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>

namespace ws {

/** Writes a PDF's objects numbered and ordered by where they are reached from its trailer,
    whatever order the writer made them in. Qt's PDF writer embeds the fonts in the order of a
    hash, which changes from run to run, and names each font subset after the number of its
    descriptor; renumbered, the same document gives the same bytes on every run (its creation
    date aside). */
namespace PdfObjectOrder {

/** The PDF of @p header ("%PDF-1.4" and what precedes the first object), @p objects (number →
    "N G obj … endobj") and @p trailer ("trailer << … >>"), in reading order, with a new
    cross-reference table. Objects the trailer does not reach come last, by number. */
QByteArray write(const QByteArray &header, const QMap<int, QByteArray> &objects,
                 const QByteArray &trailer);

/** @p pdf, as Qt's PDF writer makes it (one classic cross-reference table), rewritten by
    write(); @p pdf as it is when it is not such a file. */
QByteArray reorder(const QByteArray &pdf);

} // namespace PdfObjectOrder
} // namespace ws
