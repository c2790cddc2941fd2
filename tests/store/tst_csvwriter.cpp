// SPDX-License-Identifier: MIT
#include "files/csvwriter.h"

#include <QTest>

using namespace ws;

/** The one CSV writer: RFC 4180 quoting and the formula guard that import takes off again. */
class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesDelimiterQuotesAndLineBreaks();
    void guardsTextThatASpreadsheetWouldRun_data();
    void guardsTextThatASpreadsheetWouldRun();
    void neverGuardsNumbers();
    void unguardingRestoresEveryText_data();
    void unguardingRestoresEveryText();
    void writesWholeRecords();
};

void TestCsvWriter::quotesDelimiterQuotesAndLineBreaks()
{
    QCOMPARE(CsvWriter::quoted(QStringLiteral("Meta")), QStringLiteral("Meta"));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("Meta, Inc.")), QStringLiteral("\"Meta, Inc.\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a;b")), QStringLiteral("a;b"));
}

void TestCsvWriter::guardsTextThatASpreadsheetWouldRun_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"x\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-a") << QStringLiteral("'-a");
    QTest::newRow("@") << QStringLiteral("@b") << QStringLiteral("'@b");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    // An apostrophe before a trigger gets one more, so that import's one comes off exactly.
    QTest::newRow("apostrophe =") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("two apostrophes") << QStringLiteral("''+x") << QStringLiteral("'''+x");
    QTest::newRow("apostrophe text") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
    QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsvWriter::guardsTextThatASpreadsheetWouldRun()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    CsvWriter writer;
    QCOMPARE(writer.text(text).endRecord(), written + QLatin1Char('\n'));
}

void TestCsvWriter::neverGuardsNumbers()
{
    CsvWriter writer;
    QCOMPARE(writer.number(QStringLiteral("-3.5")).number(QStringLiteral("+2")).endRecord(),
             QStringLiteral("-3.5,+2\n"));
    QCOMPARE(writer.text(QStringLiteral("-3.5")).endRecord(), QStringLiteral("'-3.5\n"));
}

void TestCsvWriter::unguardingRestoresEveryText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "=x", "+1", "-a", "@b", "\tx", "\rx", "'=x", "''=x", "'''@x", "'x",
                              "''x", "'", "x'=", "Meta, Inc.", "" })
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestCsvWriter::unguardingRestoresEveryText()
{
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::unguarded(CsvWriter::guarded(text)), text);
}

void TestCsvWriter::writesWholeRecords()
{
    CsvWriter writer;
    QCOMPARE(writer.record({ QStringLiteral("year"), QStringLiteral("vendor") }),
             QStringLiteral("year,vendor\n"));
    QCOMPARE(writer.number(QStringLiteral("2026"))
                 .text(QStringLiteral("Meta, Inc. \"MTIA\""))
                 .empty()
                 .endRecord(),
             QStringLiteral("2026,\"Meta, Inc. \"\"MTIA\"\"\",\n"));
    // The builder starts afresh after each record.
    QCOMPARE(writer.text(QStringLiteral("a")).endRecord(), QStringLiteral("a\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
