// SPDX-License-Identifier: MIT
#include "pdftextmap.h"

#include <QList>

#include <cctype>

namespace ws::PdfTextMap {

namespace {

bool isRadical(char16_t unit)
{
    // CJK Radicals Supplement and Kangxi Radicals: fonts draw them with the ideograph's glyph.
    return unit >= 0x2E80 && unit <= 0x2FDF;
}

bool isLatinLigature(char16_t unit)
{
    return unit >= 0xFB00 && unit <= 0xFB06; // ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
}

QString fromHex(QByteArrayView hex)
{
    QByteArray digits;
    for (const char c : hex) {
        if (std::isxdigit(static_cast<unsigned char>(c)))
            digits += c;
    }
    if (digits.size() % 2)
        digits += '0'; // PDF: a missing last digit is 0
    const QByteArray bytes = QByteArray::fromHex(digits);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                            static_cast<unsigned char>(bytes[i + 1])));
    return text;
}

QByteArray toHex(const QString &text)
{
    QByteArray hex = "<";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char lower = static_cast<char>(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

quint32 codeOf(QByteArrayView hex)
{
    quint32 code = 0;
    for (const char c : hex) {
        if (const int digit = hexDigit(c); digit >= 0)
            code = code * 16 + static_cast<quint32>(digit);
    }
    return code;
}

/** Reads a CMap's tokens: hex strings, array brackets and bare words. */
class Tokens
{
public:
    struct Token
    {
        QByteArrayView text;
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    Tokens(const QByteArray &data, qsizetype from)
        : mData(data)
        , mAt(from)
    {
    }

    Token next()
    {
        while (mAt < mData.size() && std::isspace(static_cast<unsigned char>(mData[mAt])))
            ++mAt;
        Token token;
        token.begin = mAt;
        if (mAt >= mData.size()) {
            token.end = mAt;
            return token;
        }
        const char first = mData[mAt];
        if (first == '<') {
            const qsizetype close = mData.indexOf('>', mAt);
            mAt = close < 0 ? mData.size() : close + 1;
        } else if (first == '[' || first == ']') {
            ++mAt;
        } else {
            while (mAt < mData.size() && !std::isspace(static_cast<unsigned char>(mData[mAt])) &&
                   mData[mAt] != '<' && mData[mAt] != '[' && mData[mAt] != ']')
                ++mAt;
        }
        token.end = mAt;
        token.text = QByteArrayView(mData).sliced(token.begin, token.end - token.begin);
        return token;
    }

private:
    const QByteArray &mData;
    qsizetype mAt;
};

bool isHex(const Tokens::Token &token)
{
    return token.text.startsWith('<');
}

struct Replacement
{
    qsizetype begin;
    qsizetype end;
    QByteArray text;
};

/** The destination of code lo + k in a range that starts at @p first: the last code unit is
    incremented (PDF 32000-1, 9.10.3). */
QString rangeDestination(QString first, quint32 k)
{
    if (!first.isEmpty())
        first.back() = QChar(static_cast<char16_t>(first.back().unicode() + k));
    return first;
}

// Reads the entries of one beginbfrange … endbfrange or beginbfchar … endbfchar section from
// @p tokens and records the mended ones. Returns false on a malformed section.
bool mendSection(Tokens &tokens, bool ranges, QList<Replacement> &replacements)
{
    for (;;) {
        const Tokens::Token first = tokens.next();
        if (first.text.isEmpty())
            return false;
        if (!isHex(first))
            return first.text == (ranges ? "endbfrange" : "endbfchar");
        if (!ranges) {
            const Tokens::Token destination = tokens.next();
            if (!isHex(destination))
                return false;
            const QString text = fromHex(destination.text);
            const QString mended = searchableText(text);
            if (mended != text)
                replacements << Replacement { destination.begin, destination.end, toHex(mended) };
            continue;
        }
        const Tokens::Token last = tokens.next();
        if (!isHex(last))
            return false;
        const quint32 low = codeOf(first.text);
        const quint32 high = codeOf(last.text);
        if (high < low || high - low > 0xFFFF)
            return false;
        const Tokens::Token destination = tokens.next();
        if (isHex(destination)) {
            // <lo> <hi> <dst>: written as an array as soon as one code of it needs mending.
            const QString start = fromHex(destination.text);
            bool changed = false;
            QByteArray array = "[";
            for (quint32 k = 0; k <= high - low; ++k) {
                const QString text = rangeDestination(start, k);
                const QString mended = searchableText(text);
                changed = changed || mended != text;
                array += (k ? " " : "") + toHex(mended);
            }
            if (changed)
                replacements << Replacement { destination.begin, destination.end, array + ']' };
        } else if (destination.text == "[") {
            for (;;) {
                const Tokens::Token element = tokens.next();
                if (element.text == "]")
                    break;
                if (!isHex(element))
                    return false;
                const QString text = fromHex(element.text);
                const QString mended = searchableText(text);
                if (mended != text)
                    replacements << Replacement { element.begin, element.end, toHex(mended) };
            }
        } else {
            return false;
        }
    }
}

} // namespace

QString searchableText(const QString &text)
{
    if (text.size() != 1)
        return text;
    const char16_t unit = text.front().unicode();
    if (isRadical(unit)) {
        const QString ideograph = text.normalized(QString::NormalizationForm_KC);
        if (ideograph.size() == 1 && ideograph.front().script() == QChar::Script_Han)
            return ideograph;
    } else if (isLatinLigature(unit)) {
        return text.normalized(QString::NormalizationForm_KC);
    }
    return text;
}

QByteArray mend(const QByteArray &cmap)
{
    QList<Replacement> replacements;
    Tokens tokens(cmap, 0);
    for (Tokens::Token token = tokens.next(); !token.text.isEmpty(); token = tokens.next()) {
        const bool ranges = token.text == "beginbfrange";
        if (ranges || token.text == "beginbfchar") {
            if (!mendSection(tokens, ranges, replacements))
                return cmap; // not a CMap this reads: left as Qt wrote it
        }
    }
    QByteArray mended;
    mended.reserve(cmap.size() + 64 * replacements.size());
    qsizetype at = 0;
    for (const Replacement &replacement : std::as_const(replacements)) {
        mended += QByteArrayView(cmap).sliced(at, replacement.begin - at);
        mended += replacement.text;
        at = replacement.end;
    }
    mended += QByteArrayView(cmap).sliced(at);
    return mended;
}

} // namespace ws::PdfTextMap
