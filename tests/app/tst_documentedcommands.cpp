// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "cli/drawing/drawingcommands.h"
#include "support/commandrun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace ws;

namespace {

const QString manualPage = QStringLiteral(WS_SOURCE_DIR "/resources/linux/wafershare.1");

QString manualPageText()
{
    QFile file(manualPage);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A roff argument as the source writes it: '-' as '\-'.
QString roffEscaped(QString text)
{
    return text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

struct Rendered
{
    bool ran = false;
    int exitCode = -1;
    QString warnings;
};

Rendered render(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // As lintian renders a manual page: UTF-8, 80 columns.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("MANROFFSEQ"), QString());
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Rendered rendered;
    rendered.ran = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    rendered.exitCode = process.exitCode();
    rendered.warnings = QString::fromUtf8(process.readAllStandardError());
    return rendered;
}

} // namespace

/** Every command of the command line is documented twice: in `wafershare --help` and in the
    manual page, with a subsection of its own; a command added to the command table without
    both fails here. The manual page renders without a warning from groff or man. */
class TestDocumentedCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandTableIsRead();
    void everyCommandIsInTheUsage_data();
    void everyCommandIsInTheUsage();
    void everyCommandHasASectionInTheManualPage_data();
    void everyCommandHasASectionInTheManualPage();
    void everyOptionOfACommandIsInTheManualPage_data();
    void everyOptionOfACommandIsInTheManualPage();
    void manualPageRendersWithoutWarnings_data();
    void manualPageRendersWithoutWarnings();

private:
    void commandRows();
};

void TestDocumentedCommands::commandTableIsRead()
{
    // Commands worked out by hand from the tables in commandline.cpp and drawingcommands.cpp.
    const QStringList names = CommandLine::commandNames(drawingCommands());
    for (const char *name :
         { "shares", "sensitivity", "check", "set", "scenario", "benefits", "import", "export",
           "calibration", "chart", "graph", "report", "calibration fit" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestDocumentedCommands::commandRows()
{
    QTest::addColumn<QString>("command");
    for (const QString &name : CommandLine::commandNames(drawingCommands()))
        QTest::newRow(qPrintable(name)) << name;
}

void TestDocumentedCommands::everyCommandIsInTheUsage_data()
{
    commandRows();
}

void TestDocumentedCommands::everyCommandIsInTheUsage()
{
    QFETCH(QString, command);
    const test::CommandRun help = test::runCommand({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    // A line of its own: "  wafershare COMMAND …".
    const QRegularExpression line(
        QStringLiteral("^  wafershare +%1\\b").arg(QRegularExpression::escape(command)),
        QRegularExpression::MultilineOption);
    QVERIFY2(line.match(help.out).hasMatch(), qPrintable(help.out));
}

void TestDocumentedCommands::everyCommandHasASectionInTheManualPage_data()
{
    commandRows();
}

void TestDocumentedCommands::everyCommandHasASectionInTheManualPage()
{
    QFETCH(QString, command);
    const QString page = manualPageText();
    QVERIFY2(!page.isEmpty(), qPrintable(manualPage));
    const QString heading = command.contains(QLatin1Char(' '))
        ? QStringLiteral(".SS \"%1\"\n").arg(command)
        : QStringLiteral(".SS %1\n").arg(command);
    QVERIFY2(page.contains(heading), qPrintable(heading));
    QVERIFY2(page.contains(QStringLiteral(".B wafershare %1").arg(roffEscaped(command))),
             qPrintable(command));
}

void TestDocumentedCommands::everyOptionOfACommandIsInTheManualPage_data()
{
    commandRows();
}

void TestDocumentedCommands::everyOptionOfACommandIsInTheManualPage()
{
    QFETCH(QString, command);
    // The options the command's own --help lists, each in the command's subsection.
    const test::CommandRun help =
        test::runCommand(command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    QCOMPARE(help.code, 0);
    const QString page = manualPageText();
    const QString heading = command.contains(QLatin1Char(' '))
        ? QStringLiteral(".SS \"%1\"\n").arg(command)
        : QStringLiteral(".SS %1\n").arg(command);
    const qsizetype start = page.indexOf(heading);
    QVERIFY2(start >= 0, qPrintable(heading));
    qsizetype end = page.indexOf(QStringLiteral("\n.S"), start + heading.size());
    const QString section = page.mid(start, end < 0 ? -1 : end - start);

    static const QRegularExpression option(QStringLiteral("^  (?:-\\w, )?--([\\w-]+)"),
                                           QRegularExpression::MultilineOption);
    QStringList options;
    for (const QRegularExpressionMatch &match : option.globalMatch(help.out)) {
        const QString name = match.captured(1);
        if (name == QLatin1String("help") || name == QLatin1String("help-all"))
            continue; // under COMMON OPTIONS
        options << name;
        // --db, --metric and --format are described under COMMON OPTIONS, named in each synopsis.
        QVERIFY2(section.contains(QStringLiteral("\\-\\-") + roffEscaped(name)),
                 qPrintable(QStringLiteral("%1 --%2").arg(command, name)));
    }
    // server takes words only (init ADDRESS).
    QVERIFY2(!options.isEmpty() || command == QLatin1String("check") ||
                 command == QLatin1String("server"),
             qPrintable(help.out));
}

void TestDocumentedCommands::manualPageRendersWithoutWarnings_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("groff") << QStringLiteral("groff")
                           << QStringList { QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                                            QStringLiteral("-ww"), QStringLiteral("-z"),
                                            manualPage };
    // What lintian runs.
    QTest::newRow("man") << QStringLiteral("man")
                         << QStringList { QStringLiteral("--warnings"),
                                          QStringLiteral("-E"),
                                          QStringLiteral("UTF-8"),
                                          QStringLiteral("-l"),
                                          QStringLiteral("-Tutf8"),
                                          QStringLiteral("-Z"),
                                          manualPage };
}

void TestDocumentedCommands::manualPageRendersWithoutWarnings()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const Rendered rendered = render(program, arguments);
    QVERIFY2(rendered.ran, qPrintable(program + QStringLiteral(" (groff, man-db) did not run")));
    QCOMPARE(rendered.exitCode, 0);
    QVERIFY2(rendered.warnings.isEmpty(), qPrintable(rendered.warnings));
}

QTEST_GUILESS_MAIN(TestDocumentedCommands)
#include "tst_documentedcommands.moc"
