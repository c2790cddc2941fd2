// SPDX-License-Identifier: MIT
#include "pdfobjectorder.h"

#include <QList>
#include <QRegularExpression>

#include <deque>

namespace ws {

namespace {

/** An object cut where references may be: its dictionary, before any stream's data. */
struct Parts
{
    QByteArray dictionary; // after "N G obj", through the ">>" before "stream"
    QByteArray data; // "stream … endstream endobj", or empty
};

Parts split(const QByteArray &object)
{
    Parts parts;
    const qsizetype body = object.indexOf("obj") + 3;
    static const QRegularExpression streamStart(QStringLiteral(">>\\s*stream\\r?\\n"));
    const QRegularExpressionMatch stream =
        streamStart.match(QString::fromLatin1(object), static_cast<int>(body));
    if (!stream.hasMatch()) {
        parts.dictionary = object.mid(body);
        return parts;
    }
    const qsizetype cut = stream.capturedStart() + 2;
    parts.dictionary = object.mid(body, cut - body);
    parts.data = object.mid(cut);
    return parts;
}

const QRegularExpression &reference()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9.])(\\d+)\\s+(\\d+)\\s+R(?![A-Za-z0-9])"));
    return pattern;
}

QList<int> referencesIn(const QByteArray &text)
{
    QList<int> found;
    auto it = reference().globalMatch(QString::fromLatin1(text));
    while (it.hasNext())
        found << it.next().captured(1).toInt();
    return found;
}

/** @p text with every reference renumbered through @p numbers (unknown ones kept). */
QByteArray renumbered(const QByteArray &text, const QMap<int, int> &numbers)
{
    const QString latin = QString::fromLatin1(text);
    QString result;
    qsizetype last = 0;
    auto it = reference().globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(latin).mid(last, match.capturedStart() - last);
        const int number = match.captured(1).toInt();
        result += QStringLiteral("%1 0 R").arg(numbers.value(number, number));
        last = match.capturedEnd();
    }
    result += QStringView(latin).mid(last);
    return result.toLatin1();
}

/** The subset tag Qt's PDF writer gives a font whose descriptor is object @p number. */
QString subsetTag(int number)
{
    QString tag = QStringLiteral("Q");
    for (int i = 0; i < 5; ++i) {
        tag += QLatin1Char(static_cast<char>('A' + number % 26));
        number /= 26;
    }
    return tag;
}

} // namespace

QByteArray PdfObjectOrder::write(const QByteArray &header, const QMap<int, QByteArray> &objects,
                                 const QByteArray &trailer)
{
    QMap<int, Parts> parts;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        parts.insert(it.key(), split(it.value()));

    // Breadth first from the trailer, each object's references in the order they are written.
    QMap<int, int> numbers; // old → new
    QList<int> order;
    std::deque<int> waiting;
    const auto reach = [&](const QList<int> &references) {
        for (int number : references) {
            if (!parts.contains(number) || numbers.contains(number))
                continue;
            order << number;
            numbers.insert(number, static_cast<int>(order.size()));
            waiting.push_back(number);
        }
    };
    reach(referencesIn(trailer));
    while (!waiting.empty()) {
        const int number = waiting.front();
        waiting.pop_front();
        reach(referencesIn(parts.value(number).dictionary));
    }
    reach(parts.keys());

    // A font subset's tag follows its descriptor's new number.
    static const QRegularExpression fontName(QStringLiteral("/FontName\\s*/(Q[A-Z]{5})\\+"));
    QMap<QString, QString> tags;
    for (int number : std::as_const(order)) {
        const QByteArray &dictionary = parts[number].dictionary;
        if (!dictionary.contains("/FontDescriptor"))
            continue;
        const QRegularExpressionMatch match = fontName.match(QString::fromLatin1(dictionary));
        if (match.hasMatch())
            tags.insert(match.captured(1), subsetTag(numbers.value(number)));
    }
    static const QRegularExpression taggedName(QStringLiteral("/(Q[A-Z]{5})\\+"));
    const auto retagged = [&](const QByteArray &dictionary) {
        if (tags.isEmpty())
            return dictionary;
        QString text = QString::fromLatin1(dictionary);
        QString result;
        qsizetype last = 0;
        auto it = taggedName.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result += QStringView(text).mid(last, match.capturedStart(1) - last);
            result += tags.value(match.captured(1), match.captured(1));
            last = match.capturedEnd(1);
        }
        result += QStringView(text).mid(last);
        return result.toLatin1();
    };

    QByteArray out = header;
    QList<qint64> offsets;
    offsets.reserve(order.size());
    for (int i = 0; i < order.size(); ++i) {
        const Parts &object = parts[order[i]];
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj";
        out += retagged(renumbered(object.dictionary, numbers));
        out += object.data;
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(order.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    static const QRegularExpression size(QStringLiteral("/Size\\s+\\d+"));
    QString trailerText = QString::fromLatin1(renumbered(trailer, numbers));
    trailerText.replace(size, QStringLiteral("/Size %1").arg(order.size() + 1));
    out += trailerText.toLatin1();
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray PdfObjectOrder::reorder(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return pdf;
    bool ok = false;
    const qint64 xref = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).toLongLong(&ok);
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (!ok || xref <= 0 || xref >= startxref ||
        !QByteArrayView(pdf).sliced(xref).startsWith("xref") || trailer < 0 || trailer > startxref)
        return pdf;
    // The table's lines: subsection headers ("first count") and entries ("offset gen n|f").
    QMap<qint64, int> numberAt; // offset → object number, for the objects in use
    int number = 0;
    for (const QByteArray &line : pdf.mid(xref + 4, trailer - xref - 4).split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 2) {
            number = fields[0].toInt(&ok);
            if (!ok)
                return pdf;
        } else if (fields.size() == 3) {
            const qint64 offset = fields[0].toLongLong(&ok);
            if (!ok || (fields[2] == "n" && (offset <= 0 || offset >= xref)))
                return pdf;
            if (fields[2] == "n")
                numberAt.insert(offset, number);
            ++number;
        } else if (!line.trimmed().isEmpty()) {
            return pdf;
        }
    }
    if (numberAt.isEmpty())
        return pdf;
    QMap<int, QByteArray> objects;
    for (auto it = numberAt.cbegin(); it != numberAt.cend(); ++it) {
        const auto next = std::next(it);
        const qint64 end = next == numberAt.cend() ? xref : next.key();
        const QByteArray object = pdf.mid(it.key(), end - it.key());
        if (!object.startsWith(QByteArray::number(it.value()) + ' '))
            return pdf;
        objects.insert(it.value(), object);
    }
    return write(pdf.left(numberAt.firstKey()), objects, pdf.mid(trailer, startxref - trailer));
}

} // namespace ws
