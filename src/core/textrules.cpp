// SPDX-License-Identifier: MIT
#include "textrules.h"

#include <QCoreApplication>

namespace ws::TextRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::TextRules", text);
}

// Code points, not UTF-16 units: a Chinese name of 200 characters outside the BMP is 200.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// The first control character (C0, DEL, C1) that @p allowLineBreaks does not allow, or -1.
qsizetype firstControl(const QString &text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control && !(allowLineBreaks && isLineBreak(c)))
            return i;
    }
    return -1;
}

QString controlProblem(const QString &text, qsizetype at)
{
    const QString code =
        QStringLiteral("U+%1").arg(text.at(at).unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return tr("character %1 is the control character %2, which cannot be shown; remove it")
        .arg(at + 1)
        .arg(code);
}

} // namespace

QString optionalNameProblem(const QString &text)
{
    const qsizetype length = characterCount(text);
    if (length > maxNameLength)
        return tr("a name may be at most %1 characters long, and this one has %2; shorten it")
            .arg(maxNameLength)
            .arg(length);
    if (const qsizetype at = firstControl(text, false); at >= 0)
        return controlProblem(text, at);
    return {};
}

QString nameProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("a name cannot be empty; type at least one character");
    return optionalNameProblem(text);
}

QString noteProblem(const QString &text)
{
    const qsizetype length = characterCount(text);
    if (length > maxNoteLength)
        return tr("a note may be at most %1 characters long, and this one has %2; shorten it")
            .arg(maxNoteLength)
            .arg(length);
    if (const qsizetype at = firstControl(text, true); at >= 0)
        return controlProblem(text, at);
    return {};
}

QString bounded(const QString &text, int maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    qsizetype cut = qMax(0, maxCharacters - 1);
    if (cut > 0 && text.at(cut).isLowSurrogate())
        --cut; // never split a character in two
    return text.left(cut) + QChar(0x2026);
}

QString xmlSafe(const QString &text)
{
    QString safe = text;
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const char16_t c = safe.at(i).unicode();
        bool allowed = c >= 0x20 || c == 0x09 || c == 0x0A || c == 0x0D;
        if (c == 0xFFFE || c == 0xFFFF)
            allowed = false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < safe.size() && safe.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            allowed = false;
        } else if (QChar::isLowSurrogate(c)) {
            allowed = false;
        }
        if (!allowed)
            safe[i] = QChar(QChar::ReplacementCharacter);
    }
    return safe;
}

} // namespace ws::TextRules
