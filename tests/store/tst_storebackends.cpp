// SPDX-License-Identifier: MIT
// The store's writes and reads on both backends: a SQLite file and a PostgreSQL server started
// in a scratch folder. Each test runs once per backend with the same expectations, worked out
// from the default data set; the last one runs the same edits on both and compares the dumps.
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/provenancerepository.h"
#include "store/supplychainrepository.h"
#include "store/workbookjson.h"
#include "store/workbookwriter.h"
#include "support/postgresserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using test::PostgresServer;

namespace {

qlonglong count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenariosAreAddedRenamedAndDeleted_data() { backends(); }
    void scenariosAreAddedRenamedAndDeleted();
    void aProgramRemovedAndRestoredIsAsItWas_data() { backends(); }
    void aProgramRemovedAndRestoredIsAsItWas();
    void companiesAndRelationsAreEdited_data() { backends(); }
    void companiesAndRelationsAreEdited();
    void sourcesAndPositionsAreWritten_data() { backends(); }
    void sourcesAndPositionsAreWritten();
    void cellsAreWrittenLoggedAndRead_data() { backends(); }
    void cellsAreWrittenLoggedAndRead();
    void aRowChangedSinceItWasReadIsNeitherChangedNorRemoved_data() { backends(); }
    void aRowChangedSinceItWasReadIsNeitherChangedNorRemoved();
    void aNewRowWhoseIdSomeoneTookIsRefused_data() { backends(); }
    void aNewRowWhoseIdSomeoneTookIsRefused();
    void theSameEditsLeaveTheSameWorkbookOnBoth();

private:
    void backends();
    std::unique_ptr<Database> fresh(const QString &backend);
    int scenarioId(const QSqlDatabase &db, const QString &name);
    void runEdits(Database &database);

    PostgresServer mServer;
    QTemporaryDir mFolder;
    int mFiles = 0;
};

void TestStoreBackends::initTestCase()
{
    const QString error = mServer.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStoreBackends::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("server") << QStringLiteral("server");
}

// A new workbook from the default data set on @p backend.
std::unique_ptr<Database> TestStoreBackends::fresh(const QString &backend)
{
    if (backend == QLatin1String("file"))
        return Database::open(mFolder.filePath(QStringLiteral("w%1.wafershare").arg(++mFiles)))
            .database;
    if (!mServer.emptyWorkDatabase().isEmpty() ||
        !Database::initialiseServer(mServer.uri()).isEmpty())
        return nullptr;
    return Database::open(mServer.uri()).database;
}

int TestStoreBackends::scenarioId(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM scenario WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestStoreBackends::scenariosAreAddedRenamedAndDeleted()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    // data/scenario.csv holds three scenarios, ids 1 to 3.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scenario")), 3);
    ScenarioSnapshot copy = writer.snapshotScenario(scenarioId(db, QStringLiteral("Base")));
    const qlonglong baseCells = copy.cells.size();
    QVERIFY(baseCells > 100);
    copy.id = writer.nextId(WorkbookWriter::IdTable::Scenario);
    QCOMPARE(copy.id, 4);
    copy.name = QStringLiteral("Bear, \"quoted\" & <b>marked</b>");
    for (StoredCell &cell : copy.cells)
        cell.scenarioId = copy.id;
    QCOMPARE(writer.insertScenario(copy), QString());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = 4")),
             baseCells);
    QCOMPARE(scenarioId(db, QStringLiteral("Bear, \"quoted\" & <b>marked</b>")), 4);
    QCOMPARE(writer.renameScenario(4, copy.name, QStringLiteral("Bear")), QString());
    QCOMPARE(scenarioId(db, QStringLiteral("Bear")), 4);
    // A name another scenario has is refused by the store itself, in the same words on both.
    QCOMPARE(writer.renameScenario(4, QStringLiteral("Bear"), QStringLiteral("Base")),
             QStringLiteral("a scenario named 'Base' exists already"));
    copy.name = QStringLiteral("Bear");
    QCOMPARE(writer.deleteScenario(copy), QString());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = 4")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scenario")), 3);
    // Added, renamed, deleted: three lines in the trail.
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = "
                                  "'scenario'")),
             3);
}

void TestStoreBackends::aProgramRemovedAndRestoredIsAsItWas()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    QString error;
    const QJsonObject before = WorkbookJson::dump(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WorkbookWriter writer(db);
    const ProgramSnapshot program = writer.snapshotProgram(1);
    QVERIFY(!program.cells.isEmpty());
    QCOMPARE(writer.deleteProgram(program), QString());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assumption WHERE program_id = 1")), 0);
    QCOMPARE(writer.insertProgram(program), QString());
    QJsonObject after = WorkbookJson::dump(db, &error);
    QJsonObject beforeTables = before.value(QStringLiteral("tables")).toObject();
    QJsonObject afterTables = after.value(QStringLiteral("tables")).toObject();
    beforeTables.remove(QStringLiteral("edit_log"));
    afterTables.remove(QStringLiteral("edit_log"));
    // The program's cells come back after the others: the same rows, in another order.
    const auto sortedRows = [](const QJsonObject &tables, const QString &table) {
        QStringList rows;
        for (const QJsonValue &row :
             tables.value(table).toObject().value(QStringLiteral("rows")).toArray())
            rows << QString::fromUtf8(QJsonDocument(row.toArray()).toJson(QJsonDocument::Compact));
        rows.sort();
        return rows;
    };
    for (const QString &table : beforeTables.keys())
        QCOMPARE(sortedRows(afterTables, table), sortedRows(beforeTables, table));
}

void TestStoreBackends::companiesAndRelationsAreEdited()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    // data/company.csv and data/relation.csv: 31 companies, 42 relations.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM company")), 31);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM relation")), 42);
    CompanySnapshot added;
    added.company.id = writer.nextId(WorkbookWriter::IdTable::Company);
    added.company.name = QStringLiteral("=cmd|' /C calc'!A0");
    added.company.tier = QStringLiteral("substrate");
    added.company.nameZh = QStringLiteral("測試基板");
    QCOMPARE(writer.insertCompany(added), QString());
    Relation relation;
    relation.id = writer.nextId(WorkbookWriter::IdTable::Relation);
    relation.supplierId = added.company.id;
    relation.customerId = 1;
    relation.weight = 0.25;
    relation.product = QStringLiteral("ABF, 1,500,000 units");
    QCOMPARE(writer.insertRelation(relation), QString());
    Relation heavier = relation;
    heavier.weight = 0.5;
    QCOMPARE(writer.updateRelation(relation, heavier), QString());
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT weight * 100 FROM relation WHERE id = %1").arg(relation.id)),
        50);
    Company listed = added.company;
    listed.ticker = QStringLiteral("9999.TW");
    QCOMPARE(writer.updateCompany(added.company, listed), QString());
    const SupplyChain chain = SupplyChainRepository(db).load();
    const int index = chain.companyIndex(added.company.id);
    QVERIFY(index >= 0);
    QCOMPARE(chain.companies.at(index).name, QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(chain.companies.at(index).ticker, QStringLiteral("9999.TW"));
    // Removing the company removes its relation with it.
    QCOMPARE(writer.deleteCompany(writer.snapshotCompany(added.company.id)), QString());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM relation")), 42);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM company")), 31);
}

void TestStoreBackends::sourcesAndPositionsAreWritten()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    Source source;
    source.id = writer.nextId(WorkbookWriter::IdTable::Source);
    source.title = QStringLiteral("Desk note, \"draft\"");
    source.publishedOn = QStringLiteral("2026-12");
    source.datePrecision = DatePrecision::Month;
    QCOMPARE(writer.writeSource(std::nullopt, source), QString());
    const QList<Source> sources = ProvenanceRepository(db).sources();
    QVERIFY(std::any_of(sources.cbegin(), sources.cend(), [&](const Source &stored) {
        return stored.id == source.id && stored.title == source.title &&
            stored.datePrecision == DatePrecision::Month;
    }));
    QCOMPARE(writer.writeSource(source, std::nullopt), QString());
    QCOMPARE(ProvenanceRepository(db).sources().size(), sources.size() - 1);

    const QList<PositionChange> moves = { { 1, std::nullopt, QPointF(10.5, -2.25) },
                                          { 2, std::nullopt, QPointF(0, 300) } };
    QCOMPARE(writer.applyPositions(QStringLiteral("layered"), moves, false), QString());
    const QHash<int, QPointF> positions =
        SupplyChainRepository(db).positions(QStringLiteral("layered"));
    QCOMPARE(positions.size(), 2);
    QCOMPARE(positions.value(1), QPointF(10.5, -2.25));
    QCOMPARE(writer.applyPositions(QStringLiteral("layered"), moves, true), QString());
    QCOMPARE(SupplyChainRepository(db).positions(QStringLiteral("layered")).size(), 0);
}

void TestStoreBackends::cellsAreWrittenLoggedAndRead()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    const int base = scenarioId(db, QStringLiteral("Base"));
    const std::optional<StoredCell> before =
        writer.storedCell(base, 1, 2026, AssumptionField::Units);
    QVERIFY(before);
    StoredCell after = *before;
    after.value = QStringLiteral("2500000");
    QCOMPARE(writer.applyCellChanges({ CellChange { before, after } }), QString());
    QCOMPARE(writer.storedCell(base, 1, 2026, AssumptionField::Units)->value,
             QStringLiteral("2500000"));
    // Written from a stale `before`, the same change is refused and nothing moves.
    StoredCell again = after;
    again.value = QStringLiteral("2600000");
    const QString refused = writer.applyCellChanges({ CellChange { before, again } });
    QVERIFY2(refused.contains(QStringLiteral("after you read it")), qPrintable(refused));
    QCOMPARE(writer.storedCell(base, 1, 2026, AssumptionField::Units)->value,
             QStringLiteral("2500000"));
    // Undone, the cell is what it was; the trail has both steps, with who made them.
    QCOMPARE(writer.applyCellChanges({ CellChange { before, after } }, true), QString());
    QCOMPARE(writer.storedCell(base, 1, 2026, AssumptionField::Units)->value, before->value);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = "
                                  "'assumption' AND changed_by IS NOT NULL")),
             2);
    // The forecast reads the same cells on both backends.
    ForecastRepository repository(db);
    const auto forecasts = repository.loadEveryForecast();
    QCOMPARE(repository.error(), QString());
    QCOMPARE(forecasts.size(), 3);
}

namespace {

// The refusal of a change made from a version of a row that is no longer stored.
bool isStale(const QString &refusal)
{
    return refusal.contains(QStringLiteral("after you read it; nothing was changed"));
}

} // namespace

void TestStoreBackends::aRowChangedSinceItWasReadIsNeitherChangedNorRemoved()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    const int base = scenarioId(db, QStringLiteral("Base"));
    const int upside = scenarioId(db, QStringLiteral("AWS upside"));

    // A scenario renamed by someone else: renaming it from the old name is refused.
    QCOMPARE(writer.renameScenario(upside, QStringLiteral("AWS upside"), QStringLiteral("Bull")),
             QString());
    QString refused =
        writer.renameScenario(upside, QStringLiteral("AWS upside"), QStringLiteral("Bear"));
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(scenarioId(db, QStringLiteral("Bull")), upside);

    // A scenario one of whose cells changed since it was read is not deleted.
    const ScenarioSnapshot read = writer.snapshotScenario(upside);
    QVERIFY(!read.cells.isEmpty());
    StoredCell changed = read.cells.first();
    changed.value = QStringLiteral("42");
    QCOMPARE(writer.applyCellChanges({ CellChange { read.cells.first(), changed } }), QString());
    refused = writer.deleteScenario(read);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scenario")), 3);

    // The same for a program whose cell in Base changed.
    const ProgramSnapshot program = writer.snapshotProgram(2);
    const std::optional<StoredCell> units =
        writer.storedCell(base, 2, 2026, AssumptionField::Units);
    QVERIFY(units);
    StoredCell more = *units;
    more.value = QStringLiteral("4200000");
    QCOMPARE(writer.applyCellChanges({ CellChange { units, more } }), QString());
    refused = writer.deleteProgram(program);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM program WHERE id = 2")), 1);

    // A company edited by someone else: an edit or removal from the old version is refused.
    const CompanySnapshot tsmc = writer.snapshotCompany(2); // TSMC, data/company.csv
    QCOMPARE(tsmc.company.name, QStringLiteral("TSMC"));
    Company renamed = tsmc.company;
    renamed.name = QStringLiteral("TSMC (Taiwan Semiconductor)");
    QCOMPARE(writer.updateCompany(tsmc.company, renamed), QString());
    Company ticker = tsmc.company;
    ticker.ticker = QStringLiteral("TSM");
    refused = writer.updateCompany(tsmc.company, ticker);
    QVERIFY2(isStale(refused), qPrintable(refused));
    refused = writer.deleteCompany(tsmc);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(SupplyChainRepository(db).load().company(2)->name, renamed.name);
    QCOMPARE(SupplyChainRepository(db).load().company(2)->ticker, QStringLiteral("2330.TW"));

    // A relation whose weight someone changed.
    const Relation relation = tsmc.relations.first();
    Relation weighed = relation;
    weighed.weight = 0.125;
    QCOMPARE(writer.updateRelation(relation, weighed), QString());
    Relation other = relation;
    other.note = QStringLiteral("mine");
    refused = writer.updateRelation(relation, other);
    QVERIFY2(isStale(refused), qPrintable(refused));
    refused = writer.deleteRelation(relation);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT weight * 1000 FROM relation WHERE id = %1").arg(relation.id)),
        125);

    // A source whose title someone corrected.
    const QList<Source> sources = ProvenanceRepository(db).sources();
    const Source first = sources.first();
    Source corrected = first;
    corrected.title = QStringLiteral("Corrected title");
    QCOMPARE(writer.writeSource(first, corrected), QString());
    Source mine = first;
    mine.note = QStringLiteral("my note");
    refused = writer.writeSource(first, mine);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(ProvenanceRepository(db).sources().first().title, QStringLiteral("Corrected title"));

    // A node someone moved: moving it back from where it was before is refused.
    const QList<PositionChange> theirs = { { 1, std::nullopt, QPointF(5, 5) } };
    QCOMPARE(writer.applyPositions(QStringLiteral("force"), theirs, false), QString());
    const QList<PositionChange> mineMoves = { { 1, std::nullopt, QPointF(9, 9) } };
    refused = writer.applyPositions(QStringLiteral("force"), mineMoves, false);
    QVERIFY2(isStale(refused), qPrintable(refused));
    QCOMPARE(SupplyChainRepository(db).positions(QStringLiteral("force")).value(1), QPointF(5, 5));

    // Every refusal names who made the change it met: the trail's user of the last change.
    QVERIFY2(refused.contains(QStringLiteral(" was changed by ")), qPrintable(refused));
}

void TestStoreBackends::aNewRowWhoseIdSomeoneTookIsRefused()
{
    QFETCH(QString, backend);
    std::unique_ptr<Database> database = fresh(backend);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    WorkbookWriter writer(db);
    // Two people given the same next id at once: the second insert meets the first's row.
    ScenarioSnapshot scenario;
    scenario.id = 3; // data/scenario.csv has ids 1 to 3
    scenario.name = QStringLiteral("Mine");
    scenario.parentId = 1;
    scenario.createdAt = QStringLiteral("2026-12-04T00:00:00Z");
    QCOMPARE(writer.insertScenario(scenario),
             QStringLiteral("someone else added a scenario with the id 3 at the same moment; "
                            "nothing was changed. Try again."));
    Relation relation;
    relation.id = 1;
    relation.supplierId = 2;
    relation.customerId = 1;
    QCOMPARE(writer.insertRelation(relation),
             QStringLiteral("someone else added a relation with the id 1 at the same moment; "
                            "nothing was changed. Try again."));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM scenario")), 3);
}

// The same sequence of edits, through the store, on each backend.
void TestStoreBackends::runEdits(Database &database)
{
    QSqlDatabase db = database.connection();
    WorkbookWriter writer(db);
    const int base = scenarioId(db, QStringLiteral("Base"));
    const std::optional<StoredCell> before =
        writer.storedCell(base, 3, 2027, AssumptionField::Units);
    StoredCell after = before.value_or(StoredCell {});
    after.scenarioId = base;
    after.programId = 3;
    after.year = 2027;
    after.field = AssumptionField::Units;
    after.value = QStringLiteral("123456");
    QCOMPARE(writer.applyCellChanges({ CellChange { before, after } }), QString());
    QCOMPARE(writer.renameScenario(scenarioId(db, QStringLiteral("AWS upside")),
                                   QStringLiteral("AWS upside"),
                                   QStringLiteral("AWS upside, renamed")),
             QString());
    Company company;
    company.id = writer.nextId(WorkbookWriter::IdTable::Company);
    company.name = QStringLiteral("New substrate maker");
    company.tier = QStringLiteral("substrate");
    QCOMPARE(writer.insertCompany(CompanySnapshot { company, {}, {} }), QString());
}

void TestStoreBackends::theSameEditsLeaveTheSameWorkbookOnBoth()
{
    std::unique_ptr<Database> file = fresh(QStringLiteral("file"));
    std::unique_ptr<Database> server = fresh(QStringLiteral("server"));
    QVERIFY(file && server);
    runEdits(*file);
    runEdits(*server);
    QSqlDatabase fileDb = file->connection();
    QSqlDatabase serverDb = server->connection();
    QString error;
    QJsonObject a = WorkbookJson::dump(fileDb, &error).value(QStringLiteral("tables")).toObject();
    QJsonObject b = WorkbookJson::dump(serverDb, &error).value(QStringLiteral("tables")).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The trail differs in its times and names only.
    a.remove(QStringLiteral("edit_log"));
    b.remove(QStringLiteral("edit_log"));
    QCOMPARE(a.keys(), b.keys());
    for (const QString &table : a.keys())
        QVERIFY2(a.value(table) == b.value(table), qPrintable(table));
}

// Skipped (77, as CTest is told) only when the server's binaries are not installed.
WS_SERVER_TEST_MAIN(TestStoreBackends, QCoreApplication, 77)

#include "tst_storebackends.moc"
