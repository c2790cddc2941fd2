// SPDX-License-Identifier: MIT
#include "serveraddress.h"

#include <QRegularExpression>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>

namespace ws::ServerAddress {

namespace {

bool isUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// The keywords libpq takes in a key/value connection string that say where a database is; a
// string that starts with one of them followed by "=" is taken as such a string.
const QStringList &locationKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("host"),   QStringLiteral("hostaddr"), QStringLiteral("port"),
        QStringLiteral("dbname"), QStringLiteral("user"),     QStringLiteral("service"),
    };
    return keywords;
}

// user:secret@ in a URI: the colon after the user name up to the @ before the host.
const QRegularExpression &uriPassword()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// password=secret or password='sec ret' in a key/value string, and ?password= or &password= in
// a URI's query.
const QRegularExpression &keywordPassword()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|\\s|[?&])password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|[^\\s&]*)"));
    return pattern;
}

} // namespace

bool isServerAddress(const QString &location)
{
    if (isUri(location))
        return true;
    const QString trimmed = location.trimmed();
    for (const QString &keyword : locationKeywords()) {
        static const QRegularExpression equals(QStringLiteral("^\\s*="));
        if (trimmed.startsWith(keyword) && equals.match(trimmed.mid(keyword.size())).hasMatch())
            return true;
    }
    return false;
}

QString withoutPassword(const QString &location)
{
    QString shown = location;
    if (isUri(shown))
        shown.replace(uriPassword(), QStringLiteral("\\1@"));
    shown.replace(keywordPassword(), QStringLiteral("\\1"));
    shown = shown.simplified();
    shown.replace(QLatin1String("?&"), QLatin1String("?"))
        .replace(QLatin1String("&&"), QLatin1String("&"));
    while (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    return shown;
}

std::optional<ConnectionParts> parse(const QString &location, QString *error)
{
    char *message = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(location.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        *error = message ? QString::fromUtf8(message).trimmed() : QStringLiteral("out of memory");
        PQfreemem(message);
        return std::nullopt;
    }
    ConnectionParts parts;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("host"))
            parts.host = value;
        else if (keyword == QLatin1String("port") && value.toInt() > 0)
            parts.port = value.toInt();
        else if (keyword == QLatin1String("user"))
            parts.user = value;
        else if (keyword == QLatin1String("password"))
            parts.password = value;
        else if (keyword == QLatin1String("dbname"))
            parts.database = value;
        else {
            // Qt's driver turns ';' in its options into a space; libpq reads the quoted rest.
            QString quoted = value;
            quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("\\'"));
            parts.options << keyword + QStringLiteral("='") + quoted + QLatin1Char('\'');
        }
    }
    return parts;
}

} // namespace ws::ServerAddress
