// SPDX-License-Identifier: MIT
#include "store/migrations.h"
#include "support/commandrun.h"
#include "support/files.h"

#include "store/migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using test::fileHash;
using test::writeFile;

namespace {

using Run = test::CommandRun;

Run run(const QStringList &arguments)
{
    return test::runCommand(arguments);
}

// Every row of every table with each value's SQLite type, read on a connection of the test's
// own: what `sqlite3 FILE .dump` shows, without depending on the shell's formatting.
QStringList contentOf(const QString &path)
{
    const QString name = QStringLiteral("dump-%1").arg(path);
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return { QStringLiteral("cannot open") };
        QSqlQuery query(db);
        QStringList tables;
        query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
        while (query.next()) {
            lines << query.value(1).toString();
            if (query.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                tables << query.value(0).toString();
        }
        for (const QString &pragma :
             { QStringLiteral("user_version"), QStringLiteral("application_id") }) {
            query.exec(QStringLiteral("PRAGMA ") + pragma);
            query.next();
            lines << pragma + QLatin1Char('=') + query.value(0).toString();
        }
        for (const QString &table : std::as_const(tables)) {
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (query.next()) {
                QStringList values;
                for (int c = 0; c < query.record().count(); ++c) {
                    const QVariant v = query.value(c);
                    values << QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()),
                                                          v.toString());
                }
                lines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

} // namespace

/** `wafershare import` and `export`: all or nothing, exit 2 with every problem, and a whole
    workbook out to JSON and back without a difference. */
class TestDataCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importWithProblemsExitsTwoAndListsThem();
    void importDryRunAndImport();
    void importSemicolonUtf16FileWithScenario();
    void exportedTablesImportBackUnchanged();
    void exportsComputedResults();
    void workbookJsonRoundTripIsIdentical();
    void importAllRefusesExistingFileAndForeignJson();
    void importAllAppliesTheChecksOfCsvImport_data();
    void importAllAppliesTheChecksOfCsvImport();
    void importRefusesScenarioParentCycles();
    void checkPassesOnAMigratedRelease2Workbook();
    void importAllReadsPrecisionsOfARelease2Export();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    static QString precisions(const QString &file);

    QTemporaryDir mDir;
    QString mDb;
};

void TestDataCommands::initTestCase()
{
    QVERIFY(mDir.isValid());
    mDb = path(QStringLiteral("data.sqlite"));
    const Run created = run({ QStringLiteral("check"), QStringLiteral("--db"), mDb });
    QVERIFY2(created.code == 0, qPrintable(created.err));
}

void TestDataCommands::importWithProblemsExitsTwoAndListsThem()
{
    const QString csv = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(csv,
                      "scenario_id,program_id,year,field,value\n"
                      "1,1,2030,units,100\n"
                      "1,1,2031,units,-1\n"
                      "1,1,2032,yield_model,gaussian\n"
                      "1,1,2033,units,100\n"));
    const QByteArray before = fileHash(mDb);
    const Run r = run({ QStringLiteral("import"), QStringLiteral("assumption"), csv,
                        QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("2 problem(s), nothing was imported")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(
                 "line 3, column value: units must be from 0 to 10,000,000,000 (got -1).")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 4, column value: ")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(mDb), before);

    // A misspelt optional column would be dropped without a word; it is a problem instead.
    const QString misspelt = path(QStringLiteral("misspelt.csv"));
    QVERIFY(writeFile(misspelt, "id,title,notes\n951,x,kept?\n"));
    const Run typo = run({ QStringLiteral("import"), QStringLiteral("source"), misspelt,
                           QStringLiteral("--db"), mDb });
    QCOMPARE(typo.code, 2);
    QVERIFY2(typo.err.contains(QStringLiteral("line 1, column notes: not a column of this "
                                              "table")),
             qPrintable(typo.err));
    const Run noTable = run(
        { QStringLiteral("import"), QStringLiteral("wafers"), csv, QStringLiteral("--db"), mDb });
    QCOMPARE(noTable.code, 1);
}

void TestDataCommands::importDryRunAndImport()
{
    const QString csv = path(QStringLiteral("good.csv"));
    QVERIFY(writeFile(csv, "id,title,url\n950,\"A, B and C\",https://example.org/x\n"));
    const QByteArray before = fileHash(mDb);
    const Run dry = run({ QStringLiteral("import"), QStringLiteral("source"), csv,
                          QStringLiteral("--db"), mDb, QStringLiteral("--dry-run") });
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("1 row(s) for source checked, no problems; nothing "
                                             "was written (dry run)")),
             qPrintable(dry.out));
    QCOMPARE(fileHash(mDb), before);
    const Run done = run(
        { QStringLiteral("import"), QStringLiteral("source"), csv, QStringLiteral("--db"), mDb });
    QCOMPARE(done.code, 0);
    QVERIFY2(done.out.startsWith(QStringLiteral("Imported 1 row(s) into source")),
             qPrintable(done.out));
    const Run out =
        run({ QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--db"), mDb });
    // The file gave neither kind of title nor date: a title, and a date unknown.
    QVERIFY2(out.out.contains(
                 QStringLiteral("\n950,\"A, B and C\",title,,https://example.org/x,,unknown,\n")),
             qPrintable(out.out));
}

void TestDataCommands::importSemicolonUtf16FileWithScenario()
{
    // A spreadsheet's "Unicode text" export: UTF-16 LE with a BOM; here with semicolons and a
    // decimal in quotes. Program 7 is Trainium3 in data/program.csv.
    const QString text = QStringLiteral("program_id;year;field;value;note\r\n"
                                        "7;2026;die_area_mm2;\"512.5\";\"rev; B\"\r\n");
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QString csv = path(QStringLiteral("utf16.csv"));
    QVERIFY(writeFile(csv, encoder.encode(text)));
    const Run r =
        run({ QStringLiteral("import"), QStringLiteral("assumption"), csv, QStringLiteral("--db"),
              mDb, QStringLiteral("--scenario"), QStringLiteral("AWS upside") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("(UTF-16 LE, semicolon delimiter, header row)")),
             qPrintable(r.out));
    const Run exported =
        run({ QStringLiteral("export"), QStringLiteral("assumption"), QStringLiteral("--db"), mDb,
              QStringLiteral("--scenario"), QStringLiteral("AWS upside") });
    QVERIFY2(exported.out.contains(QStringLiteral("\n2,7,2026,die_area_mm2,512.5,,rev; B\n")),
             qPrintable(exported.out));
}

void TestDataCommands::exportedTablesImportBackUnchanged()
{
    const QStringList tables = { QStringLiteral("source"),     QStringLiteral("vendor"),
                                 QStringLiteral("program"),    QStringLiteral("scenario"),
                                 QStringLiteral("assumption"), QStringLiteral("reported_value"),
                                 QStringLiteral("capacity"),   QStringLiteral("company"),
                                 QStringLiteral("relation") };
    for (const QString &table : tables) {
        const QString csv = path(table + QStringLiteral(".csv"));
        const Run out = run({ QStringLiteral("export"), table, QStringLiteral("--db"), mDb,
                              QStringLiteral("--out"), csv });
        QVERIFY2(out.code == 0, qPrintable(out.err));
        // Each file begins with a byte order mark, which import takes off again below.
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(3), QByteArray("\xEF\xBB\xBF"));
    }
    const QStringList before = contentOf(mDb);
    for (const QString &table : tables) {
        const Run in = run({ QStringLiteral("import"), table, path(table + QStringLiteral(".csv")),
                             QStringLiteral("--db"), mDb });
        QVERIFY2(in.code == 0, qPrintable(table + QLatin1Char(':') + in.err));
    }
    // Re-importing every table changes nothing but the audit trail's nine import lines.
    QStringList after = contentOf(mDb);
    after.erase(std::remove_if(after.begin(), after.end(),
                               [](const QString &l) {
                                   return l.startsWith(QLatin1String("edit_log|")) &&
                                       l.contains(QLatin1String("|QString:import|"));
                               }),
                after.end());
    QStringList beforeWithoutImports = before;
    beforeWithoutImports.erase(std::remove_if(beforeWithoutImports.begin(),
                                              beforeWithoutImports.end(),
                                              [](const QString &l) {
                                                  return l.startsWith(QLatin1String("edit_log|")) &&
                                                      l.contains(QLatin1String("|QString:import|"));
                                              }),
                               beforeWithoutImports.end());
    QCOMPARE(after, beforeWithoutImports);
    QCOMPARE(contentOf(mDb).size() - after.size(), before.size() - beforeWithoutImports.size() + 9);
}

void TestDataCommands::exportsComputedResults()
{
    const Run shares =
        run({ QStringLiteral("export"), QStringLiteral("shares"), QStringLiteral("--db"), mDb,
              QStringLiteral("--year"), QStringLiteral("2026") });
    QCOMPARE(shares.code, 0);
    QVERIFY(shares.out.startsWith(QStringLiteral("year,vendor,")));
    const Run programs =
        run({ QStringLiteral("export"), QStringLiteral("programs"), QStringLiteral("--db"), mDb,
              QStringLiteral("--out"), path(QStringLiteral("programs.csv")) });
    QCOMPARE(programs.code, 0);
    QFile file(path(QStringLiteral("programs.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("\xEF\xBB\xBFyear,vendor,program,package,die_role,units,"));
    for (const char *what : { "sensitivity", "ranking" }) {
        const Run r =
            run({ QStringLiteral("export"), QLatin1String(what), QStringLiteral("--db"), mDb });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.count(QLatin1Char('\n')) > 5);
    }
}

void TestDataCommands::workbookJsonRoundTripIsIdentical()
{
    const QString json = path(QStringLiteral("all.json"));
    const QString copy = path(QStringLiteral("copy.sqlite"));
    const Run out = run({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--db"),
                          mDb, QStringLiteral("--out"), json });
    QVERIFY2(out.code == 0, qPrintable(out.err));
    const Run in = run(
        { QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"), copy });
    QVERIFY2(in.code == 0, qPrintable(in.err));
    const QStringList original = contentOf(mDb);
    QVERIFY(original.size() > 700); // the default data set's rows and this test's imports
    QCOMPARE(contentOf(copy), original);

    // And as the sqlite3 shell sees them, where it is installed (scripts/install-deps does).
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return;
    QProcess a;
    a.start(shell, { mDb, QStringLiteral(".dump") });
    QVERIFY(a.waitForFinished());
    QProcess b;
    b.start(shell, { copy, QStringLiteral(".dump") });
    QVERIFY(b.waitForFinished());
    const QByteArray dumpA = a.readAllStandardOutput();
    QVERIFY(dumpA.size() > 100000);
    QCOMPARE(b.readAllStandardOutput(), dumpA);
}

void TestDataCommands::importAllRefusesExistingFileAndForeignJson()
{
    const QString json = path(QStringLiteral("other.json"));
    QVERIFY(writeFile(json, "{\"format\": \"somebody-else\", \"tables\": {}}"));
    const QString target = path(QStringLiteral("new.sqlite"));
    const Run foreign = run({ QStringLiteral("import"), QStringLiteral("--all"), json,
                              QStringLiteral("--db"), target });
    QCOMPARE(foreign.code, 2);
    QVERIFY2(foreign.err.contains(QStringLiteral("not a WaferShare workbook export")),
             qPrintable(foreign.err));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));

    const QByteArray before = fileHash(mDb);
    const Run existing = run(
        { QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"), mDb });
    QCOMPARE(existing.code, 2);
    QVERIFY2(existing.err.contains(QStringLiteral("already exists")), qPrintable(existing.err));
    QCOMPARE(fileHash(mDb), before);
}

void TestDataCommands::importAllAppliesTheChecksOfCsvImport_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("text as a number") << "not-a-number"
                                      << "table assumption, row 1, column value: 'not-a-number' is "
                                         "not a number.";
    QTest::newRow("units beyond the range")
        << "1e30"
        << "table assumption, row 1, column value: units must be from 0 to";
    QTest::newRow("tables missing")
        << "drop"
        << QStringLiteral("lacks the table(s) assumption, company, which schema version %1 has")
               .arg(Migrations::latestVersion());
    QTest::newRow("colour") << "colour"
                            << "table vendor, row 1, column color: 'green' is not a colour";
    QTest::newRow("parent cycle") << "cycle"
                                  << "scenario 7 is its own ancestor (parent_id leads 7 → 8 → 7)";
    QTest::newRow("missing vendor") << "reference"
                                    << "table program";
    QTest::newRow("schema 0") << "schema0"
                              << "schema version 0 is none that WaferShare writes";
    QTest::newRow("newer schema") << "schemaNewer"
                                  << QStringLiteral(
                                         "written by a newer WaferShare (schema version %1")
                                         .arg(Migrations::latestVersion() + 1);
    QTest::newRow("no schema") << "schemaless"
                               << "no whole-number \"schema_version\"";
}

void TestDataCommands::importAllAppliesTheChecksOfCsvImport()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    const QString exported = path(QStringLiteral("checks.json"));
    if (!QFile::exists(exported)) {
        const Run out = run({ QStringLiteral("export"), QStringLiteral("--all"),
                              QStringLiteral("--db"), mDb, QStringLiteral("--out"), exported });
        QVERIFY2(out.code == 0, qPrintable(out.err));
    }
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    // Sets column @p column of row @p row of @p table to @p value.
    const auto set = [&tables](const QString &table, int row, const QString &column,
                               const QJsonValue &value) {
        QJsonObject content = tables.value(table).toObject();
        const int c = static_cast<int>(
            content.value(QStringLiteral("columns")).toArray().toVariantList().indexOf(column));
        QJsonArray rows = content.value(QStringLiteral("rows")).toArray();
        QJsonArray cells = rows.at(row).toArray();
        cells[c] = value;
        rows[row] = cells;
        content.insert(QStringLiteral("rows"), rows);
        tables.insert(table, content);
    };
    if (change == QLatin1String("not-a-number") || change == QLatin1String("1e30")) {
        set(QStringLiteral("assumption"), 0, QStringLiteral("field"), QStringLiteral("units"));
        set(QStringLiteral("assumption"), 0, QStringLiteral("value"), change);
    } else if (change == QLatin1String("drop")) {
        tables.remove(QStringLiteral("assumption"));
        tables.remove(QStringLiteral("company"));
    } else if (change == QLatin1String("colour")) {
        set(QStringLiteral("vendor"), 0, QStringLiteral("color"), QStringLiteral("green"));
    } else if (change == QLatin1String("cycle")) {
        // Two new scenarios, each the other's parent.
        QJsonObject content = tables.value(QStringLiteral("scenario")).toObject();
        QJsonArray rows = content.value(QStringLiteral("rows")).toArray();
        QJsonArray a = rows.at(0).toArray();
        QJsonArray b = a;
        const QVariantList columns =
            content.value(QStringLiteral("columns")).toArray().toVariantList();
        const int id = static_cast<int>(columns.indexOf(QStringLiteral("id")));
        const int name = static_cast<int>(columns.indexOf(QStringLiteral("name")));
        const int parent = static_cast<int>(columns.indexOf(QStringLiteral("parent_id")));
        a[id] = 7;
        a[name] = QStringLiteral("Loop A");
        a[parent] = 8;
        b[id] = 8;
        b[name] = QStringLiteral("Loop B");
        b[parent] = 7;
        rows << a << b;
        content.insert(QStringLiteral("rows"), rows);
        tables.insert(QStringLiteral("scenario"), content);
    } else if (change == QLatin1String("reference")) {
        set(QStringLiteral("program"), 0, QStringLiteral("vendor_id"), 999);
    } else if (change == QLatin1String("schema0")) {
        document.insert(QStringLiteral("schema_version"), 0);
    } else if (change == QLatin1String("schemaNewer")) {
        document.insert(QStringLiteral("schema_version"), Migrations::latestVersion() + 1);
    } else if (change == QLatin1String("schemaless")) {
        document.remove(QStringLiteral("schema_version"));
    }
    document.insert(QStringLiteral("tables"), tables);
    const QString json = path(QStringLiteral("changed.json"));
    QVERIFY(writeFile(json, QJsonDocument(document).toJson()));
    const QString target = path(QStringLiteral("refused.sqlite"));
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--all"), json,
                        QStringLiteral("--db"), target });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(json), qPrintable(r.err)); // the file is named
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
}

void TestDataCommands::importRefusesScenarioParentCycles()
{
    // 7's parent is 8 and 8's is 7: neither leads to a root.
    const QString csv = path(QStringLiteral("loop.csv"));
    QVERIFY(writeFile(csv,
                      "id,name,parent_id,note,created_at\n"
                      "7,Loop A,8,,2026-01-01\n"
                      "8,Loop B,7,,2026-01-01\n"));
    const QByteArray before = fileHash(mDb);
    const Run r = run(
        { QStringLiteral("import"), QStringLiteral("scenario"), csv, QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 2, column parent_id: scenario 7 is its own "
                                           "ancestor (parent_id leads 7 → 8 → 7)")),
             qPrintable(r.err));
    QCOMPARE(fileHash(mDb), before);
}

// The date precisions of a workbook's sources, in id order, as one line.
QString TestDataCommands::precisions(const QString &file)
{
    QString line;
    const QString name = QStringLiteral("precisions");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT group_concat(date_precision, ' ') FROM (SELECT "
                                          "date_precision FROM source ORDER BY id)")) &&
                query.next())
                line = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return line;
}

void TestDataCommands::checkPassesOnAMigratedRelease2Workbook()
{
    // Release 2's schema with sources dated as that release let them be typed.
    const QString file = path(QStringLiteral("release2.sqlite"));
    const QString name = QStringLiteral("release2");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(Migrations::migrate(db, 2).isEmpty());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO source (id, title, published_on) VALUES (1, 'Article', '2025-11'), "
            "(2, 'Note', '2025-02-21'), (3, 'Page', NULL)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    const Run r = run({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("schema version: %1").arg(Migrations::latestVersion())),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("integrity: ok")), qPrintable(r.out));
    QCOMPARE(precisions(file), QStringLiteral("month day unknown"));
}

void TestDataCommands::importAllReadsPrecisionsOfARelease2Export()
{
    // An export of release 2: schema version 2, sources without title_kind and date_precision.
    const QString exported = path(QStringLiteral("current.json"));
    const Run out = run({ QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--db"),
                          mDb, QStringLiteral("--out"), exported });
    QVERIFY2(out.code == 0, qPrintable(out.err));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    QJsonObject source = tables.value(QStringLiteral("source")).toObject();
    const QJsonArray columns = source.value(QStringLiteral("columns")).toArray();
    QJsonArray oldColumns;
    QList<int> kept;
    for (int c = 0; c < columns.size(); ++c) {
        const QString column = columns[c].toString();
        if (column != QLatin1String("title_kind") && column != QLatin1String("date_precision")) {
            oldColumns.append(column);
            kept << c;
        }
    }
    QCOMPARE(oldColumns.size(), columns.size() - 2);
    QJsonArray oldRows;
    QStringList expected;
    for (const QJsonValue &row : source.value(QStringLiteral("rows")).toArray()) {
        QJsonArray oldRow;
        for (const int c : std::as_const(kept))
            oldRow.append(row.toArray()[c]);
        oldRows.append(oldRow);
        // What each date's form states, worked out here from the text alone.
        const QString date =
            row.toArray()[columns.toVariantList().indexOf(QStringLiteral("published_on"))]
                .toString();
        expected << (date.size() == 10      ? QStringLiteral("day")
                         : date.size() == 7 ? QStringLiteral("month")
                         : date.size() == 4 ? QStringLiteral("year")
                                            : QStringLiteral("unknown"));
    }
    source.insert(QStringLiteral("columns"), oldColumns);
    source.insert(QStringLiteral("rows"), oldRows);
    tables.insert(QStringLiteral("source"), source);
    document.insert(QStringLiteral("tables"), tables);
    document.insert(QStringLiteral("schema_version"), 2);
    const QString old = path(QStringLiteral("release2.json"));
    QVERIFY(writeFile(old, QJsonDocument(document).toJson()));

    const QString imported = path(QStringLiteral("from-release2.sqlite"));
    const Run in = run({ QStringLiteral("import"), QStringLiteral("--all"), old,
                         QStringLiteral("--db"), imported });
    QVERIFY2(in.code == 0, qPrintable(in.err));
    QCOMPARE(precisions(imported), expected.join(QLatin1Char(' ')));
    QVERIFY(expected.contains(QStringLiteral("day")) && expected.contains(QStringLiteral("month")));
}

QTEST_GUILESS_MAIN(TestDataCommands)
#include "tst_datacommands.moc"
