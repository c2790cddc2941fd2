// SPDX-License-Identifier: MIT
#include "files/csvtable.h"
#include "store/migrations.h"
#include "support/commandrun.h"
#include "support/files.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ws;
using test::fileHash;
using test::writeFile;

namespace {

using Run = test::CommandRun;

Run run(const QStringList &arguments)
{
    return test::runCommand(arguments);
}

// Rows of each table and a few columns, read on a connection of the test's own.
QStringList query(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("read-%1").arg(path);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList values;
                    for (int c = 0; c < q.record().count(); ++c)
                        values << q.value(c).toString();
                    rows << values.join(QLatin1Char('|'));
                }
            } else {
                rows << QStringLiteral("error");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

const QStringList tables = { QStringLiteral("source"),     QStringLiteral("vendor"),
                             QStringLiteral("program"),    QStringLiteral("scenario"),
                             QStringLiteral("assumption"), QStringLiteral("reported_value"),
                             QStringLiteral("capacity"),   QStringLiteral("company"),
                             QStringLiteral("relation") };

QStringList rowCounts(const QString &path)
{
    QStringList counts;
    for (const QString &table : tables)
        counts << table + QLatin1Char('=') +
                query(path, QStringLiteral("SELECT count(*) FROM %1").arg(table)).value(0);
    return counts;
}

// Writes the rows of data/<table>.csv into @p db with plain SQL, in the shape of an older
// release: without the columns @p dropped, and only the records @p keep accepts (by column
// name); an empty field is NULL. Plain SQL, not the importer, which writes today's columns.
// Fails the calling test when the file cannot be read or SQLite refuses a row.
void insertDefaultRows(QSqlDatabase &db, const QString &table, const QStringList &dropped,
                       const std::function<bool(const QHash<QString, QString> &)> &keep = {})
{
    QFile in(QStringLiteral(WS_DEFAULT_DATA_DIR "/%1.csv").arg(table));
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    CsvTable csv;
    QString error;
    QVERIFY2(CsvTable::parse(QString::fromUtf8(in.readAll()), &csv, &error), qPrintable(error));
    QStringList columns;
    QList<int> kept;
    for (int c = 0; c < csv.header.size(); ++c) {
        if (!dropped.contains(csv.header[c])) {
            columns << csv.header[c];
            kept << c;
        }
    }
    QSqlQuery insert(db);
    QVERIFY(insert.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QStringLiteral(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))));
    for (const CsvTable::Record &record : std::as_const(csv.records)) {
        QHash<QString, QString> byName;
        for (int c = 0; c < csv.header.size(); ++c)
            byName.insert(csv.header[c], record.fields.value(c));
        if (keep && !keep(byName))
            continue;
        for (int c : std::as_const(kept)) {
            const QString field = record.fields.value(c);
            insert.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
        }
        QVERIFY2(insert.exec(),
                 qPrintable(QStringLiteral("%1.csv line %2: %3")
                                .arg(table)
                                .arg(record.line)
                                .arg(insert.lastError().text())));
    }
}

} // namespace

/** Model v2 in the store: the version 3 migration, the program table's package_id and die_role
    and the new assumption fields through CSV, JSON and `set`, and the package rules on import.
    The default data's MI450 (AMD, program 12) has 8 compute dies of 190 mm² and, as its die kind
    "MI450 base die" (program 20), 2 base dies of 750 mm² on a 3,300 mm² interposer in every year
    of Base (data/assumption.csv): 8 × 190 + 2 × 750 = 3,020 mm² of silicon, 280 mm² to spare. */
class TestPackageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesAVersion2WorkbookThatThenPassesCheck();
    void importsProgramFilesWithoutTheNewColumns();
    void roundTripsDieKindsAndNewFieldsThroughCsvAndJson();
    void refusesADieKindOfAnotherVendorsPackage();
    void refusesAnInterposerBelowItsSiliconOnImport();
    void setRefusesAnInterposerBelowItsSilicon();
    void setClearsPackagesPerWaferWithNone();
    void setRefusesUnitsOnADieKind();

private:
    QString path(const QString &name) const { return mDir->filePath(name); }
    QString addIoDie(); // a further MI450 die kind; returns the import's standard error

    std::unique_ptr<QTemporaryDir> mDir;
    QString mDb;
};

void TestPackageStore::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mDb = path(QStringLiteral("data.sqlite"));
    const Run created = run({ QStringLiteral("check"), QStringLiteral("--db"), mDb });
    QVERIFY2(created.code == 0, qPrintable(created.err));
}

QString TestPackageStore::addIoDie()
{
    const QString programs = path(QStringLiteral("die.csv"));
    writeFile(programs,
              "id,vendor_id,name,node,package_id,die_role,note\n"
              "100,4,MI450 I/O die,TSMC N3P,12,io,Two I/O dies\n");
    const QString cells = path(QStringLiteral("die-cells.csv"));
    // Two I/O dies of 100 mm² in every year: 3,020 + 2 × 100 = 3,220 mm² of silicon on
    // 3,300 mm².
    QByteArray rows = "scenario_id,program_id,year,field,value,source_id,note\n";
    for (const QByteArray year : { "2024", "2025", "2026", "2027" }) {
        rows += "1,100," + year + ",dies_per_package,2,,\n";
        rows += "1,100," + year + ",die_area_mm2,100,,\n";
        rows += "1,100," + year + ",defect_density,0.09,,\n";
        rows += "1,100," + year + ",yield_model,murphy,,\n";
    }
    rows += "1,100,2026,harvest_fraction,0.5,,\n"
            "1,12,2026,packaging,cowos,,\n"
            "1,12,2026,packages_per_cowos_wafer,12.5,,\n";
    writeFile(cells, rows);
    const Run first = run({ QStringLiteral("import"), QStringLiteral("program"), programs,
                            QStringLiteral("--db"), mDb });
    if (first.code != 0)
        return first.err;
    return run({ QStringLiteral("import"), QStringLiteral("assumption"), cells,
                 QStringLiteral("--db"), mDb })
        .err;
}

void TestPackageStore::migratesAVersion2WorkbookThatThenPassesCheck()
{
    // A version 2 workbook as the release before Model v2 made it: its schema, and the default
    // data in that release's shape. Programs had no package_id and die_role and no die kinds,
    // an assumption none of Model v2's fields (packages_per_cowos_wafer, packaging,
    // harvest_fraction); sources had no title_kind and date_precision (version 4), published
    // figures no vintage, scope or programs, and always a vendor (version 5).
    const QString file = path(QStringLiteral("v2.sqlite"));
    const QString name = QStringLiteral("make-v2");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        QCOMPARE(Migrations::migrate(db, 2), QString());
        QSet<QString> dieKinds;
        const auto program = [&](const QHash<QString, QString> &row) {
            if (row.value(QStringLiteral("package_id")).isEmpty())
                return true;
            dieKinds.insert(row.value(QStringLiteral("id")));
            return false;
        };
        const QStringList modelV2Fields = { QStringLiteral("packages_per_cowos_wafer"),
                                            QStringLiteral("packaging"),
                                            QStringLiteral("harvest_fraction") };
        const auto assumption = [&](const QHash<QString, QString> &row) {
            return !dieKinds.contains(row.value(QStringLiteral("program_id"))) &&
                !modelV2Fields.contains(row.value(QStringLiteral("field")));
        };
        const auto hasVendor = [](const QHash<QString, QString> &row) {
            return !row.value(QStringLiteral("vendor_id")).isEmpty();
        };
        QVERIFY(db.transaction());
        insertDefaultRows(db, QStringLiteral("source"),
                          { QStringLiteral("title_kind"), QStringLiteral("date_precision") });
        insertDefaultRows(db, QStringLiteral("vendor"), {});
        insertDefaultRows(db, QStringLiteral("program"),
                          { QStringLiteral("package_id"), QStringLiteral("die_role") }, program);
        // data/program.csv: the MI300X/MI325X and MI355X I/O dies and the MI450 base die.
        QCOMPARE(dieKinds.size(), 3);
        insertDefaultRows(db, QStringLiteral("scenario"), {});
        insertDefaultRows(db, QStringLiteral("assumption"), {}, assumption);
        insertDefaultRows(
            db, QStringLiteral("reported_value"),
            { QStringLiteral("vintage"), QStringLiteral("scope"), QStringLiteral("programs") },
            hasVendor);
        for (const char *table : { "capacity", "company", "relation" })
            insertDefaultRows(db, QLatin1String(table), {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(query(file, QStringLiteral("PRAGMA user_version")),
             QStringList { QStringLiteral("2") });
    const QStringList before = rowCounts(file);
    const QStringList assumptionsBefore =
        query(file,
              QStringLiteral("SELECT scenario_id, program_id, year, field, value, source_id, note "
                             "FROM assumption ORDER BY rowid"));
    // Base: 17 packages × 4 years × the 8 fields of version 2; the child scenarios' own cells:
    // AWS upside 2 (Trainium3 2026 and 2027), AMD at December allocation 3 (2026 units of
    // MI325X, MI355X and MI450).
    QCOMPARE(assumptionsBefore.size(), 17 * 4 * 8 + 2 + 3);

    // `check` opens it, which migrates it; the schema audit and the forecast both pass.
    const Run checked = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QVERIFY2(checked.code == 0, qPrintable(checked.err));
    QVERIFY2(checked.out.contains(QStringLiteral("schema version: %1 (this program writes %1)")
                                      .arg(Migrations::latestVersion())),
             qPrintable(checked.out));
    QVERIFY(checked.out.contains(QStringLiteral("scenarios: ok")));

    // Every row is kept, in order; every program is a package of compute dies.
    QCOMPARE(rowCounts(file), before);
    QCOMPARE(query(file,
                   QStringLiteral("SELECT scenario_id, program_id, year, field, value, "
                                  "source_id, note FROM assumption ORDER BY rowid")),
             assumptionsBefore);
    QCOMPARE(query(file,
                   QStringLiteral("SELECT count(*) FROM program WHERE package_id IS NULL "
                                  "AND die_role = 'compute'")),
             QStringList { QStringLiteral("17") });
    // The rebuilt table admits the new fields, and the old one is gone.
    QVERIFY(query(file, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'assumption'"))
                .value(0)
                .contains(QStringLiteral("'harvest_fraction'")));
    QCOMPARE(query(file,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                  "'assumption_version2%'")),
             QStringList { QStringLiteral("0") });
    // Opened again, nothing is left to do.
    const Run again = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QCOMPARE(again.code, 0);
}

void TestPackageStore::importsProgramFilesWithoutTheNewColumns()
{
    const QString csv = path(QStringLiteral("old.csv"));
    QVERIFY(writeFile(csv,
                      "id,vendor_id,name,node,note\n"
                      "50,1,Feynman,TSMC A16,An older file's row\n"));
    const Run r = run(
        { QStringLiteral("import"), QStringLiteral("program"), csv, QStringLiteral("--db"), mDb });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(query(mDb,
                   QStringLiteral("SELECT package_id IS NULL, die_role FROM program WHERE "
                                  "id = 50")),
             QStringList { QStringLiteral("1|compute") });
}

void TestPackageStore::roundTripsDieKindsAndNewFieldsThroughCsvAndJson()
{
    QCOMPARE(addIoDie(), QString());

    // CSV: the program table writes the two columns after node, in their place in the header.
    const QString programs = path(QStringLiteral("programs-out.csv"));
    Run r = run({ QStringLiteral("export"), QStringLiteral("program"), QStringLiteral("--out"),
                  programs, QStringLiteral("--db"), mDb });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile exported(programs);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(exported.readAll());
    QVERIFY(csvText.startsWith(QStringLiteral("id,vendor_id,name,node,package_id,die_role,note")));
    QVERIFY2(csvText.contains(QStringLiteral("\n100,4,MI450 I/O die,TSMC N3P,12,io,Two I/O dies")),
             qPrintable(csvText));
    QVERIFY(csvText.contains(QStringLiteral("\n12,4,MI450,")));
    const QString cells = path(QStringLiteral("cells-out.csv"));
    r = run({ QStringLiteral("export"), QStringLiteral("assumption"), QStringLiteral("--out"),
              cells, QStringLiteral("--db"), mDb });
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // Into a fresh workbook, by CSV: the same rows come back.
    const QString copy = path(QStringLiteral("copy.sqlite"));
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), copy }).code, 0);
    for (const auto &[table, file] : { std::pair { QStringLiteral("program"), programs },
                                       std::pair { QStringLiteral("assumption"), cells } }) {
        r = run({ QStringLiteral("import"), table, file, QStringLiteral("--db"), copy });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    const QString programRows =
        QStringLiteral("SELECT id, vendor_id, name, node, package_id, die_role FROM program "
                       "ORDER BY id");
    const QString newCells = QStringLiteral(
        "SELECT scenario_id, program_id, year, field, value FROM assumption WHERE year = 2026 "
        "AND program_id IN (12, 100) AND field IN ('dies_per_package', 'die_area_mm2', "
        "'defect_density', 'yield_model', 'packaging', 'packages_per_cowos_wafer', "
        "'harvest_fraction') ORDER BY program_id, field");
    QCOMPARE(query(copy, programRows), query(mDb, programRows));
    // MI450's own dies from data/assumption.csv (Base 2026: 8 dies of 190 mm², 0.11 per cm²,
    // negative binomial, no harvest), and the cells addIoDie() wrote.
    const QStringList expectedCells = {
        QStringLiteral("1|12|2026|defect_density|0.11"),
        QStringLiteral("1|12|2026|die_area_mm2|190"),
        QStringLiteral("1|12|2026|dies_per_package|8"),
        QStringLiteral("1|12|2026|harvest_fraction|0"),
        QStringLiteral("1|12|2026|packages_per_cowos_wafer|12.5"),
        QStringLiteral("1|12|2026|packaging|cowos"),
        QStringLiteral("1|12|2026|yield_model|negative_binomial"),
        QStringLiteral("1|100|2026|defect_density|0.09"),
        QStringLiteral("1|100|2026|die_area_mm2|100"),
        QStringLiteral("1|100|2026|dies_per_package|2"),
        QStringLiteral("1|100|2026|harvest_fraction|0.5"),
        QStringLiteral("1|100|2026|yield_model|murphy"),
    };
    QCOMPARE(query(mDb, newCells), expectedCells);
    QCOMPARE(query(copy, newCells), expectedCells);

    // JSON: the whole workbook out and into a new one.
    const QString json = path(QStringLiteral("all.json"));
    r = run({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), json,
              QStringLiteral("--db"), mDb });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString fromJson = path(QStringLiteral("from-json.sqlite"));
    r = run({ QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"),
              fromJson });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(query(fromJson, programRows), query(mDb, programRows));
    QCOMPARE(query(fromJson, newCells), expectedCells);

    // The die kind is listed with its package by `shares --by program`.
    r = run({ QStringLiteral("shares"), QStringLiteral("--by"), QStringLiteral("program"),
              QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--format"),
              QStringLiteral("csv"), QStringLiteral("--db"), fromJson });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("MI450 I/O die,MI450,io,")), qPrintable(r.out));
}

void TestPackageStore::refusesADieKindOfAnotherVendorsPackage()
{
    // Vendor 1 is Nvidia; program 12, MI450, is AMD's.
    const QString csv = path(QStringLiteral("foreign.csv"));
    QVERIFY(writeFile(csv,
                      "id,vendor_id,name,node,package_id,die_role,note\n"
                      "100,1,Stray I/O die,TSMC N6,12,io,\n"));
    const QByteArray before = fileHash(mDb);
    const Run r = run(
        { QStringLiteral("import"), QStringLiteral("program"), csv, QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 2, column package_id: Stray I/O die is a die kind "
                                           "of MI450, a package of another vendor; a die kind "
                                           "has its package's vendor.")),
             qPrintable(r.err));
    QCOMPARE(fileHash(mDb), before);

    // die_role io on a package row, and a role that is none, are refused too.
    QVERIFY(writeFile(csv,
                      "id,vendor_id,name,node,package_id,die_role,note\n"
                      "101,1,Odd,TSMC N6,,io,\n"
                      "102,1,Odder,TSMC N6,,memory,\n"));
    const Run roles = run(
        { QStringLiteral("import"), QStringLiteral("program"), csv, QStringLiteral("--db"), mDb });
    QCOMPARE(roles.code, 2);
    QVERIFY2(roles.err.contains(QStringLiteral("line 3, column die_role: 'memory' is not a die "
                                               "role; use compute or io")),
             qPrintable(roles.err));
    QCOMPARE(fileHash(mDb), before);
}

void TestPackageStore::refusesAnInterposerBelowItsSiliconOnImport()
{
    QCOMPARE(addIoDie(), QString());
    // MI450 2026 back on its interposer (packages per wafer cleared), then an I/O die of
    // 150 mm²: 3,020 + 2 × 150 = 3,320 mm² on 3,300 mm².
    const QString csv = path(QStringLiteral("wider.csv"));
    QVERIFY(writeFile(csv,
                      "scenario_id,program_id,year,field,value,source_id,note\n"
                      "1,12,2026,packages_per_cowos_wafer,none,,\n"
                      "1,100,2026,die_area_mm2,150,,\n"));
    const QByteArray before = fileHash(mDb);
    const Run r = run({ QStringLiteral("import"), QStringLiteral("assumption"), csv,
                        QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("scenario Base: MI450 2026: an interposer of 3,300 mm² "
                                           "cannot hold the 3,320 mm² of logic dies")),
             qPrintable(r.err));
    QCOMPARE(fileHash(mDb), before);
}

void TestPackageStore::setRefusesAnInterposerBelowItsSilicon()
{
    const QByteArray before = fileHash(mDb);
    const Run r = run({ QStringLiteral("set"), QStringLiteral("--program"), QStringLiteral("MI450"),
                        QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--field"),
                        QStringLiteral("interposer_area_mm2"), QStringLiteral("--value"),
                        QStringLiteral("2400"), QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err,
             QStringLiteral("wafershare: MI450 2026 interposer_area_mm2 not changed: MI450 2026: "
                            "an interposer of 2,400 mm² cannot hold the 3,020 mm² of logic dies "
                            "placed on it (dies per package × die area over its die kinds); give "
                            "at least 3,020 mm², or a packages_per_cowos_wafer figure.\n"));
    QCOMPARE(fileHash(mDb), before);
    // 3,020 mm² holds them exactly.
    const Run fits =
        run({ QStringLiteral("set"), QStringLiteral("--program"), QStringLiteral("MI450"),
              QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--field"),
              QStringLiteral("interposer_area_mm2"), QStringLiteral("--value"),
              QStringLiteral("3020"), QStringLiteral("--db"), mDb });
    QVERIFY2(fits.code == 0, qPrintable(fits.err));
}

void TestPackageStore::setClearsPackagesPerWaferWithNone()
{
    const auto set = [&](const QString &value) {
        return run({ QStringLiteral("set"), QStringLiteral("--program"), QStringLiteral("MI450"),
                     QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--field"),
                     QStringLiteral("packages_per_cowos_wafer"), QStringLiteral("--value"), value,
                     QStringLiteral("--db"), mDb });
    };
    const QString cowos = QStringLiteral("SELECT value FROM assumption WHERE program_id = 12 AND "
                                         "year = 2026 AND field = 'packages_per_cowos_wafer'");
    Run r = set(QStringLiteral("16"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out,
             QStringLiteral("MI450 2026 packages_per_cowos_wafer: none -> 16 (scenario "
                            "Base)\n"));
    QCOMPARE(query(mDb, cowos), QStringList { QStringLiteral("16") });
    r = set(QStringLiteral("none"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(query(mDb, cowos), QStringList { QStringLiteral("none") });
    r = set(QStringLiteral("0.5"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("packages per CoWoS wafer must be from 1 to 1,000")),
             qPrintable(r.err));
}

void TestPackageStore::setRefusesUnitsOnADieKind()
{
    QCOMPARE(addIoDie(), QString());
    const QByteArray before = fileHash(mDb);
    const Run r =
        run({ QStringLiteral("set"), QStringLiteral("--program"), QStringLiteral("MI450 I/O die"),
              QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--field"),
              QStringLiteral("units"), QStringLiteral("--value"), QStringLiteral("5"),
              QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("MI450 I/O die is a die kind; it takes its units from "
                                           "its package, so set it there.")),
             qPrintable(r.err));
    QCOMPARE(fileHash(mDb), before);
}

QTEST_GUILESS_MAIN(TestPackageStore)
#include "tst_packagestore.moc"
