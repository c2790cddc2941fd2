// SPDX-License-Identifier: MIT
#include "csvformat.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace ws {

namespace {

constexpr std::array<char, 3> utf8Bom = { '\xEF', '\xBB', '\xBF' };

int bomLength(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return 0;
    case TextEncoding::Utf8WithBom:
        return 3;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return 2;
    }
    return 0;
}

QStringConverter::Encoding converterEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom:
        return QStringConverter::Utf8;
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    }
    return QStringConverter::Utf8;
}

// The count of each candidate delimiter outside quotes, per record, over the first records.
QChar guessDelimiter(const QString &text)
{
    constexpr int sampleRecords = 20;
    const std::array<QChar, 3> candidates = { QLatin1Char(','), QLatin1Char(';'),
                                              QLatin1Char('\t') };
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current = { 0, 0, 0 };
    bool inQuotes = false;
    int records = 0;
    const auto endRecord = [&] {
        for (size_t c = 0; c < candidates.size(); ++c) {
            counts[c] << current[c];
            current[c] = 0;
        }
        ++records;
    };
    for (int i = 0; i < text.size() && records < sampleRecords; ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && ch == QLatin1Char('\n')) {
            endRecord();
        } else if (!inQuotes) {
            for (size_t c = 0; c < candidates.size(); ++c)
                current[c] += ch == candidates[c] ? 1 : 0;
        }
    }
    if (current[0] + current[1] + current[2] > 0)
        endRecord();

    // The delimiter splits every record into the same number of fields as the first: score a
    // candidate by the records that agree with the first one, and prefer more fields on a tie.
    QChar best = candidates[0];
    int bestScore = -1;
    int bestFields = 0;
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (counts[c].isEmpty() || counts[c].first() == 0)
            continue;
        const int first = counts[c].first();
        const int score = static_cast<int>(counts[c].count(first));
        if (score > bestScore || (score == bestScore && first > bestFields)) {
            best = candidates[c];
            bestScore = score;
            bestFields = first;
        }
    }
    return best;
}

// The offset where the first malformed UTF-8 sequence starts (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF); bytes.size() when there is none.
qsizetype firstBadUtf8Byte(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar lead = b[i];
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar next = b[i + k];
            const bool inRange =
                k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
            if (!inRange)
                return i;
        }
        i += length;
    }
    return size;
}

// The offset of the first UTF-16 code unit that is an unpaired surrogate, or of a last odd
// byte; bytes.size() when there is none.
qsizetype firstBadUtf16Byte(const QByteArray &bytes, bool bigEndian)
{
    const qsizetype units = bytes.size() / 2;
    const auto unitAt = [&](qsizetype u) {
        const auto hi = static_cast<uchar>(bytes[2 * u + (bigEndian ? 0 : 1)]);
        const auto lo = static_cast<uchar>(bytes[2 * u + (bigEndian ? 1 : 0)]);
        return static_cast<char16_t>((hi << 8) | lo);
    };
    for (qsizetype u = 0; u < units; ++u) {
        const char16_t unit = unitAt(u);
        if (QChar::isHighSurrogate(unit)) {
            if (u + 1 >= units || !QChar::isLowSurrogate(unitAt(u + 1)))
                return 2 * u;
            ++u;
        } else if (QChar::isLowSurrogate(unit)) {
            return 2 * u;
        }
    }
    return bytes.size() % 2 ? bytes.size() - 1 : bytes.size();
}

qsizetype firstBadByte(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom:
        return firstBadUtf8Byte(bytes);
    case TextEncoding::Utf16LE:
        return firstBadUtf16Byte(bytes, false);
    case TextEncoding::Utf16BE:
        return firstBadUtf16Byte(bytes, true);
    }
    return bytes.size();
}

} // namespace

CsvFormat detectCsvFormat(const QByteArray &bytes)
{
    CsvFormat format;
    if (bytes.startsWith(QByteArray(utf8Bom.data(), 3)))
        format.encoding = TextEncoding::Utf8WithBom;
    else if (bytes.startsWith("\xFF\xFE"))
        format.encoding = TextEncoding::Utf16LE;
    else if (bytes.startsWith("\xFE\xFF"))
        format.encoding = TextEncoding::Utf16BE;

    // Guessing needs only the first records; decoding 64 KB is enough and ignores errors.
    constexpr qsizetype sampleBytes = 64 * 1024;
    QStringDecoder decoder(converterEncoding(format.encoding));
    const QString sample = decoder.decode(bytes.left(sampleBytes).mid(bomLength(format.encoding)));
    format.delimiter = guessDelimiter(sample);
    return format;
}

bool decodeCsvText(const QByteArray &bytes, TextEncoding encoding, QString *text, QString *error)
{
    const QByteArray body = bytes.mid(bomLength(encoding));
    QStringDecoder decoder(converterEncoding(encoding), QStringConverter::Flag::Stateless);
    *text = decoder.decode(body);
    if (decoder.hasError()) {
        const qsizetype bad = firstBadByte(body, encoding);
        // The bytes before the bad one decode cleanly; their line breaks give the line.
        QStringDecoder prefix(converterEncoding(encoding), QStringConverter::Flag::Stateless);
        const QString before = prefix.decode(body.left(bad));
        const int line = static_cast<int>(before.count(QLatin1Char('\n'))) + 1;
        *error = tr("line %1: the bytes at offset %2 are not valid %3 text; save the file as "
                    "UTF-8 or UTF-16 and import it again")
                     .arg(line)
                     .arg(bad + bomLength(encoding))
                     .arg(encodingName(encoding));
        text->clear();
        return false;
    }
    if (text->startsWith(QChar(0xFEFF))) // a BOM the caller did not ask us to expect
        text->remove(0, 1);
    return true;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return tr("UTF-16 LE");
    case TextEncoding::Utf16BE:
        return tr("UTF-16 BE");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(','))
        return tr("comma");
    if (delimiter == QLatin1Char(';'))
        return tr("semicolon");
    if (delimiter == QLatin1Char('\t'))
        return tr("tab");
    return QString(delimiter);
}

} // namespace ws
