// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/serveraddress.h"
#include "store/serverschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

int runServerCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("server init ADDRESS: sets up a team workbook in an existing PostgreSQL database "
           "(createdb NAME): the schema, and the roles wafershare_analyst, who may edit, and "
           "wafershare_reader, who may only read. Run it as the database's owner; running it "
           "again grants the roles anew and leaves the rows alone."));
    parser.addPositionalArgument(QStringLiteral("init"), tr("The one action: init."));
    parser.addPositionalArgument(
        QStringLiteral("address"),
        tr("postgresql://user@host:port/dbname, or a libpq key/value string. A password comes "
           "from PGPASSWORD or ~/.pgpass."));
    if (const int code = context.parse(parser, arguments, CommandContext::Positionals::Allowed);
        code >= 0)
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.value(0) != QLatin1String("init"))
        return context.usageError(words.isEmpty()
                                      ? tr("server needs an action: init ADDRESS")
                                      : tr("unknown server action '%1'").arg(words.first()));
    if (words.size() != 2 || !ServerAddress::isServerAddress(words.at(1)))
        return context.usageError(tr("server init needs one server address, such as "
                                     "postgresql://user@host:5432/dbname"));
    const QString address = words.at(1);
    if (const QString error = Database::initialiseServer(address); !error.isEmpty())
        return context.dataError(error);
    context.out() << tr("%1 holds a WaferShare workbook of schema version %2.\n"
                        "Roles: %3 may edit, %4 may only read. Give a colleague one with\n"
                        "  psql -c \"GRANT %3 TO name\"\n"
                        "Fill it from a file with\n"
                        "  wafershare copy --from FILE --to %1\n"
                        "or open it in WaferShare, which fills it from the default data set.")
                         .arg(ServerAddress::withoutPassword(address))
                         .arg(Migrations::latestVersion())
                         .arg(ServerSchema::analystRole, ServerSchema::readerRole)
                  << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
