// SPDX-License-Identifier: MIT
#include "store/migrations.h"
#include "support/commandrun.h"
#include "support/files.h"
#include "support/foreignsql.h"
#include "support/tinycalibrationworkbook.h"
#include "support/version2workbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using test::CommandRun;
using test::runCommand;

/** `wafershare calibration`: published figures beside the modelled ones, on a workbook whose
    numbers are worked out by hand. */
class TestCalibrationCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsEveryFigureLikeWithLikeAsCsv();
    void keepsOneVintage();
    void printsJsonWithTypedValues();
    void writesOutThroughOutputFileAndNeverOntoTheWorkbook();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void version2WorkbookMigratesAndPassesCheck();
    void checkNamesAScopeBrokenBehindItsBack();

private:
    CommandRun calibration(const QStringList &options)
    {
        return runCommand(
            QStringList { QStringLiteral("calibration"), QStringLiteral("--db"), mDb } + options);
    }

    QTemporaryDir mDir;
    QString mDb;
};

void TestCalibrationCommand::initTestCase()
{
    QVERIFY(mDir.isValid());
    const QString json = mDir.filePath(QStringLiteral("tiny.json"));
    QVERIFY(test::writeFile(json, QJsonDocument(test::tinyWorkbook()).toJson()));
    mDb = mDir.filePath(QStringLiteral("tiny.sqlite"));
    const CommandRun imported = runCommand(
        { QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"), mDb });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
}

void TestCalibrationCommand::printsEveryFigureLikeWithLikeAsCsv()
{
    const CommandRun r = calibration({ QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Rows by vendor (the market's first), as the store lists them. B2 alone: 306,500 / 613 =
    // 500 wafers, +100 against 400 = +25 %. All vendors' CoWoS: 238,388.9 against 200,000:
    // +38,388.9 = +19.19 %. Alpha's share: 1,000 / 3,500 = 28.571 %, −1.429 points, no percent.
    // The second source's title starts with "=": the formula guard writes it as text.
    QCOMPARE(r.out,
             QStringLiteral(
                 "vendor,year,metric,scope,vintage,published,modelled,residual,residual_percent,"
                 "source,source_id,reported_value_id\n"
                 "All vendors,2026,cowos_wafers,total,\"Bank, May 2026\",200000,238388.9,"
                 "38388.9,19.19,Bank note,1,2\n"
                 "Alpha,2026,compute_wafer_share,total,\"Other, June 2026\",30,28.571,-1.429,,"
                 "'=Other note,2,3\n"
                 "Beta,2026,compute_wafers,B2 only,\"Bank, May 2026\",400,500.0,100.0,25.00,"
                 "Bank note,1,1\n"));
}

void TestCalibrationCommand::keepsOneVintage()
{
    const CommandRun r =
        calibration({ QStringLiteral("--vintage"), QStringLiteral("bank, MAY 2026") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(QStringLiteral("All vendors,2026,cowos_wafers,")));
    QVERIFY(lines[2].startsWith(QStringLiteral("Beta,2026,compute_wafers,B2 only,")));

    const CommandRun table =
        calibration({ QStringLiteral("--vintage"), QStringLiteral("Other, June 2026"),
                      QStringLiteral("--format"), QStringLiteral("table") });
    QCOMPARE(table.code, 0);
    const QStringList tableLines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(tableLines.size(), 2);
    QVERIFY(tableLines[0].startsWith(QStringLiteral("vendor  year  metric")));
    QVERIFY(tableLines[1].contains(QStringLiteral("28.571")));
}

void TestCalibrationCommand::printsJsonWithTypedValues()
{
    const CommandRun r = calibration({ QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    const QJsonObject market = rows[0].toObject();
    QCOMPARE(market.value(QStringLiteral("vendor")).toString(), QStringLiteral("All vendors"));
    QCOMPARE(market.value(QStringLiteral("published")).toDouble(), 200000.0);
    QVERIFY(qAbs(market.value(QStringLiteral("modelled")).toDouble() - 2'145'500.0 / 9.0) < 1e-6);
    QVERIFY(qAbs(market.value(QStringLiteral("residual_percent")).toDouble() - 19.194444) < 1e-5);
    QVERIFY(rows[1].toObject().value(QStringLiteral("residual_percent")).isNull());
    QCOMPARE(rows[2].toObject().value(QStringLiteral("scope")).toString(),
             QStringLiteral("B2 only"));
}

void TestCalibrationCommand::writesOutThroughOutputFileAndNeverOntoTheWorkbook()
{
    const QString out = mDir.filePath(QStringLiteral("calibration.csv"));
    const CommandRun written = calibration({ QStringLiteral("--out"), out });
    QCOMPARE(written.code, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // A CSV file begins with a UTF-8 byte order mark, for Excel; standard output has none.
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + calibration({}).out.toUtf8());

    const QByteArray before = test::fileHash(mDb);
    const CommandRun refused = calibration({ QStringLiteral("--out"), mDb });
    QCOMPARE(refused.code, 2);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(test::fileHash(mDb), before);
}

void TestCalibrationCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml") }
                            << QStringLiteral("--format must be csv, json or table, not 'xml'");
    QTest::newRow("vintage") << QStringList { QStringLiteral("--vintage"),
                                              QStringLiteral("Bank, 1999") }
                             << QStringLiteral("has no published figure of vintage 'Bank, 1999' "
                                               "(it has: Bank, May 2026; Other, June 2026)");
    QTest::newRow("scenario") << QStringList { QStringLiteral("--scenario"),
                                               QStringLiteral("Bull") }
                              << QStringLiteral("has no scenario named 'Bull'");
    QTest::newRow("stray word") << QStringList { QStringLiteral("fit") }
                                << QStringLiteral("unexpected argument 'fit'");
}

void TestCalibrationCommand::refusesBadArguments()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CommandRun r = calibration(options);
    QCOMPARE(r.code, 1); // a usage error, as in every command
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCalibrationCommand::version2WorkbookMigratesAndPassesCheck()
{
    const QString file = mDir.filePath(QStringLiteral("version2.sqlite"));
    test::writeVersion2Workbook(file);
    if (QTest::currentTestFailed())
        return;
    const CommandRun check = runCommand({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    QVERIFY(
        check.out.contains(QStringLiteral("schema version: %1").arg(Migrations::latestVersion())));
    QVERIFY(check.out.contains(QStringLiteral("reported_value_program")));
    // Its figures are totals without a vintage: AWS's 1,000,000 Trainium3 packages against
    // 1,500,000 published, −500,000 = −33.33 %.
    const CommandRun r =
        runCommand({ QStringLiteral("calibration"), QStringLiteral("--db"), file });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral(
                 "AWS,2026,units,total,,1500000,1000000.0,-500000.0,-33.33,A bank note,1,3\n")),
             qPrintable(r.out));
}

void TestCalibrationCommand::checkNamesAScopeBrokenBehindItsBack()
{
    // Another program links Alpha's A1 (program 10) to Beta's figure 1 with the sqlite3 shell.
    const QString file = mDir.filePath(QStringLiteral("broken.sqlite"));
    QVERIFY(QFile::copy(mDb, file));
    test::runForeign(file,
                     { QStringLiteral("INSERT INTO reported_value_program "
                                      "(reported_value_id, program_id) VALUES (1, 10)") });
    const CommandRun check = runCommand({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QCOMPARE(check.code, 2);
    QVERIFY2(check.err.contains(QStringLiteral(
                 "reported_value row 1, programs: program 10 (A1) belongs to Alpha, not to Beta, "
                 "the vendor of this figure")),
             qPrintable(check.err));
}

QTEST_MAIN(TestCalibrationCommand)
#include "tst_calibrationcommand.moc"
