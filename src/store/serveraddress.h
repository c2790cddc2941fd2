// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ws::ServerAddress {

/** True when @p location names a workbook on a PostgreSQL server rather than a file: a libpq
    URI (postgresql://… or postgres://…) or a libpq key/value string ("host=… dbname=…"). A
    key/value string is recognised by a leading keyword of libpq's and "=", which a file name
    does not start with in practice. */
bool isServerAddress(const QString &location);

/** @p location with any password taken out, for titles, messages, the recent-files list and
    QSettings: a password is never shown or stored (libpq reads it from PGPASSWORD or
    ~/.pgpass). */
QString withoutPassword(const QString &location);

/** An address taken apart by libpq's own parser (PQconninfoParse), into the fields Qt's
    driver takes one by one and the rest as libpq key/value options. */
struct ConnectionParts
{
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
    QStringList options; // key='value', quoted for libpq
};

/** Takes @p location apart; on a malformed address returns nothing and sets @p error to libpq's
    reason. */
std::optional<ConnectionParts> parse(const QString &location, QString *error);

} // namespace ws::ServerAddress
