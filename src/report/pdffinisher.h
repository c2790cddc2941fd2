// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

/** What a PDF's document information says about it (pdfinfo shows it; readers show it in the
    document's properties). Empty fields are left out. */
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString creator;
};

/** Finishes a PDF written by Qt's PDF writer: its text maps mended (PdfTextMap), so that
    Chinese text is searched and copied as typed, and its document information written in full —
    Qt 6.4 writes no author or subject. The file is rewritten object by object in reading order
    (PdfObjectOrder, so that the same document gives the same bytes) and its cross-reference
    table made anew, so every offset stays true. */
class PdfFinisher
{
    Q_DECLARE_TR_FUNCTIONS(ws::PdfFinisher)

public:
    /** @p pdf finished. Returns an empty array and says why in @p error when @p pdf is not a
        file with a classic cross-reference table, the form Qt writes. */
    static QByteArray finish(const QByteArray &pdf, const PdfMetadata &metadata, QString *error);

    /** @p text as a PDF text string that any text makes valid: UTF-16BE in hexadecimal, with
        control characters as spaces and a lone surrogate as U+FFFD. */
    static QByteArray textString(const QString &text);
};

} // namespace ws
