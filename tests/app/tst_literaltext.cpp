// SPDX-License-Identifier: MIT
#include "charts/chartfactory.h"
#include "charts/charttext.h"
#include "charts/forecastchartview.h"
#include "charts/sharedonutchart.h"
#include "desktop/forecastpage.h"
#include "desktop/mainwindow.h"
#include "desktop/overviewpage.h"
#include "models/chartmodels.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/commandrun.h"
#include "support/toolrun.h"

#include <QChart>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace ws;

namespace {

// Markup Qt would render (bold), an entity it would decode, and an image tag that would make
// Qt read /dev/zero without end.
const QString scenarioName = QStringLiteral("Trn bull <b>MS</b> &amp; co");
const QString vendorName = QStringLiteral("Meta<img src=\"/dev/zero\"> &amp; <b>x</b>");

// All text of an SVG file's <text> elements, in document order.
QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text();
    }
    return xml.hasError() ? QStringLiteral("not XML: ") + xml.errorString() : text;
}

QString pdfText(const QString &path)
{
    return test::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }).out;
}

} // namespace

/** Names, titles and notes are shown as typed in every widget and every exported file, and no
    text makes the program read a file or load an image. */
class TestLiteralText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartLabelsShowMarkupAsTyped_data();
    void chartLabelsShowMarkupAsTyped();
    void chartLabelsOfAHugeNameStayBounded();
    void statusBarAndWindowTitleShowTheScenarioAsTyped();
    void messageBarShowsTheScenarioAsTyped();
    void chartTitleAndLegendShowNamesAsTyped();
    void exportedSvgAndReportShowNamesAsTyped();
    void imageTagAndHugeNameStayWithinAMemoryLimit();
    void everyEditRefusesBadNamesAndNotes();
    void graphExportsStayXmlWithAControlCharacterInAName();
    void commandLineRefusesBadScenarioNamesWithExitTwo();

private:
    QTemporaryDir mDir;
    QString mDb;
    std::unique_ptr<MainWindow> mWindow;
};

void TestLiteralText::initTestCase()
{
    QVERIFY(mDir.isValid());
    mDb = mDir.filePath(QStringLiteral("literal.sqlite"));
    QCOMPARE(test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), mDb }).code, 0);
    const QString csv = mDir.filePath(QStringLiteral("vendor.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Meta (vendor 6) renamed by an import, as a user would.
    file.write(QStringLiteral("id,name,name_zh,color,kind\n6,\"%1\",Meta,#6E6E6E,asic\n")
                   .arg(QString(vendorName).replace(QLatin1String("\""), QLatin1String("\"\"")))
                   .toUtf8());
    file.close();
    const test::CommandRun imported = test::runCommand(
        { QStringLiteral("import"), QStringLiteral("vendor"), csv, QStringLiteral("--db"), mDb });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const test::CommandRun created =
        test::runCommand({ QStringLiteral("scenario"), QStringLiteral("new"), scenarioName,
                           QStringLiteral("--db"), mDb });
    QVERIFY2(created.code == 0, qPrintable(created.err));
    // A child, so that deleting the scenario is refused with a message that names it.
    const test::CommandRun child = test::runCommand(
        { QStringLiteral("scenario"), QStringLiteral("new"), QStringLiteral("Child"),
          QStringLiteral("--from"), scenarioName, QStringLiteral("--db"), mDb });
    QVERIFY2(child.code == 0, qPrintable(child.err));
}

void TestLiteralText::init()
{
    // The window, on the workbook with the scenario chosen, for the tests that look at it.
    static const QByteArrayList windowTests = { "statusBarAndWindowTitleShowTheScenarioAsTyped",
                                                "messageBarShowsTheScenarioAsTyped",
                                                "chartTitleAndLegendShowNamesAsTyped" };
    if (!windowTests.contains(QTest::currentTestFunction()))
        return;
    QSettings().clear();
    auto opened = Database::open(mDb);
    QVERIFY2(opened.database, qPrintable(opened.error));
    auto workbook = std::make_unique<Workbook>(std::move(opened.database));
    for (const Scenario &scenario : workbook->scenarios()) {
        if (scenario.name == scenarioName)
            workbook->setScenario(scenario.id);
    }
    QCOMPARE(workbook->scenarioName(), scenarioName);
    mWindow = std::make_unique<MainWindow>(std::move(workbook));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
}

void TestLiteralText::cleanup()
{
    mWindow.reset();
}

void TestLiteralText::chartLabelsShowMarkupAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("Trn bull <b>MS</b>");
    QTest::newRow("image") << QStringLiteral("Meta<img src=\"/dev/zero\">");
    QTest::newRow("entity") << QStringLiteral("R&amp;D &lt;x&gt; & co");
    QTest::newRow("two spaces") << QStringLiteral("Meta  Platforms");
    QTest::newRow("plain") << QStringLiteral("Nvidia");
}

void TestLiteralText::chartLabelsShowMarkupAsTyped()
{
    QFETCH(QString, text);
    const QString label = ChartText::label(text);
    QCOMPARE(ChartText::shownText(label), text);
    // No tag of the user's survives as a tag.
    QVERIFY2(!label.contains(QLatin1String("<b>")) && !label.contains(QLatin1String("<img")),
             qPrintable(label));
}

void TestLiteralText::chartLabelsOfAHugeNameStayBounded()
{
    const QString label = ChartText::label(QString(100000, QLatin1Char('M')));
    QVERIFY2(label.size() <= 200 + 20, qPrintable(QString::number(label.size())));
    QVERIFY(ChartText::shownText(label).endsWith(QChar(0x2026)));
    // A control character cannot be drawn, nor written into an SVG: it shows as U+FFFD.
    QCOMPARE(ChartText::shownText(ChartText::label(QStringLiteral("Al\u0001chip"))),
             QStringLiteral("Al\uFFFDchip"));
}

void TestLiteralText::statusBarAndWindowTitleShowTheScenarioAsTyped()
{
    QLabel *recompute = nullptr;
    for (QLabel *label : mWindow->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(scenarioName))
            recompute = label;
    }
    QVERIFY2(recompute, "no status bar label names the scenario");
    QCOMPARE(recompute->textFormat(), Qt::PlainText);
    QVERIFY(recompute->text().startsWith(QStringLiteral("Scenario ") + scenarioName));
    QCOMPARE(mWindow->windowTitle(), QStringLiteral("literal.sqlite — WaferShare"));
}

void TestLiteralText::messageBarShowsTheScenarioAsTyped()
{
    QVERIFY(mWindow->showPage(QStringLiteral("Forecast")));
    ForecastPage *forecast = mWindow->forecastPage();
    forecast->deleteScenario(); // refused: Child is based on it
    const QString expected =
        QStringLiteral("Not deleted — Child is based on %1; delete it first").arg(scenarioName);
    QCOMPARE(forecast->message(), expected);
    QLabel *bar = nullptr;
    for (QLabel *label : forecast->findChildren<QLabel *>()) {
        if (label->text() == expected)
            bar = label;
    }
    QVERIFY(bar);
    QCOMPARE(bar->textFormat(), Qt::PlainText);
}

void TestLiteralText::chartTitleAndLegendShowNamesAsTyped()
{
    // The Charts page's donut: its title names the scenario, its legend the vendors.
    ChartModels models;
    models.setWorkbook(mWindow->workbook());
    ChartOptions options;
    options.type = ChartType::Donut;
    options.year = 2026;
    models.applyOptions(options);
    std::unique_ptr<ForecastChartView> view(createChartView(ChartType::Donut, &models));
    view->setOptions(options);
    view->resize(1000, 700);
    QTRY_VERIFY(!view->chart()->title().isEmpty());
    const QString title = ChartText::shownText(view->chart()->title());
    QVERIFY2(title.contains(QStringLiteral("Scenario ") + scenarioName + QStringLiteral(" · ")),
             qPrintable(title));
    for (QChart *chart : { view->chart(), mWindow->overviewPage()->donutChart()->chart() }) {
        QStringList legend;
        for (QLegendMarker *marker : chart->legend()->markers())
            legend << ChartText::shownText(marker->label());
        bool found = false;
        for (const QString &entry : legend)
            found = found || entry.startsWith(vendorName + QStringLiteral("  "));
        QVERIFY2(found, qPrintable(legend.join(QLatin1Char('|'))));
    }
}

void TestLiteralText::exportedSvgAndReportShowNamesAsTyped()
{
    const QString svg = mDir.filePath(QStringLiteral("scenarios.svg"));
    const test::CommandRun chart = test::runCommand(
        { QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
          QStringLiteral("scenarios"), QStringLiteral("--scenario"), QStringLiteral("Base"),
          QStringLiteral("--scenario"), scenarioName, QStringLiteral("--out"), svg });
    QVERIFY2(chart.code == 0, qPrintable(chart.err));
    QVERIFY2(svgText(svg).contains(scenarioName), qPrintable(svgText(svg)));

    const QString donut = mDir.filePath(QStringLiteral("donut.svg"));
    const test::CommandRun ring = test::runCommand(
        { QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
          QStringLiteral("donut"), QStringLiteral("--scenario"), scenarioName,
          QStringLiteral("--out"), donut });
    QVERIFY2(ring.code == 0, qPrintable(ring.err));
    const QString ringText = svgText(donut);
    QVERIFY2(ringText.contains(vendorName), qPrintable(ringText));
    QVERIFY2(ringText.contains(scenarioName), qPrintable(ringText));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is needed to read the report's text");
    const QString pdf = mDir.filePath(QStringLiteral("report.pdf"));
    const QString title = QStringLiteral("Title <i>x</i> &amp;");
    const test::CommandRun report = test::runCommand(
        { QStringLiteral("report"), QStringLiteral("--db"), mDb, QStringLiteral("--scenario"),
          scenarioName, QStringLiteral("--title"), title, QStringLiteral("--out"), pdf });
    QVERIFY2(report.code == 0, qPrintable(report.err));
    const QString text = pdfText(pdf).remove(QLatin1Char('\n'));
    QVERIFY(text.contains(title));
    QVERIFY(text.contains(scenarioName));
    QVERIFY(text.contains(vendorName));
}

void TestLiteralText::imageTagAndHugeNameStayWithinAMemoryLimit()
{
    // A hand-edited workbook: import refuses a 100,000-character name now, but a file may
    // hold one.
    const QString db = mDir.filePath(QStringLiteral("huge.sqlite"));
    QVERIFY(QFile::copy(mDb, db));
    {
        auto opened = Database::open(db);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.prepare(QStringLiteral("UPDATE vendor SET name = ? WHERE id = 7")));
        query.addBindValue(QString(100000, QLatin1Char('O')));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const bool limited = !qEnvironmentVariableIsSet("WS_NO_MEMORY_LIMIT");
    const QList<QStringList> commands = {
        { QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("donut"),
          QStringLiteral("--out"), mDir.filePath(QStringLiteral("huge-donut.svg")) },
        { QStringLiteral("chart"), QStringLiteral("--type"), QStringLiteral("share"),
          QStringLiteral("--out"), mDir.filePath(QStringLiteral("huge-share.png")) },
        { QStringLiteral("report"), QStringLiteral("--out"),
          mDir.filePath(QStringLiteral("huge-report.pdf")) },
    };
    for (const QStringList &command : commands) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        // 2 GB of address space: far above what a chart or a report of the default workbook
        // takes (tens of MB), far below what an unbounded read of /dev/zero reaches.
        const QString script = limited ? QStringLiteral("ulimit -v 2000000; exec \"$@\"")
                                       : QStringLiteral("exec \"$@\"");
        process.start(QStringLiteral("bash"),
                      QStringList { QStringLiteral("-c"), script, QStringLiteral("bash"),
                                    QStringLiteral(WS_BINARY) } +
                          command + QStringList { QStringLiteral("--db"), db });
        QVERIFY(process.waitForStarted());
        const bool finished = process.waitForFinished(120000);
        if (!finished)
            process.kill();
        QVERIFY2(finished, qPrintable(command.first() + QStringLiteral(" did not finish")));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(command.first() + QStringLiteral(": ") +
                            QString::fromUtf8(process.readAll().right(400))));
    }
    QVERIFY(svgText(mDir.filePath(QStringLiteral("huge-donut.svg")))
                .contains(QString(10, QLatin1Char('O'))));
}

void TestLiteralText::everyEditRefusesBadNamesAndNotes()
{
    const QString db = mDir.filePath(QStringLiteral("edits.sqlite"));
    auto opened = Database::open(db);
    QVERIFY2(opened.database, qPrintable(opened.error));
    Workbook workbook(std::move(opened.database));
    const QString control = QStringLiteral("character 3 is the control character U+0001, which "
                                           "cannot be shown; remove it");
    const QString tooLong = QStringLiteral("a name may be at most 200 characters long, and this "
                                           "one has 201; shorten it");
    const QString longName(201, QLatin1Char('M'));
    const qsizetype scenarios = workbook.scenarios().size();
    const qsizetype programs = workbook.input().programs.size();
    const int undoSteps = workbook.undoStack()->count();

    QCOMPARE(workbook.createScenario(QStringLiteral("Ba\u0001se 2")), control);
    QCOMPARE(workbook.createScenario(longName), tooLong);
    QCOMPARE(workbook.duplicateScenario(QStringLiteral("Co\u0001py")), control);
    QCOMPARE(workbook.renameScenario(workbook.scenarioId(), longName), tooLong);
    QCOMPARE(workbook.addProgram(1, QStringLiteral("B3\u0001"), QStringLiteral("N2")),
             QStringLiteral("character 3 is the control character U+0001, which cannot be "
                            "shown; remove it"));
    QCOMPARE(workbook.addProgram(1, longName, QStringLiteral("N2")), tooLong);

    Company company;
    company.name = QStringLiteral("Al\u0001chip 2");
    company.tier = QStringLiteral("design");
    QCOMPARE(workbook.supplyChain()->addCompany(company), control);
    Company edited = workbook.supplyChain()->chain().companies.first();
    edited.note = QStringLiteral("a\u001bb");
    QCOMPARE(workbook.supplyChain()->editCompany(edited),
             QStringLiteral("character 2 is the control character U+001B, which cannot be "
                            "shown; remove it"));
    edited.note = QString(10001, QLatin1Char('n'));
    QCOMPARE(workbook.supplyChain()->editCompany(edited),
             QStringLiteral("a note may be at most 10000 characters long, and this one has "
                            "10001; shorten it"));

    Source source;
    source.title = longName;
    QCOMPARE(workbook.addSource(source), tooLong);
    Source cited = workbook.sources().first();
    cited.url = QStringLiteral("ht\u0001tp://x");
    QCOMPARE(workbook.editSource(cited), control);

    // Refused means nothing changed: no scenario, no program, no undo step.
    QCOMPARE(workbook.scenarios().size(), scenarios);
    QCOMPARE(workbook.input().programs.size(), programs);
    QCOMPARE(workbook.undoStack()->count(), undoSteps);

    // Notes keep their line breaks; markup is text like any other.
    edited.note = QStringLiteral("line one\nline two <b>x</b>");
    QCOMPARE(workbook.supplyChain()->editCompany(edited), QString());
    QCOMPARE(workbook.supplyChain()->chain().company(edited.id)->note, edited.note);
}

void TestLiteralText::commandLineRefusesBadScenarioNamesWithExitTwo()
{
    const QString db = mDir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), db }).code, 0);
    const test::CommandRun control =
        test::runCommand({ QStringLiteral("scenario"), QStringLiteral("new"),
                           QStringLiteral("Bull\u001b[31m"), QStringLiteral("--db"), db });
    QCOMPARE(control.code, 2);
    QCOMPARE(control.err,
             QStringLiteral("wafershare: scenario new refused: character 5 is the control "
                            "character U+001B, which cannot be shown; remove it; nothing was "
                            "changed\n"));
    const test::CommandRun renamed = test::runCommand(
        { QStringLiteral("scenario"), QStringLiteral("rename"), QStringLiteral("Base"),
          QString(201, QLatin1Char('B')), QStringLiteral("--db"), db });
    QCOMPARE(renamed.code, 2);
    QVERIFY(renamed.err.contains(QStringLiteral("this one has 201")));
    const test::CommandRun list = test::runCommand(
        { QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("--db"), db });
    QVERIFY(list.out.contains(QStringLiteral("\nBase,,")));
    QVERIFY(!list.out.contains(QStringLiteral("Bull")));
}

void TestLiteralText::graphExportsStayXmlWithAControlCharacterInAName()
{
    // A hand-edited workbook: a company name with U+0001, which XML 1.0 cannot hold.
    const QString db = mDir.filePath(QStringLiteral("graph.sqlite"));
    QCOMPARE(test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), db }).code, 0);
    {
        auto opened = Database::open(db);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE company SET name = 'Al' || char(1) || 'chip <b>&</b>' WHERE id = 1")));
    }
    const QString graphml = mDir.filePath(QStringLiteral("chain.graphml"));
    const test::CommandRun written = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--out"), graphml });
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QFile file(graphml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList labels;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("data") &&
            xml.attributes().value(QLatin1String("key")) == QLatin1String("label"))
            labels << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(labels.contains(QStringLiteral("Al\uFFFDchip <b>&</b>")),
             qPrintable(labels.join(QLatin1Char('|'))));

    const QString svg = mDir.filePath(QStringLiteral("chain.svg"));
    const test::CommandRun drawn = test::runCommand(
        { QStringLiteral("graph"), QStringLiteral("--db"), db, QStringLiteral("--out"), svg });
    QVERIFY2(drawn.code == 0, qPrintable(drawn.err));
    QVERIFY2(!svgText(svg).startsWith(QStringLiteral("not XML")),
             qPrintable(svgText(svg).left(200)));
}

QTEST_MAIN(TestLiteralText)
#include "tst_literaltext.moc"
