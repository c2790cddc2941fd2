// SPDX-License-Identifier: MIT
#include "support/randomsupplychain.h"
#include "support/replacesupplychain.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** What may differ between two runs of an export, masked before the bytes are compared. */
enum class Varying {
    Nothing,
    PdfDates, // a PDF's creation and modification dates and its /ID
};

/** One export: the command's arguments, with "OUT" where the output file goes. */
struct ExportRun
{
    QStringList arguments;
    const char *suffix;
    Varying varying = Varying::Nothing;
};

// Every output the program writes from a workbook. A new export format or chart type gets its
// line here.
QList<ExportRun> exportRuns()
{
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *word : list)
            result << QString::fromLatin1(word);
        return result;
    };
    QList<ExportRun> runs = {
        { words({ "graph", "--layout", "force", "--out", "OUT" }), "graphml" },
        { words({ "graph", "--layout", "layered", "--out", "OUT" }), "graphml" },
        { words({ "graph", "--layout", "force", "--out", "OUT" }), "svg" },
        { words({ "graph", "--layout", "layered", "--out", "OUT" }), "svg" },
        { words({ "export", "--all", "--out", "OUT" }), "json" },
        { words({ "report", "--out", "OUT" }), "pdf", Varying::PdfDates },
        { words({ "export", "--all", "--out", "OUT" }), "xlsx" },
        { words({ "export", "shares", "--out", "OUT" }), "xlsx" },
    };
    for (const char *type :
         { "share", "volume", "donut", "scenarios", "capacity", "tornado", "calibration" })
        runs.append({ words({ "chart", "--type", type, "--out", "OUT" }), "svg" });
    for (const char *type : { "share", "donut", "tornado" })
        runs.append(
            { words({ "chart", "--type", type, "--out", "OUT" }), "pdf", Varying::PdfDates });
    for (const char *layout : { "force", "layered" })
        runs.append(
            { words({ "graph", "--layout", layout, "--out", "OUT" }), "pdf", Varying::PdfDates });
    for (const char *table : { "company", "relation", "assumption", "shares", "programs",
                               "sensitivity", "ranking", "calibration" })
        runs.append({ words({ "export", table, "--out", "OUT" }), "csv" });
    return runs;
}

QByteArray masked(QByteArray bytes, Varying varying)
{
    if (varying == Varying::PdfDates) {
        static const QRegularExpression dates(QStringLiteral(
            R"((/CreationDate|/ModDate)\s*\(D:[0-9Z+\-']+\)|/ID\s*\[[^\]]*\]|<xmp:[A-Za-z]*Date>[^<]*<)"));
        QString text = QString::fromLatin1(bytes);
        text.replace(dates, QStringLiteral("[masked]"));
        bytes = text.toLatin1();
    }
    return bytes;
}

} // namespace

/** The same workbook gives the same bytes on every run: every export, written twice by two
    processes whose hashes are seeded differently, compared byte for byte. */
class TestReproducibleOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameBytesOnEveryRun_data();
    void sameBytesOnEveryRun();

private:
    /** Runs the program with @p arguments; @p hashSeed "0" fixes Qt's hash seed, an empty one
        leaves it random. Returns its standard error when it fails, otherwise nothing. */
    QString runProgram(const QStringList &arguments, const QString &hashSeed);

    QTemporaryDir mDir;
    QString mDb; // the default workbook
    QString mLargeDb; // the default workbook with a random supply chain of 300 companies
};

QString TestReproducibleOutputs::runProgram(const QStringList &arguments, const QString &hashSeed)
{
    QProcess program;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (hashSeed.isEmpty())
        environment.remove(QStringLiteral("QT_HASH_SEED"));
    else
        environment.insert(QStringLiteral("QT_HASH_SEED"), hashSeed);
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(WS_PROGRAM), arguments);
    if (!program.waitForFinished(180'000))
        return QStringLiteral("did not finish");
    if (program.exitStatus() != QProcess::NormalExit || program.exitCode() != 0)
        return QString::fromUtf8(program.readAllStandardError());
    return {};
}

void TestReproducibleOutputs::initTestCase()
{
    QVERIFY(mDir.isValid());
    mDb = mDir.filePath(QStringLiteral("default.sqlite"));
    mLargeDb = mDir.filePath(QStringLiteral("large.sqlite"));
    for (const QString &db : { mDb, mLargeDb }) {
        const QString error =
            runProgram({ QStringLiteral("check"), QStringLiteral("--db"), db }, QString());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("large"));
        db.setDatabaseName(mLargeDb);
        QVERIFY(db.open());
        QCOMPARE(ws::test::replaceSupplyChain(db, ws::test::randomSupplyChain(300, 900, 17)),
                 QString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("large"));
}

void TestReproducibleOutputs::sameBytesOnEveryRun_data()
{
    QTest::addColumn<QString>("workbook");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("varying");
    for (const ExportRun &run : exportRuns())
        QTest::newRow(qPrintable(QStringLiteral("%1 .%2").arg(run.arguments.join(QLatin1Char(' ')),
                                                              QLatin1String(run.suffix))))
            << mDb << run.arguments << QString::fromLatin1(run.suffix)
            << static_cast<int>(run.varying);
    // A graph too large for Graphviz's library in process: its command-line tools lay it out,
    // and the boxes they leave overlapping are pushed apart.
    for (const char *layout : { "force", "layered" }) {
        for (const char *suffix : { "svg", "graphml" }) {
            QTest::newRow(qPrintable(QStringLiteral("300 companies, %1 layout .%2")
                                         .arg(QLatin1String(layout), QLatin1String(suffix))))
                << mLargeDb
                << QStringList({ QStringLiteral("graph"), QStringLiteral("--layout"),
                                 QLatin1String(layout), QStringLiteral("--out"),
                                 QStringLiteral("OUT") })
                << QString::fromLatin1(suffix) << static_cast<int>(Varying::Nothing);
        }
    }
}

void TestReproducibleOutputs::sameBytesOnEveryRun()
{
    QFETCH(QString, workbook);
    QFETCH(QStringList, arguments);
    QFETCH(QString, suffix);
    QFETCH(int, varying);
    QByteArray written[2];
    // The first run with Qt's hash seed fixed at 0, the second with a random one: an output
    // that depends on a hash's order differs between them.
    const QString seeds[2] = { QStringLiteral("0"), QString() };
    for (int run = 0; run < 2; ++run) {
        const QString out = mDir.filePath(QStringLiteral("run%1.%2").arg(run).arg(suffix));
        QFile::remove(out);
        QStringList withOut = arguments;
        withOut.replace(withOut.indexOf(QStringLiteral("OUT")), out);
        withOut << QStringLiteral("--db") << workbook;
        const QString error = runProgram(withOut, seeds[run]);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        written[run] = masked(file.readAll(), static_cast<Varying>(varying));
        QVERIFY(!written[run].isEmpty());
    }
    if (written[0] != written[1]) {
        qsizetype at = 0;
        while (at < written[0].size() && at < written[1].size() && written[0][at] == written[1][at])
            ++at;
        QFAIL(qPrintable(
            QStringLiteral("the runs differ from byte %1:\n%2\n---\n%3")
                .arg(at)
                .arg(QString::fromUtf8(written[0].mid(std::max<qsizetype>(0, at - 80), 240)),
                     QString::fromUtf8(written[1].mid(std::max<qsizetype>(0, at - 80), 240)))));
    }
}

QTEST_GUILESS_MAIN(TestReproducibleOutputs)
#include "tst_reproducibleoutputs.moc"
