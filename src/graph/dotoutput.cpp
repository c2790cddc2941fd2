// SPDX-License-Identifier: MIT
#include "dotoutput.h"

#include <cctype>
#include <cstring>

namespace ws {

namespace {

/** A token of the DOT language: an ID (unquoted, quoted or HTML), an edge operator, or one
    of the punctuation marks { } [ ] ; , = : */
struct Token
{
    enum Kind { End, Id, EdgeOp, Mark };
    Kind kind = End;
    char mark = 0;
    QByteArray text; // an ID's value, quotes and line continuations removed
    bool quoted = false; // a quoted "graph" is a name, not a keyword

    bool is(char c) const { return kind == Mark && mark == c; }
};

bool isIdChar(unsigned char c)
{
    return std::isalnum(c) || c == '_' || c == '.' || c >= 0x80;
}

/** Splits DOT text into tokens, with one token of look-ahead. */
class Tokenizer
{
public:
    explicit Tokenizer(const QByteArray &text)
        : mAt(text.constData())
        , mEnd(text.constData() + text.size())
    {
    }

    const Token &peek()
    {
        if (!mPeeked) {
            mNext = read();
            mPeeked = true;
        }
        return mNext;
    }
    Token next()
    {
        peek();
        mPeeked = false;
        return std::move(mNext);
    }
    QString error() const { return mError; }

private:
    Token read()
    {
        skipSpace();
        Token token;
        if (mAt == mEnd)
            return token;
        const char c = *mAt;
        if (c == '-' && mAt + 1 < mEnd && (mAt[1] == '>' || mAt[1] == '-')) {
            mAt += 2;
            token.kind = Token::EdgeOp;
        } else if (std::strchr("{}[];,=:", c)) {
            ++mAt;
            token.kind = Token::Mark;
            token.mark = c;
        } else if (c == '"') {
            token.kind = Token::Id;
            token.quoted = true;
            readQuoted(token.text);
            // "a" + "b" is one string.
            skipSpace();
            while (mAt < mEnd && *mAt == '+') {
                ++mAt;
                skipSpace();
                if (mAt < mEnd && *mAt == '"')
                    readQuoted(token.text);
                skipSpace();
            }
        } else if (c == '<') {
            token.kind = Token::Id;
            token.quoted = true;
            readHtml(token.text);
        } else if (isIdChar(static_cast<unsigned char>(c)) || c == '-') {
            const char *start = mAt++;
            while (mAt < mEnd && isIdChar(static_cast<unsigned char>(*mAt)))
                ++mAt;
            token.kind = Token::Id;
            token.text = QByteArray(start, mAt - start);
        } else {
            mError = QStringLiteral("unexpected character '%1'").arg(QLatin1Char(c));
            mAt = mEnd;
        }
        return token;
    }

    void skipSpace()
    {
        while (mAt < mEnd) {
            if (std::isspace(static_cast<unsigned char>(*mAt))) {
                ++mAt;
            } else if (*mAt == '/' && mAt + 1 < mEnd && mAt[1] == '*') {
                const char *close = std::strstr(mAt + 2, "*/");
                mAt = close && close < mEnd ? close + 2 : mEnd;
            } else if ((*mAt == '/' && mAt + 1 < mEnd && mAt[1] == '/') || *mAt == '#') {
                while (mAt < mEnd && *mAt != '\n')
                    ++mAt;
            } else {
                return;
            }
        }
    }

    void readQuoted(QByteArray &text)
    {
        ++mAt; // the opening quote
        while (mAt < mEnd && *mAt != '"') {
            if (*mAt == '\\' && mAt + 1 < mEnd) {
                const char escaped = mAt[1];
                if (escaped == '\n') {
                    mAt += 2; // Graphviz breaks long strings with a backslash and a newline
                    continue;
                }
                if (escaped == '\r' && mAt + 2 < mEnd && mAt[2] == '\n') {
                    mAt += 3;
                    continue;
                }
                if (escaped == '"') {
                    text += '"';
                    mAt += 2;
                    continue;
                }
            }
            text += *mAt++;
        }
        if (mAt == mEnd)
            mError = QStringLiteral("a quoted string does not end");
        else
            ++mAt; // the closing quote
    }

    void readHtml(QByteArray &text)
    {
        int depth = 0;
        const char *start = mAt;
        for (; mAt < mEnd; ++mAt) {
            if (*mAt == '<')
                ++depth;
            else if (*mAt == '>' && --depth == 0)
                break;
        }
        if (mAt == mEnd) {
            mError = QStringLiteral("an HTML string does not end");
            return;
        }
        text = QByteArray(start + 1, mAt - start - 1);
        ++mAt;
    }

    const char *mAt;
    const char *mEnd;
    Token mNext;
    bool mPeeked = false;
    QString mError;
};

/** "x,y" (or "x,y!", pinned) as a point; nothing when it is not two numbers. */
std::optional<QPointF> readPoint(QByteArray text)
{
    if (text.endsWith('!'))
        text.chop(1);
    const int comma = text.indexOf(',');
    if (comma < 0)
        return {};
    bool okX = false;
    bool okY = false;
    // QByteArray::toDouble reads the C locale's format, whatever setlocale() says.
    const QPointF point(text.left(comma).toDouble(&okX), text.mid(comma + 1).toDouble(&okY));
    if (!okX || !okY)
        return {};
    return point;
}

} // namespace

bool DotOutput::read(const QByteArray &text)
{
    *this = DotOutput();
    Tokenizer tokens(text);
    int depth = 0;
    const auto fail = [&](const QString &why) {
        mError = tokens.error().isEmpty() ? why : tokens.error();
        return false;
    };
    // An attribute list "[a=b, c=d]" after its "[": keeps the values of pos and bb.
    const auto readAttributes = [&](QByteArray &pos, QByteArray &bb) {
        for (Token token = tokens.next(); !token.is(']'); token = tokens.next()) {
            if (token.is(',') || token.is(';'))
                continue;
            if (token.kind != Token::Id)
                return false;
            QByteArray value;
            if (tokens.peek().is('=')) {
                tokens.next();
                Token valueToken = tokens.next();
                if (valueToken.kind != Token::Id)
                    return false;
                value = std::move(valueToken.text);
            }
            if (token.text == "pos")
                pos = std::move(value);
            else if (token.text == "bb")
                bb = std::move(value);
        }
        return true;
    };
    const auto keepBoundingBox = [&](const QByteArray &bb) {
        // The top graph's bb only, "llx,lly,urx,ury"; a cluster has one of its own.
        if (bb.isEmpty() || depth != 1)
            return true;
        const QList<QByteArray> corners = bb.split(',');
        if (corners.size() != 4)
            return false;
        const auto lower = readPoint(corners[0] + ',' + corners[1]);
        const auto upper = readPoint(corners[2] + ',' + corners[3]);
        if (!lower || !upper)
            return false;
        mBoundingBox = QRectF(*lower, *upper);
        return true;
    };

    for (Token token = tokens.next(); token.kind != Token::End; token = tokens.next()) {
        if (token.is('{')) {
            ++depth;
            continue;
        }
        if (token.is('}')) {
            --depth;
            continue;
        }
        if (token.is(';') || token.is(','))
            continue;
        if (token.kind != Token::Id)
            return fail(QStringLiteral("a statement starts with something other than a name"));

        const QByteArray keyword = token.quoted ? QByteArray() : token.text.toLower();
        QByteArray pos;
        QByteArray bb;
        if (keyword == "graph" && tokens.peek().is('[')) {
            tokens.next();
            if (!readAttributes(pos, bb) || !keepBoundingBox(bb))
                return fail(QStringLiteral("the graph's attributes cannot be read"));
            continue;
        }
        if (keyword == "strict" || keyword == "digraph" || keyword == "graph" ||
            keyword == "subgraph") {
            // A graph's header: its name, if any, and then its "{".
            while (tokens.peek().kind == Token::Id)
                tokens.next();
            continue;
        }
        if (keyword == "node" || keyword == "edge") {
            if (tokens.next().is('[') && readAttributes(pos, bb))
                continue;
            return fail(QStringLiteral("default attributes cannot be read"));
        }

        // A node, an edge (a chain of nodes), or a graph attribute "name=value".
        std::vector<QByteArray> names { token.text };
        if (tokens.peek().is('=')) {
            tokens.next();
            Token value = tokens.next();
            if (value.kind != Token::Id)
                return fail(QStringLiteral("an attribute has no value"));
            if (token.text == "bb" && !keepBoundingBox(value.text))
                return fail(QStringLiteral("the bounding box cannot be read"));
            continue;
        }
        for (;;) {
            while (tokens.peek().is(':')) { // a port, which says nothing about positions
                tokens.next();
                if (tokens.next().kind != Token::Id)
                    return fail(QStringLiteral("a port has no name"));
            }
            if (tokens.peek().kind != Token::EdgeOp)
                break;
            tokens.next();
            Token head = tokens.next();
            if (head.kind != Token::Id)
                return fail(QStringLiteral("an edge has no head"));
            names.push_back(std::move(head.text));
        }
        while (tokens.peek().is('[')) {
            tokens.next();
            if (!readAttributes(pos, bb))
                return fail(QStringLiteral("the attributes of %1 cannot be read")
                                .arg(QString::fromUtf8(names.front())));
        }
        if (names.size() == 1) {
            if (pos.isEmpty())
                continue; // a node named again, in a subgraph, without its position
            const auto centre = readPoint(pos);
            if (!centre)
                return fail(QStringLiteral("the position of node %1 cannot be read: %2")
                                .arg(QString::fromUtf8(names.front()), QString::fromUtf8(pos)));
            mCentres.insert(names.front(), *centre);
        } else {
            for (std::size_t i = 1; i < names.size(); ++i)
                mEdges.push_back(Edge { names[i - 1], names[i], pos });
        }
    }
    if (!tokens.error().isEmpty())
        return fail(tokens.error());
    return true;
}

std::optional<QPointF> DotOutput::centre(const QByteArray &name) const
{
    const auto found = mCentres.constFind(name);
    if (found == mCentres.cend())
        return {};
    return *found;
}

QPainterPath DotOutput::route(const QByteArray &pos, double flipY)
{
    QPainterPath path;
    const auto scene = [flipY](const QPointF &p) {
        return QPointF(p.x(), flipY - p.y());
    };
    for (const QByteArray &spline : pos.split(';')) {
        std::optional<QPointF> start;
        std::optional<QPointF> end;
        std::vector<QPointF> points;
        for (const QByteArray &part : spline.simplified().split(' ')) {
            if (part.isEmpty())
                continue;
            const bool isStart = part.startsWith("s,");
            const bool isEnd = part.startsWith("e,");
            const auto point = readPoint(isStart || isEnd ? part.mid(2) : part);
            if (!point)
                return {};
            if (isStart)
                start = point;
            else if (isEnd)
                end = point;
            else
                points.push_back(*point);
        }
        if (points.empty())
            continue;
        if (start) {
            path.moveTo(scene(*start));
            path.lineTo(scene(points.front()));
        } else {
            path.moveTo(scene(points.front()));
        }
        for (std::size_t i = 1; i + 2 < points.size(); i += 3)
            path.cubicTo(scene(points[i]), scene(points[i + 1]), scene(points[i + 2]));
        // The arrowhead's tip is where the edge meets its customer; the scene draws the head.
        if (end)
            path.lineTo(scene(*end));
    }
    return path;
}

} // namespace ws
