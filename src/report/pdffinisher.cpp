// SPDX-License-Identifier: MIT
#include "pdffinisher.h"

#include "pdftextmap.h"

#include "files/pdfobjectorder.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>

namespace ws {

namespace {

struct XrefEntry
{
    int number = 0;
    qint64 offset = 0;
    QByteArray generation; // five digits, as written
    bool inUse = false;
};

struct Xref
{
    QList<std::pair<int, int>> subsections; // first object number, count
    QList<XrefEntry> entries;
    qsizetype start = 0; // of the "xref" keyword
    qsizetype trailer = 0; // of the "trailer" keyword
};

std::optional<Xref> readXref(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return {};
    bool ok = false;
    Xref xref;
    xref.start =
        pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref.start < 0 || xref.start >= startxref ||
        !QByteArrayView(pdf).sliced(xref.start).startsWith("xref"))
        return {};
    xref.trailer = pdf.indexOf("trailer", xref.start);
    if (xref.trailer < 0 || xref.trailer > startxref)
        return {};
    const QList<QByteArray> lines =
        pdf.mid(xref.start + 4, xref.trailer - xref.start - 4).split('\n');
    int number = 0;
    int left = 0;
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> fields = raw.simplified().split(' ');
        if (fields.value(0).isEmpty())
            continue;
        if (left == 0) {
            // A subsection's header: first object number and count.
            if (fields.size() != 2)
                return {};
            bool firstOk = false;
            bool countOk = false;
            number = fields[0].toInt(&firstOk);
            left = fields[1].toInt(&countOk);
            if (!firstOk || !countOk || left < 0)
                return {};
            xref.subsections << std::make_pair(number, left);
            continue;
        }
        if (fields.size() != 3 || (fields[2] != "n" && fields[2] != "f"))
            return {};
        XrefEntry entry;
        entry.number = number++;
        entry.offset = fields[0].toLongLong(&ok);
        if (!ok)
            return {};
        entry.generation = fields[1];
        entry.inUse = fields[2] == "n";
        if (entry.inUse && (entry.offset <= 0 || entry.offset >= xref.start))
            return {};
        xref.entries << entry;
        --left;
    }
    if (left != 0)
        return {};
    return xref;
}

/** The object's stream with its text map mended, or an empty array when the object is not a
    text map stream with a direct length (then it is copied as it is). */
QByteArray mendedTextMapObject(const QByteArray &object)
{
    const qsizetype streamKeyword = object.indexOf("stream");
    if (streamKeyword < 0)
        return {};
    qsizetype content = streamKeyword + 6;
    if (object.mid(content, 2) == "\r\n")
        content += 2;
    else if (object.mid(content, 1) == "\n")
        content += 1;
    else
        return {};
    if (!QByteArrayView(object).sliced(content).startsWith("/CIDInit"))
        return {};
    static const QRegularExpression directLength(
        QStringLiteral("/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)"));
    const QString dictionary = QString::fromLatin1(object.left(streamKeyword));
    const QRegularExpressionMatch length = directLength.match(dictionary);
    if (!length.hasMatch())
        return {};
    const qsizetype size = length.captured(1).toLongLong();
    if (content + size > object.size() ||
        !object.mid(content + size, 16).trimmed().startsWith("endstream"))
        return {};
    const QByteArray cmap = object.mid(content, size);
    const QByteArray mended = PdfTextMap::mend(cmap);
    if (mended == cmap)
        return {};
    QByteArray result = object.left(length.capturedStart(1));
    result += QByteArray::number(mended.size());
    result += object.mid(length.capturedEnd(1), content - length.capturedEnd(1));
    result += mended;
    result += object.mid(content + size);
    return result;
}

QByteArray infoObject(int number, const QByteArray &generation, const QByteArray &original,
                      const PdfMetadata &metadata)
{
    QByteArray object =
        QByteArray::number(number) + ' ' + QByteArray::number(generation.toInt()) + " obj\n<<\n";
    const auto add = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object += QByteArray(key) + ' ' + PdfFinisher::textString(value) + '\n';
    };
    add("/Title", metadata.title);
    add("/Author", metadata.author);
    add("/Subject", metadata.subject);
    add("/Creator", metadata.creator);
    add("/Producer", QStringLiteral("Qt %1").arg(QLatin1String(qVersion())));
    // The writer's date is kept: it is plain ASCII, D:YYYYMMDDHHmmSS and a zone.
    static const QRegularExpression date(QStringLiteral("/CreationDate\\s*\\((D:[0-9Z+\\-']+)\\)"));
    const QRegularExpressionMatch created = date.match(QString::fromLatin1(original));
    if (created.hasMatch())
        object += "/CreationDate (" + created.captured(1).toLatin1() + ")\n";
    object += ">>\nendobj\n";
    return object;
}

} // namespace

QByteArray PdfFinisher::textString(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
        } else if (c.isSurrogate()) {
            clean += QChar::ReplacementCharacter;
        } else if (c.category() == QChar::Other_Control) {
            clean += QLatin1Char(' ');
        } else {
            clean += c;
        }
    }
    QByteArray hex = "<FEFF";
    for (const QChar c : std::as_const(clean))
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray PdfFinisher::finish(const QByteArray &pdf, const PdfMetadata &metadata, QString *error)
{
    const std::optional<Xref> xref = readXref(pdf);
    if (!xref) {
        *error = tr("the PDF has no cross-reference table this program reads");
        return {};
    }
    static const QRegularExpression infoReference(QStringLiteral("/Info\\s+(\\d+)\\s+\\d+\\s+R"));
    const QRegularExpressionMatch info = infoReference.match(
        QString::fromLatin1(pdf.mid(xref->trailer, pdf.size() - xref->trailer)));
    const int infoNumber = info.hasMatch() ? info.captured(1).toInt() : -1;

    // Objects in file order; each runs up to the next one (or the table).
    QMap<qint64, int> byOffset; // offset → index in entries
    for (int i = 0; i < xref->entries.size(); ++i) {
        if (xref->entries[i].inUse)
            byOffset.insert(xref->entries[i].offset, i);
    }
    if (byOffset.isEmpty()) {
        *error = tr("the PDF has no objects");
        return {};
    }
    QMap<int, QByteArray> objects; // number → the finished object
    for (auto it = byOffset.cbegin(); it != byOffset.cend(); ++it) {
        const auto next = std::next(it);
        const qint64 end = next == byOffset.cend() ? xref->start : next.key();
        const QByteArray object = pdf.mid(it.key(), end - it.key());
        const XrefEntry &entry = xref->entries[it.value()];
        if (!object.startsWith(QByteArray::number(entry.number) + ' ')) {
            *error = tr("the PDF's cross-reference table does not match its objects");
            return {};
        }
        if (entry.number == infoNumber) {
            objects.insert(entry.number,
                           infoObject(entry.number, entry.generation, object, metadata));
        } else if (const QByteArray mended = mendedTextMapObject(object); !mended.isEmpty()) {
            objects.insert(entry.number, mended);
        } else {
            objects.insert(entry.number, object);
        }
    }
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    return PdfObjectOrder::write(pdf.left(byOffset.firstKey()), objects,
                                 pdf.mid(xref->trailer, startxref - xref->trailer));
}

} // namespace ws
