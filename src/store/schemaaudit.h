// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace ws {

/** Compares a workbook's schema objects with exactly those WaferShare's migrations create for its
    schema version, so that a trigger, view, table or index someone else put there (or a changed
    definition of one of ours) is found before any statement could fire it. */
class SchemaAudit
{
public:
    /** One line per object that is not as the migrations to @p version create it: added, changed
        or missing, each naming its type and name. Empty when the schema is exactly ours. Reads
        sqlite_master only, which fires nothing. */
    static QStringList differences(const QSqlDatabase &db, int version);

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::SchemaAudit)
};

} // namespace ws
