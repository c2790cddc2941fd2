// SPDX-License-Identifier: MIT
// Team workbooks on a PostgreSQL server started in a scratch folder (Unix socket, as on
// localhost): the budgets of an edit's round trip, server included (< 16 ms), opening the
// default workbook from the server (< 1 s) and copying it there (< 2 s); the edit and the open
// also at 10,000 programs x 10 years.
#include "models/workbook.h"
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

private:
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

// Nothing to measure without the server's binaries.
WS_SERVER_TEST_MAIN(BenchServerWorkbook, QCoreApplication, 0)

#include "bench_serverworkbook.moc"
