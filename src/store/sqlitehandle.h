// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ws {

/** The sqlite3 connection behind a QSQLITE connection, for what Qt's API does not offer (binding
    rows in bulk, loading a database image into memory); nullptr for any other driver. Qt's driver
    is built against the system library, the one this program links. */
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace ws
