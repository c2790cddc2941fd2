// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/forecastinput.h"
#include "core/metric.h"
#include "models/computedforecast.h"

#include <QCommandLineOption>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace ws {

class Database;
struct DataTable;

/** A workbook opened for a command, with the forecast input of the scenario it asked for. */
struct ScenarioForecast
{
    std::unique_ptr<Database> database;
    Scenario scenario;
    ForecastInput input;
};

/** What every command of the command line shares: its output streams, the exit codes, the
    --db option and the parsing of the options after the command's name. */
class CommandContext
{
public:
    enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

    CommandContext(QTextStream &out, QTextStream &err);

    QTextStream &out() { return mOut; }
    QTextStream &err() { return mErr; }

    /** Prints "wafershare: MESSAGE" and a hint to standard error; returns UsageError. */
    int usageError(const QString &message);
    /** Prints "wafershare: MESSAGE" to standard error; returns DataError. */
    int dataError(const QString &message);

    /** `--db FILE`: the workbook, created from the default data set when it does not exist. */
    static QCommandLineOption dbOption();

    /** Whether a command takes words besides its options (only `scenario` does). */
    enum class Positionals { Refused, Allowed };

    /** Parses @p arguments (argv: program, command, options). Returns -1 when the command should
        go on, otherwise the exit code to return at once (after --help, or on a usage error such
        as an unexpected argument when @p positionals are refused). */
    int parse(QCommandLineParser &parser, const QStringList &arguments,
              Positionals positionals = Positionals::Refused);

    /** Checks the output file @p out against the workbook --db names (or the default one):
        when writing it would overwrite the workbook or its -wal or -shm file, directly or
        through a link, prints why and returns DataError; otherwise returns -1. */
    int refuseOutputOntoWorkbook(const QCommandLineParser &parser, const QString &out);

    /** Opens the workbook that --db names (or the default one). On failure prints the reason,
        sets @p exitCode to DataError and returns nullptr. */
    std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, int *exitCode);

    /** Opens the workbook of --db and resolves the scenario named by --scenario. On failure
        prints the reason (a refused file or an incomplete scenario: DataError; no such
        scenario: UsageError), sets @p exitCode and returns nothing. */
    std::optional<ScenarioForecast> loadScenario(const QCommandLineParser &parser, int *exitCode);
    /** loadScenario() for the scenario named @p scenarioName rather than by --scenario. */
    std::optional<ScenarioForecast> loadScenario(const QCommandLineParser &parser,
                                                 const QString &scenarioName, int *exitCode);

    /** Another scenario of the open workbook @p database (the root that `benefits --against
        base` compares with), read and computed; its problems say what is missing. */
    static ComputedForecast computeStoredScenario(const Database &database, int scenarioId);

    /** Parses --@p option as a year; prints a usage error and returns nothing when it is not one.
     */
    std::optional<int> yearValue(const QCommandLineParser &parser, const QString &option);

    /** `--metric compute_wafers|all_logic_wafers|cowos_wafers`, compute_wafers by default. */
    static QCommandLineOption metricOption();
    /** Parses --metric; prints a usage error and returns nothing when it names no metric. */
    std::optional<Metric> metricValue(const QCommandLineParser &parser);

    /** `--format csv|json`, csv by default. */
    static QCommandLineOption formatOption();
    /** Returns --format ("csv" or "json"); prints a usage error and returns nothing otherwise. */
    std::optional<QString> formatValue(const QCommandLineParser &parser);

    /** Makes a command that computes a table (shares, sensitivity, benefits, calibration) hand
        it to @p table instead of printing it, for `export … --out FILE.xlsx`; nullptr prints. */
    void captureTableInto(DataTable *table) { mCapturedTable = table; }
    DataTable *capturedTable() const { return mCapturedTable; }

private:
    QTextStream &mOut;
    QTextStream &mErr;
    DataTable *mCapturedTable = nullptr;
};

/** A command's function: it takes argv (program, command, options) and returns the exit code. */
using CommandFunction = int (*)(CommandContext &context, const QStringList &arguments);

/** A command of the command line: the word that names it and its function. */
struct NamedCommand
{
    const char *name;
    CommandFunction run;
};

// The commands that only read or edit data, one file each. Those that draw are in
// cli/drawing/drawingcommands.h.
int runSharesCommand(CommandContext &context, const QStringList &arguments);
int runSensitivityCommand(CommandContext &context, const QStringList &arguments);
int runCheckCommand(CommandContext &context, const QStringList &arguments);
int runSetCommand(CommandContext &context, const QStringList &arguments);
int runScenarioCommand(CommandContext &context, const QStringList &arguments);
int runBenefitsCommand(CommandContext &context, const QStringList &arguments);
int runImportCommand(CommandContext &context, const QStringList &arguments);
int runExportCommand(CommandContext &context, const QStringList &arguments);
int runCalibrationFitCommand(CommandContext &context, const QStringList &arguments);
int runCalibrationCommand(CommandContext &context, const QStringList &arguments);
int runResultsCommand(CommandContext &context, const QStringList &arguments);
int runCopyCommand(CommandContext &context, const QStringList &arguments);
int runServerCommand(CommandContext &context, const QStringList &arguments);

} // namespace ws
