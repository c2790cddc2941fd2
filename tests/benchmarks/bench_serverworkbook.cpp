// SPDX-License-Identifier: MIT
// Team workbooks on a PostgreSQL server started in a scratch folder (Unix socket, as on
// localhost): the budgets of an edit's round trip, server included (< 16 ms), opening the
// default workbook from the server (< 1 s) and copying it there (< 2 s); the edit and the open
// also at 10,000 programs x 10 years; and a CSV import of 100,000 cells into that workbook on
// the server, beside the same import into the same workbook in a file.
#include "files/csvtable.h"
#include "files/importcheck.h"
#include "models/workbook.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/workbookcopy.h"
#include "support/largeworkbook.h"
#include "support/postgresserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using test::PostgresServer;

class BenchServerWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyDefaultWorkbookToTheServer();
    void openDefaultWorkbookFromTheServer();
    void editRoundTripDefaultWorkbook();
    void openLargeWorkbookFromTheServer();
    void editRoundTripLargeWorkbook();
    void importHundredThousandCellsIntoTheServer();
    void importHundredThousandCellsIntoAFile();

private:
    void importHundredThousandCells(const QString &location);
    void fill(const QString &file, const QString &database);
    void editRoundTrip(const QString &address);

    PostgresServer mServer;
    QTemporaryDir mFolder;
    QString mDefault;
    QString mLarge;
};

void BenchServerWorkbook::initTestCase()
{
    const QString error = mServer.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mDefault = mFolder.filePath(QStringLiteral("default.wafershare"));
    QVERIFY(Database::open(mDefault).database);
    mLarge = mFolder.filePath(QStringLiteral("large.wafershare"));
    QVERIFY(QFile::copy(mDefault, mLarge));
    QVERIFY(test::addGeneratedPrograms(mLarge, 10'000, 10));
    QVERIFY(
        mServer.psql({ QStringLiteral("-c"), QStringLiteral("CREATE DATABASE large") }).isEmpty());
    QCOMPARE(Database::initialiseServer(mServer.uri()), QString());
    QCOMPARE(Database::initialiseServer(
                 mServer.uri(QStringLiteral("postgres"), QStringLiteral("large"))),
             QString());
    fill(mLarge, QStringLiteral("large"));
}

void BenchServerWorkbook::fill(const QString &file, const QString &database)
{
    Database::OpenResult source = Database::open(file);
    Database::OpenResult target = Database::openServer(
        mServer.uri(QStringLiteral("postgres"), database), Database::EmptyServer::LeaveEmpty);
    QVERIFY(source.database && target.database);
    QSqlDatabase from = source.database->connection();
    QSqlDatabase to = target.database->connection();
    QCOMPARE(WorkbookCopy::copy(from, to, WorkbookCopy::Existing::Replace), QString());
}

void BenchServerWorkbook::copyDefaultWorkbookToTheServer()
{
    QBENCHMARK
    {
        fill(mDefault, QStringLiteral("work"));
    }
}

void BenchServerWorkbook::openDefaultWorkbookFromTheServer()
{
    QBENCHMARK
    {
        Database::OpenResult opened = Database::open(mServer.uri());
        QVERIFY(opened.database);
        Workbook workbook(std::move(opened.database));
        QVERIFY(!workbook.input().programs.isEmpty());
    }
}

void BenchServerWorkbook::editRoundTrip(const QString &address)
{
    Database::OpenResult opened = Database::open(address);
    QVERIFY(opened.database);
    Workbook workbook(std::move(opened.database));
    const Program &program = workbook.input().programs.first();
    const int year = workbook.input().years.first();
    int value = 1000;
    // One edit: checked against the store under the cell's lock, written with its log row,
    // announced, committed, and the forecast computed again.
    QBENCHMARK
    {
        QCOMPARE(
            workbook.editCell(program.id, year, AssumptionField::Units, QString::number(++value)),
            QString());
    }
}

void BenchServerWorkbook::editRoundTripDefaultWorkbook()
{
    editRoundTrip(mServer.uri());
}

void BenchServerWorkbook::openLargeWorkbookFromTheServer()
{
    QBENCHMARK_ONCE
    {
        Database::OpenResult opened =
            Database::open(mServer.uri(QStringLiteral("postgres"), QStringLiteral("large")));
        QVERIFY(opened.database);
        Workbook workbook(std::move(opened.database));
        QVERIFY(workbook.input().programs.size() > 10'000);
    }
}

void BenchServerWorkbook::editRoundTripLargeWorkbook()
{
    editRoundTrip(mServer.uri(QStringLiteral("postgres"), QStringLiteral("large")));
}

// Units of the 10,000 generated programs (ids from 100,000) in 10 years of Base, each cell
// already stored: an import that updates 100,000 rows in place, as a desk's refresh does.
void BenchServerWorkbook::importHundredThousandCells(const QString &location)
{
    QString text = QStringLiteral("scenario_id,program_id,year,field,value\n");
    for (int p = 0; p < 10'000; ++p) {
        for (int y = 0; y < 10; ++y)
            text += QStringLiteral("1,%1,%2,units,%3\n").arg(100'000 + p).arg(2024 + y).arg(
                        2000 + (p + y) % 90);
    }
    CsvTable csv;
    QString error;
    QVERIFY2(CsvTable::parse(text, &csv, &error), qPrintable(error));
    Database::OpenResult opened = Database::open(location);
    QVERIFY(opened.database);
    QSqlDatabase db = opened.database->connection();
    const QString table = QStringLiteral("assumption");
    const ColumnMapping mapping = mapColumns(csvColumns(table), csv.header);
    QBENCHMARK_ONCE
    {
        const ImportResult result = CsvImporter::importTable(
            db, table, csv, mapping, {}, QStringLiteral("bench.csv"), false);
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.problems.first().text()));
        QCOMPARE(result.rows, 100'000);
    }
}

void BenchServerWorkbook::importHundredThousandCellsIntoTheServer()
{
    importHundredThousandCells(mServer.uri(QStringLiteral("postgres"), QStringLiteral("large")));
}

void BenchServerWorkbook::importHundredThousandCellsIntoAFile()
{
    importHundredThousandCells(mLarge);
}

// Nothing to measure without the server's binaries.
WS_SERVER_TEST_MAIN(BenchServerWorkbook, QCoreApplication, 0)

#include "bench_serverworkbook.moc"
