// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/serveraddress.h"
#include "store/workbookjson.h"
#include "support/commandrun.h"
#include "support/largeworkbook.h"
#include "support/postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using test::PostgresServer;
using test::runCommand;

namespace {

// Lines of a CSV file of the default data set less its header: the rows a new workbook holds.
int defaultRows(const QString &table)
{
    QFile file(QStringLiteral(WS_DEFAULT_DATA_DIR "/") + table + QStringLiteral(".csv"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int lines = 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        lines += line.trimmed().isEmpty() ? 0 : 1;
    return lines - 1;
}

QJsonObject dumpOf(const Database &database)
{
    QSqlDatabase db = database.connection();
    QString error;
    const QJsonObject dump = WorkbookJson::dump(db, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return dump;
}

// The cell whose value `set` changes below: Nvidia's B200/B300 units in 2026 in Base, which the
// default data gives as 4,100,000 (data/assumption.csv).
const QString cellSql = QStringLiteral(
    "SELECT a.value FROM assumption a JOIN program p ON p.id = a.program_id JOIN scenario s ON "
    "s.id = a.scenario_id WHERE p.name = 'B200/B300 (Blackwell)' AND s.name = 'Base' AND "
    "a.year = 2026 AND a.field = 'units'");
const QStringList setCell = {
    QStringLiteral("set"),    QStringLiteral("--program"), QStringLiteral("B200/B300 (Blackwell)"),
    QStringLiteral("--year"), QStringLiteral("2026"),      QStringLiteral("--field"),
    QStringLiteral("units"),  QStringLiteral("--value")
};

} // namespace

/** Team workbooks on a real PostgreSQL server: set up, copied both ways, opened, edited, read
    by a reader who may not edit, and refused when the database is not ours. */
class TestServerWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addressesAreRecognisedAndPasswordsNeverShown_data();
    void addressesAreRecognisedAndPasswordsNeverShown();
    void uninitialisedDatabaseSaysHowToSetItUp();
    void serverInitCreatesTheSchemaAndTwoRoles();
    void firstOpenFillsTheWorkbookWithTheDefaultData();
    void copyToTheServerAndBackIsLossless();
    void copyRefusesAWorkbookAlreadyThereUnlessReplacing();
    void sharesAreTheSameFromTheFileAndTheServer();
    void anEditIsSeenByTheNextReader();
    void aReaderMayReadButAnEditIsRefusedWithTheReason();
    void aForeignDatabaseIsRefusedAndLeftAlone();
    void aTriggerSomeoneAddedIsRefused();
    void aClientKilledInTheMiddleOfACopyLeavesNothing();
    void csvImportsWriteAndRefuseAsOnAFile();
    void aRowImportedWithoutAnIdTakesOneAfterTheLargest();
    void aGraphMlImportChangesTheServerWorkbook();
    void resultsAreStoredOnTheServerAsInAFile();
    void importAllFillsAnEmptyServerWorkbookAndNoFile();

private:
    QString fileTwin(const QString &name);
    void initAndCopy();

    PostgresServer mServer;
    QTemporaryDir mFolder;
    QString mFile;
};

void TestServerWorkbook::initTestCase()
{
    const QString error = mServer.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mFolder.isValid());
    mFile = mFolder.filePath(QStringLiteral("desk.wafershare"));
    Database::OpenResult file = Database::open(mFile); // created from the default data
    QVERIFY2(file.database, qPrintable(file.error));
}

void TestServerWorkbook::init()
{
    // Every test starts from an empty database "work"; the roles belong to the whole server.
    QCOMPARE(mServer.emptyWorkDatabase(), QString());
}

void TestServerWorkbook::addressesAreRecognisedAndPasswordsNeverShown_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("uri") << "postgresql://ana@db.example:5432/desk" << true
                         << "postgresql://ana@db.example:5432/desk";
    QTest::newRow("uri with password") << "postgresql://ana:s3cr%40t@db.example/desk" << true
                                       << "postgresql://ana@db.example/desk";
    QTest::newRow("short scheme") << "postgres://db.example/desk" << true
                                  << "postgres://db.example/desk";
    QTest::newRow("password in query") << "postgresql://db.example/desk?password=x&sslmode=require"
                                       << true << "postgresql://db.example/desk?sslmode=require";
    QTest::newRow("key/value") << "host=db.example dbname=desk password='a b' user=ana" << true
                               << "host=db.example dbname=desk user=ana";
    QTest::newRow("service") << "service=desk" << true << "service=desk";
    QTest::newRow("file") << "/home/ana/desk.wafershare" << false << "/home/ana/desk.wafershare";
    QTest::newRow("file with =") << "desk=v2.wafershare" << false << "desk=v2.wafershare";
}

void TestServerWorkbook::addressesAreRecognisedAndPasswordsNeverShown()
{
    QFETCH(QString, location);
    QFETCH(bool, server);
    QFETCH(QString, shown);
    QCOMPARE(ServerAddress::isServerAddress(location), server);
    if (server)
        QCOMPARE(ServerAddress::withoutPassword(location), shown);
}

void TestServerWorkbook::uninitialisedDatabaseSaysHowToSetItUp()
{
    const test::CommandRun run =
        runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), mServer.uri() });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("wafershare server init")), qPrintable(run.err));
    // Nothing was created on the way.
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'")),
             QStringLiteral("0"));
}

void TestServerWorkbook::serverInitCreatesTheSchemaAndTwoRoles()
{
    const test::CommandRun run =
        runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(mServer.value(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM "
                                          "pg_roles WHERE rolname LIKE 'wafershare%'")),
             QStringLiteral("wafershare_analyst,wafershare_reader"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT value FROM setting WHERE key = "
                                          "'wafershare.application_id'")),
             QStringLiteral("1463895634")); // "WAFR", as in a file's header
    // The thirteen workbook tables, the three result tables and the three views of a file.
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'")),
             QStringLiteral("16"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT string_agg(viewname, ',' ORDER BY viewname) "
                                          "FROM pg_views WHERE schemaname = 'public'")),
             QStringLiteral("assumption_value,reported,result_status"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT has_table_privilege('wafershare_reader', "
                                          "'assumption', 'UPDATE')::text || ',' || "
                                          "has_table_privilege('wafershare_analyst', "
                                          "'assumption', 'UPDATE')::text")),
             QStringLiteral("false,true"));
    // Running it again grants anew and keeps what is there.
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("INSERT INTO setting VALUES ('kept', 'yes')") })
                .isEmpty());
    const test::CommandRun again =
        runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() });
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(mServer.value(QStringLiteral("SELECT value FROM setting WHERE key = 'kept'")),
             QStringLiteral("yes"));
}

void TestServerWorkbook::firstOpenFillsTheWorkbookWithTheDefaultData()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    {
        Database::OpenResult opened = Database::open(mServer.uri());
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.database->isServer());
        QVERIFY(!opened.database->isReadOnly());
    }
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM vendor")).toInt(),
             defaultRows(QStringLiteral("vendor")));
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM company")).toInt(),
             defaultRows(QStringLiteral("company")));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4100000"));
}

void TestServerWorkbook::copyToTheServerAndBackIsLossless()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    const test::CommandRun there = runCommand({ QStringLiteral("copy"), QStringLiteral("--from"),
                                                mFile, QStringLiteral("--to"), mServer.uri() });
    QVERIFY2(there.code == 0, qPrintable(there.err));
    const QString back = mFolder.filePath(QStringLiteral("back.wafershare"));
    const test::CommandRun home = runCommand({ QStringLiteral("copy"), QStringLiteral("--from"),
                                               mServer.uri(), QStringLiteral("--to"), back });
    QVERIFY2(home.code == 0, qPrintable(home.err));

    Database::OpenResult original = Database::open(mFile);
    Database::OpenResult server = Database::open(mServer.uri());
    Database::OpenResult returned = Database::open(back);
    QVERIFY(original.database && server.database && returned.database);
    const QJsonObject expected = dumpOf(*original.database);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(dumpOf(*server.database), expected);
    QCOMPARE(dumpOf(*returned.database), expected);
    // The server's own marks stay on the server.
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM setting")), QStringLiteral("2"));
    // New rows on the server take ids after the copied ones.
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("INSERT INTO edit_log (at, table_name, row_key) VALUES "
                                       "('2026-12-04', 'test', 'x')") })
                .isEmpty());
}

void TestServerWorkbook::copyRefusesAWorkbookAlreadyThereUnlessReplacing()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    const QStringList copy = { QStringLiteral("copy"), QStringLiteral("--from"), mFile,
                               QStringLiteral("--to"), mServer.uri() };
    QCOMPARE(runCommand(copy).code, 0);
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("UPDATE assumption SET value = '77' WHERE value = "
                                       "'4100000'") })
                .isEmpty());
    const test::CommandRun refused = runCommand(copy);
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("77"));
    QCOMPARE(runCommand(copy + QStringList { QStringLiteral("--replace") }).code, 0);
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4100000"));

    // A file target is never overwritten without --replace either, nor is the source itself.
    const test::CommandRun ontoItself =
        runCommand({ QStringLiteral("copy"), QStringLiteral("--from"), mFile,
                     QStringLiteral("--to"), mFile, QStringLiteral("--replace") });
    QCOMPARE(ontoItself.code, 2);
    QVERIFY(Database::open(mFile).database);
}

void TestServerWorkbook::sharesAreTheSameFromTheFileAndTheServer()
{
    initAndCopy();
    for (const QString &by : { QStringLiteral("vendor"), QStringLiteral("program") }) {
        const test::CommandRun file = runCommand({ QStringLiteral("shares"), QStringLiteral("--db"),
                                                   mFile, QStringLiteral("--by"), by });
        const test::CommandRun server =
            runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), mServer.uri(),
                         QStringLiteral("--by"), by });
        QCOMPARE(server.code, 0);
        QVERIFY(file.out.count(QLatin1Char('\n')) > 5);
        QCOMPARE(server.out, file.out);
    }
}

void TestServerWorkbook::anEditIsSeenByTheNextReader()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    QVERIFY(Database::open(mServer.uri()).database);
    const test::CommandRun set = runCommand(
        setCell +
        QStringList { QStringLiteral("1,234,567"), QStringLiteral("--db"), mServer.uri() });
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("1234567"));
    // The audit trail holds the change.
    QCOMPARE(mServer.value(QStringLiteral("SELECT old_value || ' -> ' || new_value FROM edit_log "
                                          "WHERE table_name = 'assumption'")),
             QStringLiteral("4100000 -> 1234567"));
    const test::CommandRun shares =
        runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), mServer.uri(),
                     QStringLiteral("--by"), QStringLiteral("program") });
    QVERIFY(shares.out.contains(QStringLiteral(",1234567,")));
}

void TestServerWorkbook::aReaderMayReadButAnEditIsRefusedWithTheReason()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    QVERIFY(Database::open(mServer.uri()).database);
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("DROP ROLE IF EXISTS reader_one; CREATE ROLE reader_one "
                                       "LOGIN IN ROLE wafershare_reader") })
                .isEmpty());
    const QString reader = mServer.uri(QStringLiteral("reader_one"));
    {
        Database::OpenResult opened = Database::open(reader);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.database->isReadOnly());
        QVERIFY(opened.database->readOnlyReason().contains(QStringLiteral("reader_one")));
    }
    QCOMPARE(runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), reader }).code, 0);
    const test::CommandRun set = runCommand(
        setCell + QStringList { QStringLiteral("7654321"), QStringLiteral("--db"), reader });
    QCOMPARE(set.code, 2);
    QVERIFY2(set.err.contains(QStringLiteral("may only read")), qPrintable(set.err));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4100000"));
    // Nor can a reader take a copy onto the server.
    const test::CommandRun copy =
        runCommand({ QStringLiteral("copy"), QStringLiteral("--from"), mFile,
                     QStringLiteral("--to"), reader, QStringLiteral("--replace") });
    QCOMPARE(copy.code, 2);
    QVERIFY2(copy.err.contains(QStringLiteral("may only read")), qPrintable(copy.err));
}

void TestServerWorkbook::aForeignDatabaseIsRefusedAndLeftAlone()
{
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("CREATE TABLE invoices (id int); INSERT INTO invoices "
                                       "VALUES (1)") })
                .isEmpty());
    const test::CommandRun run =
        runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), mServer.uri() });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("not a WaferShare workbook")), qPrintable(run.err));
    const test::CommandRun init =
        runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() });
    QCOMPARE(init.code, 2);
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'")),
             QStringLiteral("1"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM invoices")), QStringLiteral("1"));
}

void TestServerWorkbook::aTriggerSomeoneAddedIsRefused()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql "
                                       "AS $$ BEGIN DELETE FROM source; RETURN NEW; END $$; "
                                       "CREATE TRIGGER wipe AFTER UPDATE ON assumption FOR "
                                       "EACH ROW EXECUTE FUNCTION wipe()") })
                .isEmpty());
    const Database::OpenResult opened = Database::open(mServer.uri());
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.contains(QStringLiteral("trigger wipe on assumption")),
             qPrintable(opened.error));
}

void TestServerWorkbook::aClientKilledInTheMiddleOfACopyLeavesNothing()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    // A copy of a workbook of 2,000 more programs over 10 years (about 160,000 assumptions, some
    // seconds to copy), killed at several moments: the server holds all of it or none of it.
    const QString large = mFolder.filePath(QStringLiteral("large.wafershare"));
    QVERIFY(QFile::copy(mFile, large));
    QVERIFY(test::addGeneratedPrograms(large, 2000, 10));
    Database::OpenResult file = Database::open(large);
    QVERIFY(file.database);
    const qlonglong rowsInFile = [&] {
        QSqlDatabase db = file.database->connection();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM assumption"));
        return query.next() ? query.value(0).toLongLong() : -1;
    }();
    file.database.reset();
    for (const int afterMs : { 300, 900, 1500 }) {
        QProcess client;
        client.start(QStringLiteral(WS_PROGRAM),
                     { QStringLiteral("copy"), QStringLiteral("--from"), large,
                       QStringLiteral("--to"), mServer.uri(), QStringLiteral("--replace") });
        QVERIFY(client.waitForStarted());
        QTest::qWait(afterMs);
        QVERIFY2(client.state() == QProcess::Running, "the copy ended before it was killed");
        client.kill(); // SIGKILL
        client.waitForFinished();
        const QString held = mServer.value(QStringLiteral("SELECT count(*) FROM assumption"));
        QVERIFY2(held == QStringLiteral("0") || held == QString::number(rowsInFile),
                 qPrintable(QStringLiteral("after %1 ms the server holds %2 of %3 rows")
                                .arg(afterMs)
                                .arg(held)
                                .arg(rowsInFile)));
    }
}

// A copy of the default workbook file, for the same work done on a file beside the server.
QString TestServerWorkbook::fileTwin(const QString &name)
{
    const QString twin = mFolder.filePath(name);
    QFile::remove(twin);
    return QFile::copy(mFile, twin) ? twin : QString();
}

// The server set up and holding the default workbook, copied from the file.
void TestServerWorkbook::initAndCopy()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    QCOMPARE(runCommand({ QStringLiteral("copy"), QStringLiteral("--from"), mFile,
                          QStringLiteral("--to"), mServer.uri() })
                 .code,
             0);
}

namespace {

QString writeText(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return path;
}

// The value of the first column of the first row @p sql gives in @p location's workbook.
QString valueIn(const QString &location, const QString &sql)
{
    Database::OpenResult opened = Database::open(location);
    if (!opened.database)
        return opened.error;
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(no row)");
    return query.value(0).toString();
}

} // namespace

void TestServerWorkbook::csvImportsWriteAndRefuseAsOnAFile()
{
    initAndCopy();
    const QString twin = fileTwin(QStringLiteral("import.wafershare"));
    QVERIFY(!twin.isEmpty());
    // 300 new programs, more than one statement's worth on the server (256 rows), with program
    // 1000 given twice in the first statement: the second row updates the first, as on a file.
    QString good = QStringLiteral("id,vendor_id,name,node\n1000,1,Chip 1000,N3\n"
                                  "1000,1,Chip 1000 again,N3\n");
    for (int id = 1001; id < 1300; ++id)
        good += QStringLiteral("%1,2,Chip %1,N3\n").arg(id);
    const QString goodFile = writeText(mFolder.filePath(QStringLiteral("good.csv")), good);
    for (const QString &location : { twin, mServer.uri() }) {
        const test::CommandRun run =
            runCommand({ QStringLiteral("import"), QStringLiteral("program"), goodFile,
                         QStringLiteral("--db"), location });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // 20 programs in the default data and 300 new ones.
        QCOMPARE(valueIn(location, QStringLiteral("SELECT count(*) FROM program")),
                 QStringLiteral("320"));
        QCOMPARE(valueIn(location, QStringLiteral("SELECT name FROM program WHERE id = 1000")),
                 QStringLiteral("Chip 1000 again"));
        QCOMPARE(valueIn(location,
                         QStringLiteral("SELECT count(*) FROM program WHERE vendor_id = "
                                        "2 AND id BETWEEN 1001 AND 1299")),
                 QStringLiteral("299"));
    }
    // 300 more, of which line 282 takes a name the workbook has and line 290 a vendor it has
    // not: both named, in the same words on both, and nothing written.
    QString bad = QStringLiteral("id,vendor_id,name,node\n");
    for (int line = 2; line <= 301; ++line) {
        const int id = 2000 + line;
        bad += line == 282 ? QStringLiteral("%1,1,H100/H200 (Hopper),N3\n").arg(id)
            : line == 290  ? QStringLiteral("%1,99,Chip %1,N3\n").arg(id)
                           : QStringLiteral("%1,1,Chip %1,N3\n").arg(id);
    }
    const QString badFile = writeText(mFolder.filePath(QStringLiteral("bad.csv")), bad);
    QStringList errors;
    for (const QString &location : { twin, mServer.uri() }) {
        const test::CommandRun run =
            runCommand({ QStringLiteral("import"), QStringLiteral("program"), badFile,
                         QStringLiteral("--db"), location });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(
                     QStringLiteral("  line 282, column name: another row already has this name\n"
                                    "  line 290, column vendor_id: no vendor has id 99")),
                 qPrintable(run.err));
        errors << run.err;
        QCOMPARE(valueIn(location, QStringLiteral("SELECT count(*) FROM program")),
                 QStringLiteral("320"));
    }
    QCOMPARE(errors.at(1), errors.at(0));
    // The import is in the audit trail, as the server user's.
    QCOMPARE(mServer.value(QStringLiteral("SELECT row_key || ' ' || new_value || ' ' || changed_by "
                                          "FROM edit_log WHERE field = 'import'")),
             QStringLiteral("good.csv 301 row(s) imported postgres"));
}

void TestServerWorkbook::aRowImportedWithoutAnIdTakesOneAfterTheLargest()
{
    initAndCopy();
    // A published figure with the id 500 and its program, then one without an id: the server
    // gives it 501, after the largest id, as SQLite gives the largest rowid plus one.
    const QString header =
        QStringLiteral("vendor_id,year,metric,value,source_id,vintage,scope,programs\n");
    const QString numbered = writeText(
        mFolder.filePath(QStringLiteral("numbered.csv")),
        QStringLiteral("id,") + header +
            QStringLiteral(
                "500,3,2027,compute_wafers,1000,1,\"Test, December 2026\",Trainium2,8\n"));
    const QString unnumbered = writeText(
        mFolder.filePath(QStringLiteral("unnumbered.csv")),
        header +
            QStringLiteral("3,2028,compute_wafers,2000,1,\"Test, December 2026\",Trainium2,8\n"));
    for (const QString &csv : { numbered, unnumbered }) {
        const test::CommandRun run =
            runCommand({ QStringLiteral("import"), QStringLiteral("reported_value"), csv,
                         QStringLiteral("--db"), mServer.uri() });
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
    QCOMPARE(mServer.value(QStringLiteral("SELECT id FROM reported_value WHERE year = 2028")),
             QStringLiteral("501"));
    // Each new figure counts its program (a link row).
    QCOMPARE(mServer.value(QStringLiteral("SELECT string_agg(reported_value_id || ':' || "
                                          "program_id, ' ' ORDER BY reported_value_id) FROM "
                                          "reported_value_program WHERE reported_value_id >= 500")),
             QStringLiteral("500:8 501:8"));
    // A figure of AWS's that counts Nvidia's Hopper (program 1) is refused, with the rule's
    // words, as on a file.
    const QString foreign = writeText(
        mFolder.filePath(QStringLiteral("foreign.csv")),
        header +
            QStringLiteral("3,2029,compute_wafers,3000,1,\"Test, December 2026\",Trainium2,1\n"));
    const test::CommandRun refused =
        runCommand({ QStringLiteral("import"), QStringLiteral("reported_value"), foreign,
                     QStringLiteral("--db"), mServer.uri() });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral(
                 "line 2, column programs: program 1 (H100/H200 (Hopper)) belongs to Nvidia, not "
                 "to AWS, the vendor of this figure")),
             qPrintable(refused.err));
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM reported_value WHERE year = 2029")),
             QStringLiteral("0"));
}

void TestServerWorkbook::aGraphMlImportChangesTheServerWorkbook()
{
    initAndCopy();
    const QString graph = mFolder.filePath(QStringLiteral("chain.graphml"));
    // The drawing commands need a GUI application: the program's own process writes it.
    QProcess drawn;
    drawn.start(QStringLiteral(WS_PROGRAM),
                { QStringLiteral("graph"), QStringLiteral("--out"), graph, QStringLiteral("--db"),
                  mServer.uri() });
    QVERIFY(drawn.waitForFinished(60'000));
    QVERIFY2(drawn.exitCode() == 0, drawn.readAllStandardError().constData());
    QFile file(graph);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    // TSMC renamed in the graph, as an analyst does in yEd.
    // Its name, label and yEd label, which must agree.
    QCOMPARE(text.count(QStringLiteral(">TSMC<")), 3);
    text.replace(QStringLiteral(">TSMC<"), QStringLiteral(">TSMC (Taiwan Semiconductor)<"));
    QVERIFY(!writeText(graph, text).isEmpty());
    const test::CommandRun imported =
        runCommand({ QStringLiteral("import"), QStringLiteral("--graphml"), graph,
                     QStringLiteral("--db"), mServer.uri() });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("1 updated")), qPrintable(imported.out));
    QCOMPARE(mServer.value(QStringLiteral("SELECT count(*) FROM company WHERE name = "
                                          "'TSMC (Taiwan Semiconductor)'")),
             QStringLiteral("1"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT changed_by FROM edit_log WHERE field = "
                                          "'import' AND table_name = 'company'")),
             QStringLiteral("postgres"));
}

void TestServerWorkbook::resultsAreStoredOnTheServerAsInAFile()
{
    initAndCopy();
    const QString twin = fileTwin(QStringLiteral("results.wafershare"));
    QStringList tables;
    for (const QString &location : { twin, mServer.uri() }) {
        const test::CommandRun run =
            runCommand({ QStringLiteral("results"), QStringLiteral("--refresh"),
                         QStringLiteral("--db"), location });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // 3 scenarios × 4 years × 3 metrics × 7 vendors, and × 20 programs.
        QVERIFY2(run.out.contains(QStringLiteral(
                     "3 scenarios, 252 rows in result_share, 240 rows in result_program")),
                 qPrintable(run.out));
        const test::CommandRun status =
            runCommand({ QStringLiteral("results"), QStringLiteral("--db"), location });
        QVERIFY2(status.out.startsWith(QStringLiteral("results: current")), qPrintable(status.out));
        Database::OpenResult opened = Database::open(location);
        QVERIFY(opened.database);
        QSqlDatabase db = opened.database->connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT scenario, year, metric, vendor, wafers, share FROM result_share UNION ALL "
            "SELECT scenario, year, program, coalesce(package, cowos_basis), compute_wafers, "
            "cowos_wafers FROM result_program ORDER BY 1, 2, 3, 4")));
        QString rows;
        while (query.next()) {
            for (int c = 0; c < 6; ++c)
                rows += query.value(c).toString() + QLatin1Char(c == 5 ? '\n' : ',');
        }
        QCOMPARE(rows.count(QLatin1Char('\n')), 252 + 240);
        tables << rows;
    }
    QCOMPARE(tables.at(1), tables.at(0));
}

void TestServerWorkbook::importAllFillsAnEmptyServerWorkbookAndNoFile()
{
    QCOMPARE(runCommand({ QStringLiteral("server"), QStringLiteral("init"), mServer.uri() }).code,
             0);
    const QString json = mFolder.filePath(QStringLiteral("all.json"));
    QCOMPARE(runCommand({ QStringLiteral("export"), QStringLiteral("--all"),
                          QStringLiteral("--out"), json, QStringLiteral("--db"), mFile })
                 .code,
             0);
    const QStringList importAll = { QStringLiteral("import"), QStringLiteral("--all"), json,
                                    QStringLiteral("--db"), mServer.uri() };
    const test::CommandRun created = runCommand(importAll);
    QVERIFY2(created.code == 0, qPrintable(created.err));
    // The workbook is on the server, not in a file named after the address.
    QVERIFY(QDir::current().entryList({ QStringLiteral("postgres*") }).isEmpty());
    Database::OpenResult original = Database::open(mFile);
    Database::OpenResult server = Database::open(mServer.uri());
    QVERIFY(original.database && server.database);
    QCOMPARE(dumpOf(*server.database), dumpOf(*original.database));
    server.database.reset();
    // A server workbook that holds rows is never replaced by import --all.
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("UPDATE assumption SET value = '77' WHERE value = "
                                       "'4100000'") })
                .isEmpty());
    const test::CommandRun refused = runCommand(importAll);
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("already holds a workbook")),
             qPrintable(refused.err));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("77"));
}

// Skipped (77, as CTest is told) only when the server's binaries are not installed.
WS_SERVER_TEST_MAIN(TestServerWorkbook, QCoreApplication, 77)

#include "tst_serverworkbook.moc"
