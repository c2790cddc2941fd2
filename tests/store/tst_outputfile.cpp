// SPDX-License-Identifier: MIT
#include "support/commandrun.h"
#include "support/files.h"

#include "charts/chartexporter.h"
#include "files/outputfile.h"
#include "graph/graphexporter.h"
#include "graph/supplychainscene.h"
#include "models/workbook.h"
#include "report/reportexporter.h"
#include "store/database.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include <cerrno>

using namespace ws;
using ws::test::fileHash;
using ws::test::runCommand;
using ws::test::writeFile;

/** No output lands on the open workbook or its side files, whatever name leads there; outputs
    are written whole or not at all; temporary files never take a user's file. */
class TestOutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusesEveryNameOfTheWorkbook_data();
    void refusesEveryNameOfTheWorkbook();
    void acceptsFilesThatOnlyLookAlike();
    void everyCommandRefusesOutputOntoTheWorkbook_data();
    void everyCommandRefusesOutputOntoTheWorkbook();
    void importAllRefusesAnExistingWorkbook_data();
    void importAllRefusesAnExistingWorkbook();
    void saveAsRefusesEveryNameOfTheWorkbook_data();
    void saveAsRefusesEveryNameOfTheWorkbook();
    void guiExportersRefuseTheOpenWorkbook();
    void writeReplacesAnEarlierFileWhole();
    void failedWriteLeavesTheEarlierFileAndNoTemporary();
    void failuresAreNamedInWords();
    void filesNamedLikeTemporariesAreKept();

private:
    // The six ways of naming the workbook (or its side files) that must all be refused.
    void addForms();
    QString formPath(const QString &form) const;

    QTemporaryDir mDir;
    QString mWorkbook;
    QByteArray mHash;
};

void TestOutputFile::init()
{
    QVERIFY(mDir.isValid());
    mWorkbook = mDir.filePath(QStringLiteral("wb.sqlite"));
    // Created and closed: the file alone is on disk, with no -wal or -shm beside it.
    QVERIFY(Database::open(mWorkbook).database);
    QVERIFY(QFile::link(mWorkbook, mDir.filePath(QStringLiteral("link.sqlite"))));
    QVERIFY(::link(QFile::encodeName(mWorkbook).constData(),
                   QFile::encodeName(mDir.filePath(QStringLiteral("hard.sqlite"))).constData()) ==
            0);
    // A link to the -wal, which does not exist while the workbook is closed: writing through it
    // would create a log SQLite reads as the workbook's.
    QVERIFY(
        QFile::link(mWorkbook + QStringLiteral("-wal"), mDir.filePath(QStringLiteral("wal-link"))));
    QVERIFY(QDir().mkpath(mDir.filePath(QStringLiteral("x"))));
    mHash = fileHash(mWorkbook);
    QVERIFY(!mHash.isEmpty());
}

void TestOutputFile::cleanup()
{
    QDir(mDir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(mDir.path()));
}

void TestOutputFile::addForms()
{
    QTest::addColumn<QString>("form");
    for (const char *form : { "itself", "detour", "symlink", "hardlink", "wal", "shm", "wal-link" })
        QTest::newRow(form) << QString::fromLatin1(form);
}

QString TestOutputFile::formPath(const QString &form) const
{
    if (form == QLatin1String("itself"))
        return mWorkbook;
    if (form == QLatin1String("detour"))
        return mDir.path() + QStringLiteral("/./x/../wb.sqlite");
    if (form == QLatin1String("symlink"))
        return mDir.filePath(QStringLiteral("link.sqlite"));
    if (form == QLatin1String("hardlink"))
        return mDir.filePath(QStringLiteral("hard.sqlite"));
    if (form == QLatin1String("wal"))
        return mWorkbook + QStringLiteral("-wal");
    if (form == QLatin1String("shm"))
        return mWorkbook + QStringLiteral("-shm");
    return mDir.filePath(QStringLiteral("wal-link"));
}

void TestOutputFile::refusesEveryNameOfTheWorkbook_data()
{
    addForms();
}

void TestOutputFile::refusesEveryNameOfTheWorkbook()
{
    QFETCH(QString, form);
    const QString target = formPath(form);
    const QString problem = OutputFile::targetProblem(target, mWorkbook);
    QVERIFY2(problem.contains(QFileInfo(target).absoluteFilePath()), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("open workbook")), qPrintable(problem));
    // Named through a link, the workbook is refused just the same.
    QVERIFY(
        !OutputFile::targetProblem(target, mDir.filePath(QStringLiteral("link.sqlite"))).isEmpty());
}

void TestOutputFile::acceptsFilesThatOnlyLookAlike()
{
    const QString other = mDir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(writeFile(other, "not the workbook"));
    QVERIFY(QFile::link(other, mDir.filePath(QStringLiteral("other-link"))));
    for (const QString &name :
         { QStringLiteral("wb.sqlite.json"), QStringLiteral("wb.sqlite-wal.csv"),
           QStringLiteral("wb.sqlit"), QStringLiteral("x/wb.sqlite"),
           QStringLiteral("other.sqlite"), QStringLiteral("other-link") }) {
        QCOMPARE(OutputFile::targetProblem(mDir.filePath(name), mWorkbook), QString());
    }
}

void TestOutputFile::everyCommandRefusesOutputOntoTheWorkbook_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("form");
    const QList<QPair<const char *, QStringList>> commands = {
        { "export table", { QStringLiteral("export"), QStringLiteral("company") } },
        { "export shares", { QStringLiteral("export"), QStringLiteral("shares") } },
        { "export programs", { QStringLiteral("export"), QStringLiteral("programs") } },
        { "export sensitivity", { QStringLiteral("export"), QStringLiteral("sensitivity") } },
        { "export ranking", { QStringLiteral("export"), QStringLiteral("ranking") } },
        { "export --all", { QStringLiteral("export"), QStringLiteral("--all") } },
        { "chart", { QStringLiteral("chart") } },
        { "graph", { QStringLiteral("graph") } },
        { "report", { QStringLiteral("report") } },
    };
    for (const auto &[name, command] : commands) {
        for (const char *form :
             { "itself", "detour", "symlink", "hardlink", "wal", "shm", "wal-link" })
            QTest::addRow("%s, %s", name, form) << command << QString::fromLatin1(form);
    }
}

void TestOutputFile::everyCommandRefusesOutputOntoTheWorkbook()
{
    QFETCH(QStringList, command);
    QFETCH(QString, form);
    const QString target = formPath(form);
    const test::CommandRun run = runCommand(
        command +
        QStringList { QStringLiteral("--db"), mWorkbook, QStringLiteral("--out"), target });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QFileInfo(target).absoluteFilePath()), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("open workbook")), qPrintable(run.err));
    QCOMPARE(fileHash(mWorkbook), mHash);
    QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("link.sqlite"))).isSymLink());
    QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("wal-link"))).isSymLink());
    QVERIFY(!QFileInfo::exists(mWorkbook + QStringLiteral("-wal")));
}

void TestOutputFile::importAllRefusesAnExistingWorkbook_data()
{
    QTest::addColumn<QString>("form");
    for (const char *form : { "itself", "detour", "symlink", "hardlink" })
        QTest::newRow(form) << QString::fromLatin1(form);
}

// `import --all --db NEW` creates a workbook; a name that leads to one is refused.
void TestOutputFile::importAllRefusesAnExistingWorkbook()
{
    QFETCH(QString, form);
    const QString json = mDir.filePath(QStringLiteral("all.json"));
    QCOMPARE(runCommand({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--db"),
                          mWorkbook, QStringLiteral("--out"), json })
                 .code,
             0);
    const test::CommandRun run = runCommand({ QStringLiteral("import"), QStringLiteral("--all"),
                                              json, QStringLiteral("--db"), formPath(form) });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QCOMPARE(fileHash(mWorkbook), mHash);
    QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("link.sqlite"))).isSymLink());
}

void TestOutputFile::saveAsRefusesEveryNameOfTheWorkbook_data()
{
    addForms();
}

void TestOutputFile::saveAsRefusesEveryNameOfTheWorkbook()
{
    QFETCH(QString, form);
    Database::OpenResult opened = Database::open(mWorkbook);
    QVERIFY(opened.database);
    const QString error = opened.database->saveCopy(formPath(form));
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));
    opened.database.reset();
    QCOMPARE(fileHash(mWorkbook), mHash);
    QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("link.sqlite"))).isSymLink());
    QVERIFY(Database::open(mWorkbook).database); // still a workbook that opens
}

// What the desktop's export dialogs call (chart, graph, report, JSON): each refuses a path that
// leads to the workbook it has open, and writes nothing there.
void TestOutputFile::guiExportersRefuseTheOpenWorkbook()
{
    Database::OpenResult opened = Database::open(mWorkbook);
    QVERIFY(opened.database);
    Workbook workbook(std::move(opened.database));
    const QString hard = mDir.filePath(QStringLiteral("hard.sqlite"));
    QString error;

    QChart chart;
    auto *series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 2);
    chart.addSeries(series);
    for (const char *name : { "link.svg", "link.graphml", "link.pdf" })
        QVERIFY(QFile::link(mWorkbook, mDir.filePath(QString::fromLatin1(name))));
    ChartExportSettings chartSettings;
    chartSettings.path = mDir.filePath(QStringLiteral("link.svg"));
    QCOMPARE(ChartExporter::exportChart(&chart, chartSettings, &error),
             ChartExporter::Result::CannotWrite);
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));
    QVERIFY(QFileInfo(chartSettings.path).isSymLink());

    SupplyChainScene scene;
    error.clear();
    QCOMPARE(GraphExporter::exportGraph(&scene, { chartSettings.path, 1.0, QString() }, &error),
             GraphExporter::Result::CannotWrite);
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));
    error.clear();
    QVERIFY(!GraphExporter::writeGraphMl(&scene, mDir.filePath(QStringLiteral("link.graphml")),
                                         &error));
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));

    error.clear();
    ReportSettings reportSettings;
    reportSettings.sections = { QStringLiteral("title") };
    QCOMPARE(ReportExporter::exportPdf(&workbook, reportSettings,
                                       mDir.filePath(QStringLiteral("link.pdf")), &error),
             ReportExporter::Result::CannotWrite);
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));

    error = workbook.exportJson(hard);
    QVERIFY2(error.contains(QStringLiteral("open workbook")), qPrintable(error));
    error = workbook.exportJson(mWorkbook + QStringLiteral("-wal"));
    QVERIFY2(error.contains(QStringLiteral("write-ahead log")), qPrintable(error));

    QCOMPARE(fileHash(mWorkbook), mHash);
    QCOMPARE(fileHash(hard), mHash);
}

void TestOutputFile::writeReplacesAnEarlierFileWhole()
{
    const QString path = mDir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeFile(path, "an earlier, longer export\n"));
    QCOMPARE(OutputFile::write(path, "a,b\n1,2\n"), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\n1,2\n"));
    // Through a link to another file, the file it leads to is replaced and the link kept.
    const QString link = mDir.filePath(QStringLiteral("out-link.csv"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(OutputFile::write(link, "c\n"), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(fileHash(path), QCryptographicHash::hash("c\n", QCryptographicHash::Sha256));
}

void TestOutputFile::failedWriteLeavesTheEarlierFileAndNoTemporary()
{
    // A folder stands where the file should go: the write fails after nothing was written.
    const QStringList before =
        QDir(mDir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    const QString folder = mDir.filePath(QStringLiteral("x"));
    const QString error = OutputFile::write(folder, "data");
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(mDir.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             before);
    // A folder that does not exist.
    const QString missing = mDir.filePath(QStringLiteral("no/such/folder/out.csv"));
    QVERIFY(!OutputFile::write(missing, "data").isEmpty());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestOutputFile::failuresAreNamedInWords()
{
    const QString path = QStringLiteral("/media/usb/out.pdf");
    const QString full = OutputFile::describeFailure(path, ENOSPC, QStringLiteral("x"));
    QVERIFY2(full.startsWith(QStringLiteral("the disk holding /media/usb/out.pdf is full.")),
             qPrintable(full));
    const QString denied = OutputFile::describeFailure(path, EACCES, QStringLiteral("x"));
    QVERIFY2(denied.contains(QStringLiteral("/media/usb/out.pdf (permission denied)")),
             qPrintable(denied));
    QVERIFY(OutputFile::describeFailure(path, EROFS, QStringLiteral("x"))
                .contains(QStringLiteral("read-only file system")));
    QVERIFY(OutputFile::describeFailure(path, EIO, QStringLiteral("x"))
                .contains(QStringLiteral("input/output error")));
    // Anything else keeps the system's own words.
    QVERIFY(OutputFile::describeFailure(path, EBADF, QStringLiteral("Bad file descriptor"))
                .contains(QStringLiteral("/media/usb/out.pdf: Bad file descriptor")));
}

// A file of the user's that merely has the name a temporary file once had is never deleted: not
// when a workbook is created beside it, saved as a copy beside it, or exported beside it.
void TestOutputFile::filesNamedLikeTemporariesAreKept()
{
    const QByteArray mine = "the user's own notes\n";
    const QString created = mDir.filePath(QStringLiteral("new.sqlite"));
    const QString copy = mDir.filePath(QStringLiteral("copy.sqlite"));
    const QString exported = mDir.filePath(QStringLiteral("out.json"));
    for (const QString &path : { created, copy, exported })
        QVERIFY(writeFile(path + QStringLiteral(".partial"), mine));

    Database::OpenResult opened = Database::open(created);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->saveCopy(copy), QString());
    QVERIFY(Database::open(copy).database);
    QCOMPARE(runCommand({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--db"),
                          created, QStringLiteral("--out"), exported })
                 .code,
             0);
    const QByteArray expected = QCryptographicHash::hash(mine, QCryptographicHash::Sha256);
    for (const QString &path : { created, copy, exported })
        QCOMPARE(fileHash(path + QStringLiteral(".partial")), expected);
    // And nothing of the program's own is left over.
    QCOMPARE(QDir(mDir.path()).entryList({ QStringLiteral("*.tmp") }, QDir::Files), QStringList());
}

QTEST_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
