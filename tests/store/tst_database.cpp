// SPDX-License-Identifier: MIT
#include "store/assumptionscan.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/databasefile.h"
#include "store/forecastrepository.h"
#include "store/migrations.h"
#include "store/reportedscope.h"
#include "store/schemaaudit.h"
#include "store/sqlitehandle.h"
#include "store/workbookwriter.h"
#include "support/files.h"
#include "support/foreignsql.h"
#include "support/version2workbook.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace ws;
using test::fileHash;
using test::runForeign;

namespace {

qlonglong scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

/** Opening, creating, migrating and refusing workbook files. */
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsWorkbookWithLatestSchema();
    void opensConnectionWithForeignKeysAndWal();
    void reopensWithoutReseeding();
    void refusesFilesThatAreNotOurs_data();
    void refusesFilesThatAreNotOurs();
    void treatsEmptyFileAsNewWorkbook();
    void createsMissingFolders();
    void badDefaultDataChangesNothing();
    void saveCopyIsConsistentWhileAnotherProgramWrites();
    void migratesSourcesOfVersion2WithTheirDatesPrecision();
    void migratesVersion2ReportedValuesToScopeAndVintage();
    void newRowsTakeOneMoreThanTheLargestId();
    void readsEveryCellOfATableOfManyBlocksInStoredOrder();
    void aConsumerThatThrowsLetsTheReaderGo();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString path(const QString &name) const { return mDir->filePath(name); }
};

void TestDatabase::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestDatabase::createsWorkbookWithLatestSchema()
{
    const QString file = path(QStringLiteral("new.sqlite"));
    {
        auto opened = Database::open(file);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
        const QSqlDatabase db = opened.database->connection();
        for (const char *table :
             { "source", "vendor", "program", "scenario", "assumption", "reported_value", "company",
               "relation", "node_position", "setting", "edit_log" }) {
            QVERIFY2(scalar(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                           "type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table))) == 1,
                     table);
        }
        QVERIFY(opened.database->integrityProblems().isEmpty());
    }
    // Closed cleanly: no side files, and the header says what a later open will check.
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    const DatabaseFileInfo info = inspectDatabaseFile(file, Migrations::latestVersion());
    QCOMPARE(info.kind, DatabaseFileInfo::Kind::WaferShare);
    QCOMPARE(info.userVersion, Migrations::latestVersion());
    QCOMPARE(info.applicationId, quint32(0x57414652));
    QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
}

void TestDatabase::opensConnectionWithForeignKeysAndWal()
{
    auto opened = Database::open(path(QStringLiteral("w.sqlite")));
    QVERIFY(opened.database);
    const QSqlDatabase db = opened.database->connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")) >= 1000);
    // A program with no vendor breaks a reference and must be refused by SQLite itself.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO program (id, vendor_id, name) VALUES (9999, 424242, 'orphan')")));
}

void TestDatabase::reopensWithoutReseeding()
{
    const QString file = path(QStringLiteral("again.sqlite"));
    qlonglong vendors = 0;
    {
        auto opened = Database::open(file);
        QVERIFY(opened.database);
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('k', 'v')")));
        vendors =
            scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM vendor"));
    }
    auto again = Database::open(file);
    QVERIFY(again.database);
    QCOMPARE(scalar(again.database->connection(), QStringLiteral("SELECT count(*) FROM vendor")),
             vendors);
    QCOMPARE(scalar(again.database->connection(),
                    QStringLiteral("SELECT count(*) FROM setting WHERE key = 'k'")),
             1);
}

void TestDatabase::refusesFilesThatAreNotOurs_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("csv text") << QStringLiteral("text") << QStringLiteral("not a SQLite database");
    QTest::newRow("short binary") << QStringLiteral("short")
                                  << QStringLiteral("not a SQLite database");
    QTest::newRow("foreign sqlite")
        << QStringLiteral("foreign") << QStringLiteral("SQLite database of another program");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer WaferShare");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("cannot be read");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("is damaged");
    QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("is damaged");
}

void TestDatabase::refusesFilesThatAreNotOurs()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString file = path(QStringLiteral("target.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,value\nx,1\n");
    } else if (kind == QLatin1String("short")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0", 16); // the magic alone, no full header
    } else if (kind == QLatin1String("foreign")) {
        runForeign(file,
                   { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                     QStringLiteral("INSERT INTO notes (body) VALUES ('hello')") });
    } else if (kind == QLatin1String("newer")) {
        {
            QVERIFY(Database::open(file).database);
        }
        runForeign(file, { QStringLiteral("PRAGMA user_version = 999") });
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("damaged")) {
        int rootPage = 0;
        int pageSize = 0;
        {
            const auto made = Database::open(file);
            QVERIFY(made.database);
            rootPage = scalar(made.database->connection(),
                              QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                             "'assumption'"));
            pageSize = scalar(made.database->connection(), QStringLiteral("PRAGMA page_size"));
        } // closing checkpoints the log into the file
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (kind == QLatin1String("truncated")) {
            QVERIFY(f.resize(f.size() / 2));
        } else {
            // The assumption table's first page, overwritten as a failing disk might.
            QVERIFY(rootPage > 1);
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
            f.write(QByteArray(2048, '\xDE'));
        }
    }
    const QByteArray before = fileHash(file);

    const auto opened = Database::open(file);
    QVERIFY(!opened.database);
    QCOMPARE(opened.failure, Database::Failure::Refused);
    QVERIFY2(opened.error.contains(reason), qPrintable(opened.error));
    QVERIFY2(opened.error.contains(QStringLiteral("target.sqlite")), qPrintable(opened.error));
    QCOMPARE(fileHash(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
}

void TestDatabase::treatsEmptyFileAsNewWorkbook()
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto opened = Database::open(file);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(scalar(opened.database->connection(), QStringLiteral("SELECT count(*) FROM vendor")) >=
            7);
}

void TestDatabase::createsMissingFolders()
{
    const QString file = path(QStringLiteral("a/b/c.sqlite"));
    const auto opened = Database::open(file);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QVERIFY(QFile::exists(file));
}

void TestDatabase::badDefaultDataChangesNothing()
{
    // Copy the default data set and break one value deep inside a later file.
    const QString dataDir = path(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(dataDir));
    const QDir source(QStringLiteral(WS_DEFAULT_DATA_DIR));
    for (const QString &name : source.entryList({ QStringLiteral("*.csv") }, QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), dataDir + QLatin1Char('/') + name));
    QFile assumptions(dataDir + QStringLiteral("/assumption.csv"));
    QVERIFY(assumptions.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = assumptions.readAll().split('\n');
    assumptions.close();
    int broken = -1;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines[i].contains(",units,")) {
            const QList<QByteArray> f = lines[i].split(',');
            lines[i] = f[0] + ',' + f[1] + ',' + f[2] + ",units,-5," + f[5] + ",negative";
            broken = i + 1; // 1-based line number
            break;
        }
    }
    QVERIFY(broken > 1);
    QVERIFY(assumptions.open(QIODevice::WriteOnly | QIODevice::Truncate));
    assumptions.write(lines.join('\n'));
    assumptions.close();

    const QString name = QStringLiteral("bad-data");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path(QStringLiteral("bad.sqlite")));
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db).isEmpty());
        const QString error = loadDefaultData(db, dataDir);
        QCOMPARE(error,
                 QStringLiteral("data/assumption.csv line %1, column value: units must be from 0 "
                                "to 10,000,000,000 (got -5).")
                     .arg(broken));
        // All or nothing: the files loaded before the bad one were rolled back too.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM source")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM vendor")), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::migratesSourcesOfVersion2WithTheirDatesPrecision()
{
    // A workbook as release 2 writes it: the schema up to version 2, sources with dates typed
    // in every form that release accepted.
    const QString file = path(QStringLiteral("release2.sqlite"));
    const QString name = QStringLiteral("release2");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db, 2).isEmpty());
        QSqlQuery insert(db);
        QVERIFY(insert.prepare(
            QStringLiteral("INSERT INTO source (id, title, published_on) VALUES (?, ?, ?)")));
        const QList<std::pair<int, QVariant>> dates = {
            { 1, QStringLiteral("2025-02-21") },
            { 2, QStringLiteral("2025-11") },
            { 3, QStringLiteral("2024") },
            { 4, QString() },
            { 5, QVariant() }, // NULL
            { 6, QStringLiteral("2025-02-30") }, // not in the calendar
            { 7, QStringLiteral("about 2025") },
        };
        for (const auto &[id, date] : dates) {
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("Source %1").arg(id));
            insert.addBindValue(date.isValid() ? date : QVariant(QMetaType(QMetaType::QString)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    auto opened = Database::open(file);
    QVERIFY2(opened.database, qPrintable(opened.error));
    const QSqlDatabase db = opened.database->connection();
    QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT group_concat(date_precision, ' ') FROM (SELECT date_precision FROM source "
        "ORDER BY id)")));
    QVERIFY(query.next());
    // By hand from the forms: day, month, year, then empty, NULL, 30 February and words, which
    // state no precision.
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("day month year unknown unknown unknown unknown"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM source WHERE title_kind = 'title'")),
             7);
    // The dates themselves are kept as written.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM source WHERE published_on = "
                                   "'about 2025'")),
             1);
    // The migrated schema is exactly the one the migrations make for a new workbook.
    QCOMPARE(SchemaAudit::differences(db, Migrations::latestVersion()), QStringList());
    QCOMPARE(opened.database->integrityProblems(), QStringList());
}

void TestDatabase::saveCopyIsConsistentWhileAnotherProgramWrites()
{
    const QString file = path(QStringLiteral("live.sqlite"));
    auto opened = Database::open(file);
    QVERIFY(opened.database);
    QSqlQuery committed(opened.database->connection());
    QVERIFY(committed.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')")));

    // Another program is half-way through a change when the copy is made.
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(file);
        QVERIFY(writer.open());
        QSqlQuery half(writer);
        QVERIFY(half.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(half.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '2')")));

        const QString copy = path(QStringLiteral("copy.sqlite"));
        QCOMPARE(opened.database->saveCopy(copy), QString());
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        QVERIFY(half.exec(QStringLiteral("COMMIT")));
        half.finish();
        writer.close();

        auto reopened = Database::open(copy);
        QVERIFY2(reopened.database, qPrintable(reopened.error));
        QCOMPARE(reopened.database->integrityProblems(), QStringList());
        QCOMPARE(scalar(reopened.database->connection(),
                        QStringLiteral("SELECT count(*) FROM setting WHERE key = 'a'")),
                 1);
        QCOMPARE(scalar(reopened.database->connection(),
                        QStringLiteral("SELECT count(*) FROM setting WHERE key = 'b'")),
                 0);
        QCOMPARE(scalar(reopened.database->connection(),
                        QStringLiteral("SELECT count(*) FROM "
                                       "assumption")),
                 scalar(opened.database->connection(),
                        QStringLiteral("SELECT count(*) FROM "
                                       "assumption")));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!opened.database->saveCopy(file).isEmpty()); // never onto itself
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

void TestDatabase::migratesVersion2ReportedValuesToScopeAndVintage()
{
    const QString file = path(QStringLiteral("version2.sqlite"));
    test::writeVersion2Workbook(file);
    if (QTest::currentTestFailed())
        return;

    auto opened = Database::open(file);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->schemaVersion(), Migrations::latestVersion());
    QSqlDatabase db = opened.database->connection();
    // Exactly the schema a new workbook gets, and nothing broken.
    QCOMPARE(SchemaAudit::differences(db, Migrations::latestVersion()), QStringList());
    QCOMPARE(opened.database->integrityProblems(), QStringList());
    QCOMPARE(ReportedScope::problems(db).size(), 0);

    // Every row keeps its id and values; the new columns are empty (a total, no vintage).
    const QList<ReportedValue> values = ForecastRepository(db).reportedValues();
    QCOMPARE(values.size(), 3);
    QCOMPARE(values[0].id, 2); // ordered by vendor: Nvidia's row first
    QCOMPARE(values[0].vendorId, 1);
    QCOMPARE(values[0].value, 55.0);
    QCOMPARE(values[1].id, 1);
    QCOMPARE(values[1].metric, QStringLiteral("cowos_wafers"));
    QCOMPARE(values[1].value, 70000.0);
    QCOMPARE(values[1].note, QStringLiteral("AWS CoWoS"));
    QCOMPARE(values[2].id, 3);
    for (const ReportedValue &value : values) {
        QCOMPARE(value.vintage, QString());
        QCOMPARE(value.scope, QString());
        QVERIFY(value.scopeProgramIds.isEmpty());
    }

    // A market total (no vendor) and a named scope can now be stored.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO reported_value (id, vendor_id, year, metric, value, source_id, vintage) "
        "VALUES (4, NULL, 2026, 'cowos_wafers', 1150000, 1, 'Bank, October 2025')")));
    QVERIFY(
        query.exec(QStringLiteral("UPDATE reported_value SET scope = 'Trainium3' WHERE id = 1")));
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO reported_value_program (reported_value_id, program_id) VALUES (1, 9)")));
    QCOMPARE(ReportedScope::problems(db).size(), 0);
    // Deleting the figure takes its links with it.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM reported_value WHERE id = 1")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reported_value_program")), 0);
}

void TestDatabase::newRowsTakeOneMoreThanTheLargestId()
{
    auto opened = Database::open(path(QStringLiteral("ids.sqlite")));
    QVERIFY(opened.database);
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    // A gap below the largest id is not reused: 41 is the largest scenario id, so 42 is next.
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO scenario (id, name, parent_id, note, created_at) "
                                  "VALUES (41, 'Far', NULL, NULL, '2026-01-01T00:00:00Z')")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM relation")));
    WorkbookWriter writer(db);
    QCOMPARE(writer.nextId(WorkbookWriter::IdTable::Scenario), 42);
    // An empty table starts at 1.
    QCOMPARE(writer.nextId(WorkbookWriter::IdTable::Relation), 1);
}

// The cells are read on a second thread in blocks of 8,192 rows (store/assumptionscan.cpp):
// 30,000 added rows span several blocks and a part-filled last one. Every row must arrive once,
// in the order SQLite stores them, in its scenario's layer, with its text intact.
void TestDatabase::readsEveryCellOfATableOfManyBlocksInStoredOrder()
{
    auto opened = Database::open(path(QStringLiteral("blocks.sqlite")));
    QVERIFY(opened.database);
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    QVERIFY(
        query.exec(QStringLiteral("INSERT INTO scenario (id, name, parent_id, note, created_at) "
                                  "VALUES (50, 'Child', 1, NULL, '2026-01-01T00:00:00Z')")));
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, "
                                         "field, value) VALUES (?, 1, ?, ?, ?)")));
    for (int n = 0; n < 30000; ++n) {
        // Every fifth row goes to the child; the values name their row, one in Chinese.
        query.addBindValue(n % 5 == 0 ? 50 : 1);
        query.addBindValue(3000 + n / 2);
        query.addBindValue(n % 2 == 0 ? QStringLiteral("units") : QStringLiteral("yield_model"));
        query.addBindValue(n % 2 == 0 ? QString::number(n) : QStringLiteral("模型%1").arg(n));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(QStringLiteral("COMMIT")));

    ForecastRepository repository(db);
    const QList<QList<AssumptionCell>> layers = repository.assumptionLayers(50);
    QCOMPARE(layers.size(), 2);
    for (int layer = 0; layer < 2; ++layer) {
        const int scenarioId = layer == 0 ? 1 : 50;
        QSqlQuery expected(db);
        QVERIFY(expected.exec(QStringLiteral("SELECT program_id, year, field, value FROM "
                                             "assumption WHERE scenario_id = %1 ORDER BY rowid")
                                  .arg(scenarioId)));
        qsizetype i = 0;
        while (expected.next()) {
            QVERIFY2(i < layers[layer].size(), "fewer cells than rows");
            const AssumptionCell &cell = layers[layer].at(i++);
            QCOMPARE(cell.programId, expected.value(0).toInt());
            QCOMPARE(cell.year, expected.value(1).toInt());
            QCOMPARE(assumptionFieldName(cell.field), expected.value(2).toString());
            QCOMPARE(cell.value, expected.value(3).toString());
        }
        QCOMPARE(layers[layer].size(), i);
    }
    // 6,000 of the added rows are the child's; the root has its own default cells besides.
    QCOMPARE(layers[1].size(), 6000);
    QCOMPARE(layers[1].at(1).value, QStringLiteral("模型5"));
}

// The reader thread waits while four blocks wait for the consumer. A consumer that throws must
// let it go and join it (a joinable std::thread destroyed ends the program), and leave the
// connection usable.
void TestDatabase::aConsumerThatThrowsLetsTheReaderGo()
{
    auto opened = Database::open(path(QStringLiteral("throws.sqlite")));
    QVERIFY(opened.database);
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, "
                                         "field, value) VALUES (1, 1, ?, 'units', '1')")));
    for (int n = 0; n < 60000; ++n) { // more blocks than may wait
        query.addBindValue(4000 + n);
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    int blocks = 0;
    bool thrown = false;
    try {
        scanAssumptionRows(sqliteHandle(db), [&](const AssumptionRowBlock &) {
            if (++blocks == 1)
                throw std::runtime_error("consumer gives up");
        });
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(blocks, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assumption WHERE year >= 4000")),
             60000);
}
