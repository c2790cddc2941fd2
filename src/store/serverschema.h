// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace ws {

/** The workbook schema on a PostgreSQL server: the same tables, columns, constraints and views
    as a SQLite workbook of the latest version (Migrations), written in PostgreSQL's dialect.
    Text compares byte for byte (COLLATE "C") as SQLite's BINARY does, so that names that are
    distinct in a file stay distinct on the server and rows sort alike. A server has no file
    header, so the application id and the schema version are rows of the setting table. */
class ServerSchema
{
public:
    /** The setting rows that mark a server database as a WaferShare workbook. */
    static const QString applicationIdKey;
    static const QString schemaVersionKey;

    /** The roles `server init` creates: the first may edit, the second only read. */
    static const QString analystRole;
    static const QString readerRole;

    /** What a database holds, told by its tables and setting rows. */
    enum class State { Empty, WaferShare, NewerSchema, OlderSchema, Foreign };
    struct Inspection
    {
        State state = State::Empty;
        int version = 0;
        QString error; // the server's words when it could not be asked
    };
    static Inspection inspect(QSqlDatabase &db);

    /** Creates the schema and the two roles, and grants them, in one transaction; a database
        that already holds the schema gets only the roles and grants again. Returns an empty
        string on success, otherwise the reason. */
    static QString initialise(QSqlDatabase &db);

    /** Schema objects on our tables that WaferShare does not create (triggers, rules), which
        could change or delete rows when the workbook is edited; empty when there are none. */
    static QStringList foreignObjects(QSqlDatabase &db);

    /** True when the connection's role may change the workbook's rows. */
    static bool mayEdit(QSqlDatabase &db);

    /** The role the connection is logged in as. */
    static QString currentRole(QSqlDatabase &db);

private:
    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ServerSchema)
};

} // namespace ws
