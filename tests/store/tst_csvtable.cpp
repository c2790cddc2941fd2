// SPDX-License-Identifier: MIT
#include "store/csvtable.h"

#include <QTest>

using namespace ws;

/** RFC 4180 parsing with the line numbers that error messages point at. */
class TestCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesQuotedFieldsAcrossLines();
    void acceptsCrLfAndByteOrderMark();
    void rejectsUnclosedQuote();
    void rejectsWrongFieldCountWithLine();
    void quotesOnlyWhereNeeded();
};

void TestCsvTable::parsesQuotedFieldsAcrossLines()
{
    const QString text = QStringLiteral("id,note\n1,\"a, \"\"quoted\"\"\nnote\"\n2,plain\n");
    CsvTable table;
    QString error;
    QVERIFY2(CsvTable::parse(text, &table, &error), qPrintable(error));
    QCOMPARE(table.header, QStringList({ QStringLiteral("id"), QStringLiteral("note") }));
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records[0].fields[1], QStringLiteral("a, \"quoted\"\nnote"));
    QCOMPARE(table.records[0].line, 2);
    QCOMPARE(table.records[1].line, 4); // the quoted line break moved it down one line
}

void TestCsvTable::acceptsCrLfAndByteOrderMark()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvTable::parse(QStringLiteral("\uFEFFa,b\r\n1,台積電\r\n\r\n"), &table, &error));
    QCOMPARE(table.header.first(), QStringLiteral("a"));
    QCOMPARE(table.records.size(), 1);
    QCOMPARE(table.records[0].fields[1], QStringLiteral("台積電"));
}

void TestCsvTable::rejectsUnclosedQuote()
{
    CsvTable table;
    QString error;
    QVERIFY(!CsvTable::parse(QStringLiteral("a,b\n1,2\n3,\"open\n"), &table, &error));
    QCOMPARE(error, QStringLiteral("line 3: a quoted field is never closed"));
}

void TestCsvTable::rejectsWrongFieldCountWithLine()
{
    CsvTable table;
    QString error;
    QVERIFY(!CsvTable::parse(QStringLiteral("a,b\n1,2\n3,4,5\n"), &table, &error));
    QCOMPARE(error, QStringLiteral("line 3: 3 fields where the header has 2"));
}

void TestCsvTable::quotesOnlyWhereNeeded()
{
    QCOMPARE(CsvTable::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvTable::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvTable::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
