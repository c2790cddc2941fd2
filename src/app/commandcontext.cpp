// SPDX-License-Identifier: MIT
#include "commandcontext.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ws {

CommandContext::CommandContext(QTextStream &out, QTextStream &err)
    : mOut(out)
    , mErr(err)
{
}

int CommandContext::usageError(const QString &message)
{
    mErr << "wafershare: " << message << '\n'
         << QCoreApplication::translate("ws::CommandLine",
                                        "Run 'wafershare help' for the commands and their options.")
         << '\n';
    mErr.flush();
    return UsageError;
}

int CommandContext::dataError(const QString &message)
{
    mErr << "wafershare: " << message << '\n';
    mErr.flush();
    return DataError;
}

QCommandLineOption CommandContext::dbOption()
{
    return { QStringLiteral("db"),
             QCoreApplication::translate(
                 "ws::CommandLine",
                 "The workbook <file>; created from the default data set when it does not "
                 "exist. Default: the app's own workbook."),
             QStringLiteral("file") };
}

int CommandContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    // argv[0] is the program and argv[1] the command; QCommandLineParser skips only the first.
    if (!parser.parse(arguments.mid(1)))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        mOut << parser.helpText();
        mOut.flush();
        return Success;
    }
    return -1;
}

std::unique_ptr<Database> CommandContext::openDatabase(const QCommandLineParser &parser,
                                                       int *exitCode)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : Database::defaultPath();
    Database::OpenResult opened = Database::open(path);
    if (!opened.database)
        *exitCode = dataError(opened.error);
    return std::move(opened.database);
}

} // namespace ws
