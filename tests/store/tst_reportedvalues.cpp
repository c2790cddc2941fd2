// SPDX-License-Identifier: MIT
#include "files/csvfile.h"
#include "files/csvtable.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "store/migrations.h"
#include "store/tableexport.h"
#include "store/workbookjson.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString reportedTable = QStringLiteral("reported_value");

const QByteArray header = "id,vendor_id,year,metric,value,source_id,vintage,scope,programs,note\n";

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A published figure as the tests compare them: every stored field.
QString describe(const ReportedValue &value)
{
    QStringList programs;
    for (const int id : value.scopeProgramIds)
        programs << QString::number(id);
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10")
        .arg(value.id)
        .arg(value.vendorId)
        .arg(value.year)
        .arg(value.metric)
        .arg(value.value, 0, 'g', 17)
        .arg(value.sourceId)
        .arg(value.vintage, value.scope, programs.join(QLatin1Char(';')), value.note);
}

QStringList describeAll(const QList<ReportedValue> &values)
{
    QStringList described;
    for (const ReportedValue &value : values)
        described << describe(value);
    return described;
}

} // namespace

/** Published figures with a scope (a vendor's total, the market's, or named programs) and a
    vintage: the default data, CSV and JSON round trips, and the imports that are refused. */
class TestReportedValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultDataHasScopesVintagesAndMarketTotals();
    void csvRoundTripKeepsScopeVintageAndPrograms();
    void jsonRoundTripKeepsScopeVintageAndPrograms();
    void oldFilesWithoutTheNewColumnsStayImportable();
    void refusesInconsistentScopesByLineAndColumn_data();
    void refusesInconsistentScopesByLineAndColumn();
    void jsonRefusesAProgramOfAnotherVendor();

private:
    ImportResult import(const QByteArray &bytes);
    QList<ReportedValue> reported() { return ForecastRepository(mDb).reportedValues(); }

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
    QSqlDatabase mDb;
};

void TestReportedValues::init()
{
    QVERIFY(mDir.isValid());
    const QString path =
        mDir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    Database::OpenResult opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mDatabase = std::move(opened.database);
    mDb = mDatabase->connection();
}

void TestReportedValues::cleanup()
{
    mDb = QSqlDatabase();
    mDatabase.reset();
}

ImportResult TestReportedValues::import(const QByteArray &bytes)
{
    const QList<ColumnSpec> columns = csvColumns(reportedTable);
    CsvTable csv;
    QString error;
    if (!parseCsvBytes(bytes, detectCsvFormat(bytes, columns), &csv, &error))
        return { 0, { ImportProblem { 0, {}, error } } };
    return CsvImporter::importTable(mDb, reportedTable, csv, mapColumns(columns, csv.header), {},
                                    QStringLiteral("test.csv"), false);
}

void TestReportedValues::defaultDataHasScopesVintagesAndMarketTotals()
{
    const QList<ReportedValue> values = reported();
    int marketTotals = 0;
    bool awsTrainium3 = false;
    bool awsBoth = false;
    for (const ReportedValue &value : values) {
        QVERIFY2(!value.vintage.isEmpty(), qPrintable(describe(value)));
        QCOMPARE(value.scope.isEmpty(), value.scopeProgramIds.isEmpty());
        if (value.vendorId == 0)
            ++marketTotals;
        // The article's AWS CoWoS figures count Trainium3 through Alchip (program 9).
        if (value.vendorId == 3 && value.metric == QLatin1String("cowos_wafers") &&
            value.value == 70000.0) {
            QCOMPARE(value.scope, QStringLiteral("AWS via Alchip: Trainium3"));
            QCOMPARE(value.scopeProgramIds, QList<int>({ 9 }));
            QCOMPARE(value.vintage, QStringLiteral("Morgan Stanley, October 2025"));
            awsTrainium3 = true;
        }
        // data/reported_value.csv rows 28-31: AWS's Trainium-series units count both of its
        // programs, Trainium2 (8) and Trainium3 (9).
        if (value.vendorId == 3 && value.metric == QLatin1String("units")) {
            QCOMPARE(value.scope, QStringLiteral("Trainium series"));
            QCOMPARE(value.scopeProgramIds, QList<int>({ 8, 9 }));
            awsBoth = true;
        }
    }
    QVERIFY(awsTrainium3);
    QVERIFY(awsBoth);
    QCOMPARE(marketTotals, 5);
    QCOMPARE(scalar(mDb,
                    QStringLiteral("SELECT count(*) FROM reported_value WHERE vendor_id IS "
                                   "NULL AND year = 2026 AND metric = 'cowos_wafers' AND "
                                   "value = 1150000 AND source_id = 9"))
                 .toInt(),
             1);
}

void TestReportedValues::csvRoundTripKeepsScopeVintageAndPrograms()
{
    const QStringList before = describeAll(reported());
    QString csv;
    QString error;
    QVERIFY2(exportTableCsv(mDb, reportedTable, std::nullopt, &csv, &error), qPrintable(error));
    QVERIFY(csv.startsWith(QString::fromLatin1(header)));
    QVERIFY2(csv.contains(QStringLiteral(",Trainium series,8;9,")), qPrintable(csv));
    // A market total: the vendor field is empty.
    QVERIFY(csv.contains(QStringLiteral(",,2026,cowos_wafers,1150000,9,\"Morgan Stanley, "
                                        "October 2025\",,,")));

    QSqlQuery query(mDb);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM reported_value")));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM reported_value_program")).toInt(), 0);
    const ImportResult result = import(csv.toUtf8());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(describeAll(reported()), before);
}

void TestReportedValues::jsonRoundTripKeepsScopeVintageAndPrograms()
{
    const QStringList before = describeAll(reported());
    QString error;
    const QJsonObject document = WorkbookJson::dump(mDb, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject links = document.value(QStringLiteral("tables"))
                                  .toObject()
                                  .value(QStringLiteral("reported_value_program"))
                                  .toObject();
    QCOMPARE(links.value(QStringLiteral("columns")).toArray(),
             QJsonArray({ QStringLiteral("reported_value_id"), QStringLiteral("program_id") }));

    const QString name = QStringLiteral("json-copy");
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(copy.open());
        QCOMPARE(Migrations::migrate(copy), QString());
        QVERIFY(copy.transaction());
        QCOMPARE(WorkbookJson::load(copy, document), QString());
        QVERIFY(copy.commit());
        QCOMPARE(describeAll(ForecastRepository(copy).reportedValues()), before);
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestReportedValues::oldFilesWithoutTheNewColumnsStayImportable()
{
    // The columns of the release before: no vintage, scope or programs, a vendor on every row.
    const int before = static_cast<int>(reported().size());
    const ImportResult result = import("vendor_id,year,metric,value,source_id,note\n"
                                       "3,2027,units,2000000,1,An older file\n");
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    const QList<ReportedValue> after = reported();
    QCOMPARE(after.size(), before + 1);
    bool found = false;
    for (const ReportedValue &value : after) {
        if (value.year == 2027 && value.vendorId == 3 && value.metric == QLatin1String("units")) {
            QCOMPARE(value.vintage, QString());
            QCOMPARE(value.scope, QString());
            QVERIFY(value.scopeProgramIds.isEmpty());
            QCOMPARE(value.note, QStringLiteral("An older file"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestReportedValues::refusesInconsistentScopesByLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem");
    // Programs 8 and 9 are AWS's (vendor 3), 5 Google's (vendor 2).
    QTest::newRow("named scope without programs")
        << QByteArray("900,3,2026,units,1,1,Bank,Trainium3,,n\n")
        << QStringLiteral("line 3, column programs: the named scope 'Trainium3' lists no "
                          "program; give the ids of the programs it counts (such as 8;9), or "
                          "leave the scope empty for a total");
    QTest::newRow("program of another vendor")
        << QByteArray("900,3,2026,units,1,1,Bank,Trainium3,9;5,n\n")
        << QStringLiteral("line 3, column programs: program 5 (TPU v6e (Trillium)) belongs to "
                          "Google, not to AWS, the vendor of this figure");
    QTest::newRow("total with programs")
        << QByteArray("900,3,2026,units,1,1,Bank,,9,n\n")
        << QStringLiteral("line 3, column scope: a total (empty scope) counts every program of "
                          "its vendor and lists none; name the scope or leave programs empty");
    QTest::newRow("not a list of ids")
        << QByteArray("900,3,2026,units,1,1,Bank,Trainium3,8;x,n\n")
        << QStringLiteral("line 3, column programs: '8;x' is not a list of ids separated by ';' "
                          "(such as 8;9): 'x' is not an id");
    QTest::newRow("a program twice")
        << QByteArray("900,3,2026,units,1,1,Bank,Trainium3,9;9,n\n")
        << QStringLiteral("line 3, column programs: '9;9' lists id 9 twice");
    QTest::newRow("no such program")
        << QByteArray("900,3,2026,units,1,1,Bank,Trainium3,9;4242,n\n")
        << QStringLiteral("line 3, column programs: no program has id 4242");
}

void TestReportedValues::refusesInconsistentScopesByLineAndColumn()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);
    const QStringList before = describeAll(reported());
    // A good row first: all or nothing, it must not be written either.
    const ImportResult result =
        import(header + "901,,2026,units,5,1,Bank,All of it,8;5,ok\n" + row);
    QVERIFY(!result.ok());
    QStringList texts;
    for (const ImportProblem &p : result.problems)
        texts << p.text();
    QCOMPARE(texts, QStringList { problem });
    QCOMPARE(describeAll(reported()), before);
}

void TestReportedValues::jsonRefusesAProgramOfAnotherVendor()
{
    QString error;
    QJsonObject document = WorkbookJson::dump(mDb, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject tables = document.value(QStringLiteral("tables")).toObject();
    QJsonObject links = tables.value(QStringLiteral("reported_value_program")).toObject();
    QJsonArray rows = links.value(QStringLiteral("rows")).toArray();
    const int awsRow = scalar(mDb,
                              QStringLiteral("SELECT id FROM reported_value WHERE "
                                             "vendor_id = 3 AND metric = 'compute_wafers'"))
                           .toInt();
    rows.append(QJsonArray { awsRow, 5 }); // Google's TPU v6e under an AWS figure
    links.insert(QStringLiteral("rows"), rows);
    tables.insert(QStringLiteral("reported_value_program"), links);
    document.insert(QStringLiteral("tables"), tables);

    const QString name = QStringLiteral("json-bad");
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(copy.open());
        QCOMPARE(Migrations::migrate(copy), QString());
        QVERIFY(copy.transaction());
        const QString problem = WorkbookJson::load(copy, document);
        QVERIFY(copy.rollback());
        QCOMPARE(problem,
                 QStringLiteral("1 problem(s), nothing was imported:\n  table reported_value, "
                                "row id %1, column programs: program 5 (TPU v6e (Trillium)) "
                                "belongs to Google, not to AWS, the vendor of this figure")
                     .arg(awsRow));
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestReportedValues)
#include "tst_reportedvalues.moc"
