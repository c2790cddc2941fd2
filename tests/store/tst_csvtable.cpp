// SPDX-License-Identifier: MIT
#include "files/csvtable.h"
#include "files/csvwriter.h"

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
    void keepsRecordsWithAnyFieldCount();
    void splitsOnSemicolonAndTab();
    void readsFileWithoutHeader();
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

void TestCsvTable::keepsRecordsWithAnyFieldCount()
{
    // The importer lists every short or long record by line; the reader keeps them all.
    CsvTable table;
    QString error;
    QVERIFY(CsvTable::parse(QStringLiteral("a,b\n1,2\n3,4,5\n6\n"), &table, &error));
    QCOMPARE(table.records.size(), 3);
    QCOMPARE(table.records[1].fields.size(), 3);
    QCOMPARE(table.records[1].line, 3);
    QCOMPARE(table.records[2].fields, QStringList { QStringLiteral("6") });
}

void TestCsvTable::splitsOnSemicolonAndTab()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvTable::parse(QStringLiteral("a;b\n\"1,5\";\"x;y\"\n"), &table, &error,
                            QLatin1Char(';')));
    QCOMPARE(table.records[0].fields,
             QStringList({ QStringLiteral("1,5"), QStringLiteral("x;y") }));
    QVERIFY(CsvTable::parse(QStringLiteral("a\tb\n1,5\tx y\n"), &table, &error, QLatin1Char('\t')));
    QCOMPARE(table.records[0].fields,
             QStringList({ QStringLiteral("1,5"), QStringLiteral("x y") }));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("x;y"), QLatin1Char(';')), QStringLiteral("\"x;y\""));
}

void TestCsvTable::readsFileWithoutHeader()
{
    CsvTable table;
    QString error;
    QVERIFY(CsvTable::parse(QStringLiteral("1,2\n3,4\n"), &table, &error, QLatin1Char(','), false));
    QVERIFY(table.header.isEmpty());
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records[0].line, 1);
}

void TestCsvTable::quotesOnlyWhereNeeded()
{
    QCOMPARE(CsvWriter::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::quoted(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
}

QTEST_GUILESS_MAIN(TestCsvTable)
#include "tst_csvtable.moc"
