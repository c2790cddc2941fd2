// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace ws {

/** One of Graphviz's command-line tools (dot, sfdp, neato) run as a child process on DOT text,
    so that a layout can be stopped at once: the library in process cannot be interrupted, a
    child process can be killed. The child runs in the C locale, so that the numbers it reads
    and writes have a decimal point whatever the user's locale. */
class GraphvizCommand
{
public:
    /** The environment variable naming the folder to take the tools from instead of PATH;
        set to an empty value, or to a folder without them, it makes the layout use the
        library in process. */
    static constexpr const char *directoryVariable = "WS_GRAPHVIZ_DIR";

    enum class Outcome { Finished, Cancelled, Failed, Missing };

    struct Output
    {
        Outcome outcome = Outcome::Missing;
        QByteArray text; // standard output when Finished
        QString error; // the tool's complaint when Failed
    };

    /** The path of the tool, or empty when it is not installed. */
    static QString find(const QString &tool);

    /** Runs @p tool with @p arguments, @p input on its standard input, and returns what it
        wrote. Polls @p cancel while the tool runs and kills it as soon as it is set. Missing
        means the tool could not be found or started, so the caller can fall back. */
    static Output run(const QString &tool, const QStringList &arguments, const QByteArray &input,
                      const std::atomic_bool *cancel);
};

} // namespace ws
