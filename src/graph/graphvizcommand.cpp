// SPDX-License-Identifier: MIT
#include "graphvizcommand.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace ws {

namespace {

// How often a running tool is checked for a cancel: well under the 100 ms in which a cancel
// must take effect, and long enough that polling costs nothing next to the layout.
constexpr int cancelPollMs = 10;

} // namespace

QString GraphvizCommand::find(const QString &tool)
{
    if (qEnvironmentVariableIsSet(directoryVariable)) {
        const QString directory = qEnvironmentVariable(directoryVariable);
        return directory.isEmpty() ? QString()
                                   : QStandardPaths::findExecutable(tool, { directory });
    }
    return QStandardPaths::findExecutable(tool);
}

GraphvizCommand::Output GraphvizCommand::run(const QString &tool, const QStringList &arguments,
                                             const QByteArray &input,
                                             const std::atomic_bool *cancel)
{
    Output output;
    const QString program = find(tool);
    if (program.isEmpty())
        return output; // Missing

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Graphviz reads "1.5" with strtod and writes coordinates with printf: in a locale with a
    // decimal comma both would go wrong.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(-1))
        return output; // Missing: not executable, or gone since find()

    process.write(input);
    process.closeWriteChannel();
    // waitForFinished() also feeds standard input and drains the outputs while it waits.
    while (!process.waitForFinished(cancelPollMs) && process.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished(-1);
            output.outcome = Outcome::Cancelled;
            return output;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        output.outcome = Outcome::Failed;
        output.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (output.error.isEmpty())
            output.error = process.exitStatus() == QProcess::NormalExit
                ? QStringLiteral("exit code %1").arg(process.exitCode())
                : process.errorString();
        return output;
    }
    output.outcome = Outcome::Finished;
    output.text = process.readAllStandardOutput();
    return output;
}

} // namespace ws
