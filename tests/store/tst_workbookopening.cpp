// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "support/commandrun.h"
#include "support/files.h"
#include "support/foreignsql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ws;
using test::fileHash;
using test::runForeign;
using test::writeFile;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Trainium3's 2026 units in the default data set, the cell these tests edit: 1250000 in
// data/assumption.csv (Base).
const QString trainium3Units =
    QStringLiteral("SELECT value FROM assumption WHERE field = 'units' AND year = 2026 AND "
                   "program_id = (SELECT id FROM program WHERE name = 'Trainium3') AND "
                   "scenario_id = (SELECT id FROM scenario WHERE name = 'Base')");

bool makeWorkbook(const QString &path)
{
    return Database::open(path).database != nullptr;
}

bool runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0;
}

// Mounts a tmpfs of @p size at @p folder; false where the test may not mount.
bool mountTmpfs(const QString &folder, const QString &size)
{
    return runTool(QStringLiteral("mount"),
                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder });
}

// A listening unix socket at @p path, as a server of another program would leave one.
int listenOnSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || name.size() >= qsizetype(sizeof(address.sun_path)))
        return -1;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 ||
        ::listen(fd, 1) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

/** Opening a workbook safely: logs of other databases, schema objects we did not create,
    damaged indexes, folders and disks that refuse side files, files that are not files, and
    what earlier runs left behind. */
class TestWorkbookOpening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusesLogOfAnotherDatabase_data();
    void refusesLogOfAnotherDatabase();
    void replaysItsOwnLogAfterAKill();
    void refusesSchemaObjectsItDidNotCreate_data();
    void refusesSchemaObjectsItDidNotCreate();
    void checkListsEveryForeignObject();
    void refusesIndexThatDisagreesWithItsTable();
    void opensReadOnlyInFolderThatCannotBeWritten();
    void saysDiskIsFullInsteadOfDamaged();
    void refusesFilesThatAreNotFilesAtOnce_data();
    void refusesFilesThatAreNotFilesAtOnce();
    void sideFilesOfReadOnlyOpenDoNotKeepWorkbookReadOnly();
    void openingLeavesUsersPartialFileAlone();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString path(const QString &name) const { return mDir->filePath(name); }
};

void TestWorkbookOpening::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestWorkbookOpening::refusesLogOfAnotherDatabase_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("another workbook") << QStringLiteral("workbook");
    QTest::newRow("foreign sqlite") << QStringLiteral("foreign");
}

void TestWorkbookOpening::refusesLogOfAnotherDatabase()
{
    QFETCH(QString, source);
    const QString workbook = path(QStringLiteral("mine.sqlite"));
    QVERIFY(makeWorkbook(workbook));

    // The other database is written by a connection that never checkpoints, and its log is
    // copied while that connection holds it open, as a stray log would be left.
    QVERIFY(QDir().mkpath(path(QStringLiteral("other"))));
    const QString other = path(QStringLiteral("other/other.sqlite"));
    QStringList statements;
    if (source == QLatin1String("workbook")) {
        // Another analyst's workbook: the same schema, few rows, and a batch of new sources.
        const auto created = Database::create(other, [](QSqlDatabase &) { return QString(); });
        QVERIFY2(created.database, qPrintable(created.error));
        statements << QStringLiteral("PRAGMA wal_autocheckpoint = 0");
        for (int i = 0; i < 300; ++i)
            statements << QStringLiteral("INSERT INTO source (title) VALUES ('report %1')").arg(i);
    } else {
        statements << QStringLiteral("PRAGMA journal_mode = WAL")
                   << QStringLiteral("PRAGMA wal_autocheckpoint = 0")
                   << QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
                   << QStringLiteral("INSERT INTO notes (body) VALUES ('hello')");
    }
    const QString name = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query.finish();
        QVERIFY(QFileInfo(other + QStringLiteral("-wal")).size() > 4096);
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), workbook + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const QByteArray workbookBefore = fileHash(workbook);
    const QByteArray logBefore = fileHash(workbook + QStringLiteral("-wal"));
    const auto opened = Database::open(workbook);
    QVERIFY(!opened.database);
    QCOMPARE(opened.failure, Database::Failure::Refused);
    QVERIFY2(opened.error.contains(QStringLiteral("mine.sqlite-wal beside it does not belong")),
             qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("move ")), qPrintable(opened.error));
    QCOMPARE(fileHash(workbook), workbookBefore);
    QCOMPARE(fileHash(workbook + QStringLiteral("-wal")), logBefore);
    QVERIFY(!QFile::exists(workbook + QStringLiteral("-shm")));

    // The command line says the same and exits 2; the files stay as they were.
    const auto check =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), workbook });
    QCOMPARE(check.code, 2);
    QVERIFY2(check.err.contains(QStringLiteral("does not belong")), qPrintable(check.err));
    QCOMPARE(fileHash(workbook), workbookBefore);
    QCOMPARE(fileHash(workbook + QStringLiteral("-wal")), logBefore);

    // Once the stray log is moved aside, the workbook opens as it was.
    QVERIFY(QFile::rename(workbook + QStringLiteral("-wal"), path(QStringLiteral("stray-wal"))));
    const auto reopened = Database::open(workbook);
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    QCOMPARE(scalar(reopened.database->connection(), trainium3Units).toString(),
             QStringLiteral("1250000"));
}

void TestWorkbookOpening::replaysItsOwnLogAfterAKill()
{
    const QString workbook = path(QStringLiteral("killed.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    // A process that committed an edit and died before any checkpoint: its log holds the edit,
    // and only the workbook and the log are carried to another folder (no -shm).
    QVERIFY(QDir().mkpath(path(QStringLiteral("moved"))));
    const QString moved = path(QStringLiteral("moved/killed.sqlite"));
    const QString name = QStringLiteral("killed-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(workbook);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE assumption SET value = '7777' WHERE rowid = "
                           "(SELECT rowid FROM (") +
            QString(trainium3Units)
                .replace(QStringLiteral("SELECT value"), QStringLiteral("SELECT rowid")) +
            QStringLiteral("))")));
        QCOMPARE(query.numRowsAffected(), 1);
        query.finish();
        QVERIFY(QFileInfo(workbook + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(workbook, moved));
        QVERIFY(QFile::copy(workbook + QStringLiteral("-wal"), moved + QStringLiteral("-wal")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const auto opened = Database::open(moved);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(scalar(opened.database->connection(), trainium3Units).toString(),
             QStringLiteral("7777"));
}

void TestWorkbookOpening::refusesSchemaObjectsItDidNotCreate_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trigger deleting rows on update")
        << QStringList { QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON assumption BEGIN "
                                        "DELETE FROM assumption; END") }
        << QStringLiteral("trigger wipe on assumption: not created by WaferShare");
    QTest::newRow("view") << QStringList {
        QStringLiteral("CREATE VIEW cheerful AS SELECT name, 1e9 AS share FROM vendor")
    } << QStringLiteral("view cheerful: not created by WaferShare");
    QTest::newRow("table") << QStringList { QStringLiteral("CREATE TABLE extra (x)") }
                           << QStringLiteral("table extra: not created by WaferShare");
    QTest::newRow("index") << QStringList { QStringLiteral(
                                  "CREATE INDEX vendor_color ON vendor(color)") }
                           << QStringLiteral("index vendor_color on vendor: not created by "
                                             "WaferShare");
    // The views and result tables of schema version 6 are ours; nothing else beside them is.
    QTest::newRow("view over our views") << QStringList {
        QStringLiteral("CREATE VIEW assumption_value_2 AS SELECT * FROM assumption_value")
    } << QStringLiteral("view assumption_value_2: not created by WaferShare");
    QTest::newRow("trigger on a result table")
        << QStringList { QStringLiteral("CREATE TRIGGER spill AFTER DELETE ON result_share BEGIN "
                                        "DELETE FROM assumption; END") }
        << QStringLiteral("trigger spill on result_share: not created by WaferShare");
    QTest::newRow("changed definition of our view")
        << QStringList { QStringLiteral("DROP VIEW assumption_value"),
                         QStringLiteral("CREATE VIEW assumption_value AS SELECT 1e9 AS units") }
        << QStringLiteral("view assumption_value: its definition differs from the one "
                          "WaferShare creates");
    QTest::newRow("changed definition of ours")
        << QStringList { QStringLiteral("DROP INDEX program_vendor"),
                         QStringLiteral("CREATE INDEX program_vendor ON program(name)") }
        << QStringLiteral("index program_vendor: its definition differs from the one "
                          "WaferShare creates");
}

void TestWorkbookOpening::refusesSchemaObjectsItDidNotCreate()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const QString workbook = path(QStringLiteral("target.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    runForeign(workbook, statements);
    const QByteArray before = fileHash(workbook);

    const auto opened = Database::open(workbook);
    QVERIFY(!opened.database);
    QCOMPARE(opened.failure, Database::Failure::Refused);
    QVERIFY2(opened.error.contains(expected), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("target.sqlite was not opened")),
             qPrintable(opened.error));
    QCOMPARE(fileHash(workbook), before);

    // An edit through the command line is refused too, before the trigger could run.
    const auto set = test::runCommand({ QStringLiteral("set"), QStringLiteral("--db"), workbook,
                                        QStringLiteral("--program"), QStringLiteral("Trainium3"),
                                        QStringLiteral("--year"), QStringLiteral("2026"),
                                        QStringLiteral("--field"), QStringLiteral("units"),
                                        QStringLiteral("--value"), QStringLiteral("1") });
    QCOMPARE(set.code, 2);
    QCOMPARE(fileHash(workbook), before);
}

void TestWorkbookOpening::checkListsEveryForeignObject()
{
    const QString workbook = path(QStringLiteral("many.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    runForeign(workbook,
               { QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON assumption BEGIN DELETE "
                                "FROM assumption; END"),
                 QStringLiteral("CREATE VIEW cheerful AS SELECT name FROM vendor"),
                 QStringLiteral("CREATE TABLE extra (x)"),
                 QStringLiteral("CREATE INDEX vendor_color ON vendor(color)"),
                 QStringLiteral("DROP INDEX relation_customer") });
    const QByteArray before = fileHash(workbook);
    const auto check =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), workbook });
    QCOMPARE(check.code, 2);
    for (const QString &line :
         { QStringLiteral("  trigger wipe on assumption: not created by WaferShare"),
           QStringLiteral("  view cheerful: not created by WaferShare"),
           QStringLiteral("  table extra: not created by WaferShare"),
           QStringLiteral("  index vendor_color on vendor: not created by WaferShare"),
           QStringLiteral("  index relation_customer: missing") })
        QVERIFY2(check.err.contains(line + QLatin1Char('\n')), qPrintable(check.err));
    QCOMPARE(fileHash(workbook), before);
}

void TestWorkbookOpening::refusesIndexThatDisagreesWithItsTable()
{
    const QString workbook = path(QStringLiteral("index.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    // The index is hidden from SQLite while a row of its table changes, then put back: its
    // entries still hold the old vendor, as after a lost write to one of its pages. quick_check
    // cannot see this; integrity_check reports "row 1 missing from index program_vendor".
    QVariant rootPage;
    QVariant sql;
    {
        const QString name = QStringLiteral("reader");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(workbook);
            QVERIFY(db.open());
            rootPage = scalar(db,
                              QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                             "name = 'program_vendor'"));
            sql = scalar(db,
                         QStringLiteral("SELECT sql FROM sqlite_master WHERE name = "
                                        "'program_vendor'"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QVERIFY(rootPage.toInt() > 1);
    runForeign(workbook,
               { QStringLiteral("PRAGMA writable_schema = ON"),
                 QStringLiteral("DELETE FROM sqlite_master WHERE name = 'program_vendor'") });
    runForeign(workbook,
               { QStringLiteral("UPDATE program SET vendor_id = (SELECT max(id) FROM vendor) "
                                "WHERE id = (SELECT min(id) FROM program)"),
                 QStringLiteral("PRAGMA writable_schema = ON"),
                 QStringLiteral("INSERT INTO sqlite_master VALUES ('index', 'program_vendor', "
                                "'program', %1, '%2')")
                     .arg(rootPage.toInt())
                     .arg(sql.toString()) });
    const QByteArray before = fileHash(workbook);

    const auto opened = Database::open(workbook);
    QVERIFY(!opened.database);
    QCOMPARE(opened.failure, Database::Failure::Refused);
    QVERIFY2(opened.error.contains(QStringLiteral("index.sqlite is damaged")),
             qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("row 1 missing from index program_vendor")),
             qPrintable(opened.error));
    QCOMPARE(fileHash(workbook), before);
}

void TestWorkbookOpening::opensReadOnlyInFolderThatCannotBeWritten()
{
    // Root writes anywhere the permissions say it may not, but not onto a read-only mount.
    const QString folder = path(QStringLiteral("mount"));
    QVERIFY(QDir().mkpath(folder));
    if (!mountTmpfs(folder, QStringLiteral("4m")))
        QSKIP("mounting a tmpfs is not permitted here");
    const auto unmount = qScopeGuard([&] { runTool(QStringLiteral("umount"), { folder }); });
    const QString workbook = folder + QStringLiteral("/shared.sqlite");
    QVERIFY(makeWorkbook(workbook));
    QVERIFY(runTool(QStringLiteral("mount"),
                    { QStringLiteral("-o"), QStringLiteral("remount,ro"), folder }));
    const QByteArray before = fileHash(workbook);

    {
        const auto opened = Database::open(workbook);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.database->isReadOnly());
        QVERIFY2(opened.database->readOnlyReason().contains(QStringLiteral("cannot be written")),
                 qPrintable(opened.database->readOnlyReason()));
        QCOMPARE(scalar(opened.database->connection(), trainium3Units).toString(),
                 QStringLiteral("1250000"));
    }
    const auto check =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), workbook });
    QVERIFY2(check.code == 0, qPrintable(check.err));
    const auto set = test::runCommand({ QStringLiteral("set"), QStringLiteral("--db"), workbook,
                                        QStringLiteral("--program"), QStringLiteral("Trainium3"),
                                        QStringLiteral("--year"), QStringLiteral("2026"),
                                        QStringLiteral("--field"), QStringLiteral("units"),
                                        QStringLiteral("--value"), QStringLiteral("1") });
    QCOMPARE(set.code, 2);
    QVERIFY2(!set.err.contains(QStringLiteral("damaged")), qPrintable(set.err));
    QCOMPARE(fileHash(workbook), before);
    QVERIFY(!QFile::exists(workbook + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(workbook + QStringLiteral("-shm")));
}

void TestWorkbookOpening::saysDiskIsFullInsteadOfDamaged()
{
    const QString made = path(QStringLiteral("made.sqlite"));
    QVERIFY(makeWorkbook(made));
    const QString folder = path(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    if (!mountTmpfs(folder, QStringLiteral("1m")))
        QSKIP("mounting a tmpfs is not permitted here");
    const auto unmount = qScopeGuard([&] { runTool(QStringLiteral("umount"), { folder }); });
    const QString workbook = folder + QStringLiteral("/full.sqlite");
    QVERIFY(QFile::copy(made, workbook));
    {
        // Fill the disk to the last block.
        QFile filler(folder + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    const QByteArray before = fileHash(workbook);

    const auto opened = Database::open(workbook);
    QVERIFY(!opened.database);
    QVERIFY2(opened.error.contains(QStringLiteral("the disk that holds it is full")),
             qPrintable(opened.error));
    QVERIFY2(!opened.error.contains(QStringLiteral("damaged,")) &&
                 !opened.error.contains(QStringLiteral("restore it from a backup")),
             qPrintable(opened.error));
    QCOMPARE(fileHash(workbook), before);
    QVERIFY(!QFile::exists(workbook + QStringLiteral("-shm")));
}

void TestWorkbookOpening::refusesFilesThatAreNotFilesAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("what");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("a named pipe (FIFO)");
    // Nodes of their own for /dev/null (1, 3) and /dev/zero (1, 5): the program once deleted an
    // empty "file" to make a workbook in its place, which run as root on /dev/null itself would
    // take the system's /dev/null with it.
    QTest::newRow("null device") << QStringLiteral("null") << QStringLiteral("a character device");
    QTest::newRow("zero device") << QStringLiteral("zero") << QStringLiteral("a character device");
    QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("a socket");
}

void TestWorkbookOpening::refusesFilesThatAreNotFilesAtOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    QString target = kind;
    int socket = -1;
    const auto closeSocket = qScopeGuard([&] {
        if (socket >= 0)
            ::close(socket);
    });
    if (kind == QLatin1String("fifo")) {
        target = path(QStringLiteral("pipe.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
    } else if (kind == QLatin1String("socket")) {
        target = path(QStringLiteral("socket.sqlite"));
        socket = listenOnSocket(target);
        QVERIFY(socket >= 0);
    } else {
        target = path(kind + QStringLiteral(".sqlite"));
        const dev_t device = makedev(1, kind == QLatin1String("null") ? 3 : 5);
        if (::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0666, device) != 0)
            QSKIP("making a device node is not permitted here");
    }

    // A separate process: a hang must cost this test its timeout, not the whole suite.
    QProcess check;
    QElapsedTimer timer;
    timer.start();
    check.start(QStringLiteral(WS_PROGRAM),
                { QStringLiteral("check"), QStringLiteral("--db"), target });
    const bool finished = check.waitForFinished(10000);
    const qint64 elapsed = timer.elapsed();
    if (!finished)
        check.kill();
    QVERIFY2(finished, "check hung on a path that is not a regular file");
    QCOMPARE(check.exitCode(), 2);
    const QString err = QString::fromUtf8(check.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral(" is %1, not a workbook file").arg(what)),
             qPrintable(err));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    const QFileInfo after(target);
    QVERIFY(after.exists() && !after.isFile()); // still what it was, not replaced by a workbook
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
}

void TestWorkbookOpening::sideFilesOfReadOnlyOpenDoNotKeepWorkbookReadOnly()
{
    const QString workbook = path(QStringLiteral("once-read-only.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    const auto writable = QFile::permissions(workbook);
    QVERIFY(QFile::setPermissions(workbook, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    {
        const auto opened = Database::open(workbook);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.database->isReadOnly());
    }
    // The read-only open leaves its -shm behind, made with the workbook's permissions then.
    QVERIFY(QFile::exists(workbook + QStringLiteral("-shm")));
    QVERIFY(
        !QFile::permissions(workbook + QStringLiteral("-shm")).testFlag(QFileDevice::WriteOwner));

    QVERIFY(QFile::setPermissions(workbook, writable));
    const auto opened = Database::open(workbook);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(!opened.database->isReadOnly());
    // Its owner could not write a side file that stayed read-only, so SQLite would read only.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(workbook + suffix))
            QVERIFY2(QFile::permissions(workbook + suffix).testFlag(QFileDevice::WriteOwner),
                     qPrintable(suffix));
    }
    QSqlQuery edit(opened.database->connection());
    QVERIFY2(edit.exec(QStringLiteral("UPDATE setting SET value = value")),
             qPrintable(edit.lastError().text()));
}

void TestWorkbookOpening::openingLeavesUsersPartialFileAlone()
{
    const QString workbook = path(QStringLiteral("X.sqlite"));
    QVERIFY(makeWorkbook(workbook));
    // A file of the user's that merely carries the name a temporary file once had.
    const QString partial = workbook + QStringLiteral(".partial");
    QVERIFY(writeFile(partial, "my notes, not a temporary file\n"));
    const QByteArray before = fileHash(partial);

    const auto check =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), workbook });
    QVERIFY2(check.code == 0, qPrintable(check.err));
    {
        const auto opened = Database::open(workbook);
        QVERIFY2(opened.database, qPrintable(opened.error));
    }
    QCOMPARE(fileHash(partial), before);
}

QTEST_GUILESS_MAIN(TestWorkbookOpening)
#include "tst_workbookopening.moc"
