// SPDX-License-Identifier: MIT
#include "files/csvfile.h"
#include "files/csvtable.h"
#include "store/csvimporter.h"
#include "store/database.h"
#include "store/tableexport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString assumptionTable = QStringLiteral("assumption");

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// A row for program 1 (H100/H200) of Base in an empty year, so that it adds a cell.
QString unitsRow(int year, const QString &value, const QString &note = QStringLiteral("n"))
{
    return QStringLiteral("1,1,%1,units,%2,1,%3\n").arg(year).arg(value, note);
}

const QString assumptionHeader =
    QStringLiteral("scenario_id,program_id,year,field,value,source_id,note\n");

} // namespace

/** CSV import: encodings, delimiters, headers, quoting, and all-or-nothing with every problem
    named by line and column. */
class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detectsEncoding_data();
    void detectsEncoding();
    void rejectsBytesThatAreNotUtf8WithTheirLine();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void detectsHeaderRow();
    void keepsQuotedCommasAndLineBreaks();
    void oneBadRowAmongThousandsImportsNothing();
    void listsEveryProblem();
    void refusesReferenceToMissingRow();
    void listsFileAndWorkbookProblemsInOnePass();
    void namesTheTierAndWeightRulesInTheUsersWords();
    void dryRunWritesNothing();
    void updatesExistingRowAndKeepsColumnsTheFileLacks();
    void fixedScenarioFillsAndGuardsColumn();
    void duplicateNameIsNamedByLine();
    void brokenConstraintsAmongManyRowsAreNamedByLine();
    void packageFieldOfADieKindAmongManyRowsIsNamedByLine();
    void importIsLoggedInAuditTrail();
    void cancelledImportWritesNothing();
    void formulaLikeNamesRoundTripThroughExportAndImport();
    void refusesControlCharactersAndOverlongNamesByLineAndColumn();
    void rowsFromAnotherFormatKeepTheirApostrophes();
    void refusesADaySourceWithoutADay();
    void readsThePrecisionOfAnOlderFileFromItsDates();
    void refusesUnknownTitleKindsAndPrecisions();

private:
    ImportResult import(const QString &table, const QByteArray &bytes, bool dryRun = false,
                        const QHash<QString, QVariant> &fixed = {});
    int assumptionCount()
    {
        return scalar(mDb, QStringLiteral("SELECT count(*) FROM assumption")).toInt();
    }

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
    QSqlDatabase mDb;
};

void TestCsvImport::init()
{
    QVERIFY(mDir.isValid());
    const QString path =
        mDir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    Database::OpenResult opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mDatabase = std::move(opened.database);
    mDb = mDatabase->connection();
}

void TestCsvImport::cleanup()
{
    mDb = QSqlDatabase();
    mDatabase.reset();
}

ImportResult TestCsvImport::import(const QString &table, const QByteArray &bytes, bool dryRun,
                                   const QHash<QString, QVariant> &fixed)
{
    const QList<ColumnSpec> columns = csvColumns(table);
    const CsvFormat format = detectCsvFormat(bytes, columns);
    CsvTable csv;
    QString error;
    if (!parseCsvBytes(bytes, format, &csv, &error))
        return { 0, { ImportProblem { 0, {}, error } } };
    return CsvImporter::importTable(mDb, table, csv, mapColumns(columns, csv.header), fixed,
                                    QStringLiteral("test.csv"), dryRun);
}

void TestCsvImport::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = QStringLiteral("id,name,name_zh,ticker,country,tier\n"
                                        "900,Ibiden Test,揖斐電測試,4062.T,JP,substrate\n");
    QTest::newRow("UTF-8") << encoded(text, QStringConverter::Utf8, false)
                           << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 with BOM")
        << encoded(text, QStringConverter::Utf8, true) << int(TextEncoding::Utf8WithBom);
    QTest::newRow("UTF-16 LE with BOM")
        << encoded(text, QStringConverter::Utf16LE, true) << int(TextEncoding::Utf16LE);
    QTest::newRow("UTF-16 BE with BOM")
        << encoded(text, QStringConverter::Utf16BE, true) << int(TextEncoding::Utf16BE);
}

void TestCsvImport::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QCOMPARE(int(detectCsvFormat(bytes).encoding), encoding);
    const ImportResult result = import(QStringLiteral("company"), bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(result.rows, 1);
    // The Chinese name arrives intact whatever the encoding, and the header's first column is
    // "id", not a BOM followed by "id".
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT name_zh FROM company WHERE id = 900")).toString(),
             QStringLiteral("揖斐電測試"));
}

void TestCsvImport::rejectsBytesThatAreNotUtf8WithTheirLine()
{
    QByteArray bytes = "id,title\n900,fine\n901,bad \xC3\x28 byte\n";
    const int before = scalar(mDb, QStringLiteral("SELECT count(*) FROM source")).toInt();
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QVERIFY(!result.ok());
    // "900,fine\n" ends at offset 18; "901,bad " is 8 more: the bad byte is at 26, on line 3.
    QCOMPARE(result.problems.first().text(),
             QStringLiteral("line 3: the bytes at offset 26 are not valid UTF-8 text; save the "
                            "file as UTF-8 or UTF-16 and import it again"));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM source")).toInt(), before);
}

void TestCsvImport::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    // Each file has a quoted field holding the other candidates, which must not count (no tab
    // in the comma file: a title may not hold a control character).
    QTest::newRow("comma") << QStringLiteral("id,title,note\n900,\"a;b;c\",x\n901,t,\"1;2;3\"\n")
                           << QStringLiteral(",");
    QTest::newRow("semicolon") << QStringLiteral("id;title;note\n900;\"a,b,c,d\";x\n901;t;y\n")
                               << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("id\ttitle\tnote\n900\t\"a, b; c\"\tx\n901\tt\ty\n")
                         << QStringLiteral("\t");
}

void TestCsvImport::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(QString(detectCsvFormat(bytes).delimiter), delimiter);
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(result.rows, 2);
    QCOMPARE(
        scalar(mDb, QStringLiteral("SELECT count(*) FROM source WHERE id IN (900, 901)")).toInt(),
        2);
}

void TestCsvImport::detectsHeaderRow()
{
    const QList<ColumnSpec> columns = csvColumns(assumptionTable);
    QVERIFY(detectCsvFormat(assumptionHeader.toUtf8(), columns).hasHeader);
    QVERIFY(detectCsvFormat(QStringLiteral("Scenario_ID;Program_ID\n1;1\n").toUtf8(), columns)
                .hasHeader);
    // Without a header the columns are taken in the table's order.
    const QByteArray noHeader = unitsRow(2031, QStringLiteral("12345")).toUtf8();
    QVERIFY(!detectCsvFormat(noHeader, columns).hasHeader);
    const ImportResult result = import(assumptionTable, noHeader);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(
        scalar(mDb, QStringLiteral("SELECT value FROM assumption WHERE year = 2031")).toString(),
        QStringLiteral("12345"));
}

void TestCsvImport::keepsQuotedCommasAndLineBreaks()
{
    const QByteArray bytes =
        QByteArray("id,title,publisher,url,published_on,note\r\n"
                   "900,\"Wafers, packages and \"\"yield\"\"\",Desk,,2025-11,\"first line\r\n"
                   "second line, with a comma\"\r\n"
                   "901,Plain,,,,\r\n");
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(result.rows, 2);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT title FROM source WHERE id = 900")).toString(),
             QStringLiteral("Wafers, packages and \"yield\""));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT note FROM source WHERE id = 900")).toString(),
             QStringLiteral("first line\r\nsecond line, with a comma"));
    QVERIFY(scalar(mDb, QStringLiteral("SELECT note FROM source WHERE id = 901")).isNull());
}

void TestCsvImport::oneBadRowAmongThousandsImportsNothing()
{
    const int before = assumptionCount();
    QString text = assumptionHeader;
    constexpr int rows = 5000;
    constexpr int badRow = 3217; // 0-based: the file's line is badRow + 2 (header is line 1)
    for (int i = 0; i < rows; ++i)
        text += unitsRow(3000 + i, i == badRow ? QStringLiteral("-40") : QStringLiteral("1000"));
    const ImportResult result = import(assumptionTable, text.toUtf8());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 3219);
    QCOMPARE(result.problems.first().text(),
             QStringLiteral(
                 "line 3219, column value: units must be from 0 to 10,000,000,000 (got -40)."));
    QCOMPARE(result.rows, 0);
    QCOMPARE(assumptionCount(), before);
}

void TestCsvImport::listsEveryProblem()
{
    const QString text = assumptionHeader + unitsRow(3000, QStringLiteral("ten")) +
        unitsRow(3001, QStringLiteral("5")) + QStringLiteral("1,1,3002,units\n") +
        QStringLiteral("1,1,year,die_area_mm2,9000,1,\n") +
        QStringLiteral("1,1,3004,colour,5,1,\n");
    const ImportResult result = import(assumptionTable, text.toUtf8());
    QStringList texts;
    for (const ImportProblem &problem : result.problems)
        texts << problem.text();
    QCOMPARE(texts.size(), 5);
    QVERIFY2(texts[0].startsWith(QStringLiteral("line 2, column value: ")), qPrintable(texts[0]));
    QCOMPARE(texts[1], QStringLiteral("line 4: 4 fields where the header has 7"));
    QCOMPARE(texts[2], QStringLiteral("line 5, column year: 'year' is not a whole number"));
    QVERIFY2(texts[3].startsWith(QStringLiteral("line 5, column value: ")), qPrintable(texts[3]));
    QCOMPARE(texts[4],
             QStringLiteral("line 6, column value: cannot be checked: the field column "
                            "holds 'colour', which is not an assumption field"));
}

void TestCsvImport::refusesReferenceToMissingRow()
{
    const int before = assumptionCount();
    const QString text = assumptionHeader + unitsRow(3000, QStringLiteral("5")) +
        QStringLiteral("1,999,3001,units,5,1,\n") + QStringLiteral("1,1,3002,units,5,777,\n");
    const ImportResult result = import(assumptionTable, text.toUtf8());
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems[0].text(),
             QStringLiteral("line 3, column program_id: no program has id 999"));
    QCOMPARE(result.problems[1].text(),
             QStringLiteral("line 4, column source_id: no source has id 777"));
    QCOMPARE(assumptionCount(), before);
}

void TestCsvImport::listsFileAndWorkbookProblemsInOnePass()
{
    // A bad value (line 2), a missing program (line 3) and a duplicate name can only be found
    // by different checks; all three come back at once, in the order of the file.
    const int before = assumptionCount();
    const QString text = assumptionHeader + unitsRow(3000, QStringLiteral("-1")) +
        QStringLiteral("1,999,3001,units,5,1,\n") + unitsRow(3002, QStringLiteral("5"));
    const ImportResult result = import(assumptionTable, text.toUtf8());
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems[0].line, 2);
    QCOMPARE(result.problems[1].text(),
             QStringLiteral("line 3, column program_id: no program has id 999"));
    QCOMPARE(assumptionCount(), before);

    const ImportResult vendors = import(
        QStringLiteral("vendor"),
        QByteArray("id,name,color,kind\n90,Tenstorrent,#12345,asic\n91,Nvidia,#000000,gpu\n"));
    QCOMPARE(vendors.problems.size(), 2);
    QCOMPARE(vendors.problems[0].text(),
             QStringLiteral("line 2, column color: '#12345' is not a colour of the form #RRGGBB"));
    QCOMPARE(vendors.problems[1].text(),
             QStringLiteral("line 3, column name: another row already has this name"));
}

void TestCsvImport::namesTheTierAndWeightRulesInTheUsersWords()
{
    // The schema's CHECKs refuse these too, but say so in SQL ("CHECK constraint failed: tier
    // IN (…)"); the import names the column and the values it takes, or the rule.
    const ImportResult companies =
        import(QStringLiteral("company"), QByteArray("id,name,tier\n900,Fab Co,fab\n"));
    QCOMPARE(companies.problems.size(), 1);
    QCOMPARE(companies.problems[0].text(),
             QStringLiteral("line 2, column tier: 'fab' is not a tier: write one of packaging, "
                            "foundry, design, substrate, power, thermal, cable, rails, network, "
                            "server, vendor, customer"));
    const ImportResult relations =
        import(QStringLiteral("relation"),
               QByteArray("id,supplier_id,customer_id,weight\n900,3,2,1.5\n901,4,2,-0.1\n"));
    QCOMPARE(relations.problems.size(), 2);
    QCOMPARE(relations.problems[0].text(),
             QStringLiteral("line 2, column weight: '1.5' is not a weight: write a number from 0 "
                            "to 1"));
    QCOMPARE(relations.problems[1].text(),
             QStringLiteral("line 3, column weight: '-0.1' is not a weight: write a number from "
                            "0 to 1"));
    const ImportResult loops = import(
        QStringLiteral("relation"), QByteArray("id,supplier_id,customer_id,weight\n900,3,3,0.5\n"));
    QCOMPARE(loops.problems.size(), 1);
    QCOMPARE(loops.problems[0].text(),
             QStringLiteral("line 2, column customer_id: company 3 cannot supply itself"));
}

void TestCsvImport::dryRunWritesNothing()
{
    const int before = assumptionCount();
    const int logged = scalar(mDb, QStringLiteral("SELECT count(*) FROM edit_log")).toInt();
    const ImportResult result = import(
        assumptionTable, (assumptionHeader + unitsRow(3000, QStringLiteral("5"))).toUtf8(), true);
    QVERIFY(result.ok());
    QCOMPARE(result.rows, 1);
    QCOMPARE(assumptionCount(), before);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM edit_log")).toInt(), logged);
}

void TestCsvImport::updatesExistingRowAndKeepsColumnsTheFileLacks()
{
    // data/assumption.csv: Base (1), H100/H200 (1), 2024 units = 3500000, source 16 (TechInsights),
    // with a note.
    const QString where = QStringLiteral(
        " FROM assumption WHERE scenario_id = 1 AND program_id = 1 AND year = 2024 AND "
        "field = 'units'");
    const QString note = scalar(mDb, QStringLiteral("SELECT note") + where).toString();
    QVERIFY(note.startsWith(QStringLiteral("TechInsights counted")));
    const int before = assumptionCount();
    const ImportResult result =
        import(assumptionTable,
               QByteArray("field,year,program_id,scenario_id,value\nunits,2024,1,1,3700000\n"));
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(assumptionCount(), before);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT value") + where).toString(),
             QStringLiteral("3700000"));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT note") + where).toString(), note);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT source_id") + where).toInt(), 16);
}

void TestCsvImport::fixedScenarioFillsAndGuardsColumn()
{
    const QHash<QString, QVariant> scenario2 = { { QStringLiteral("scenario_id"), 2 } };
    ImportResult result =
        import(assumptionTable, QByteArray("program_id,year,field,value\n1,2026,units,42\n"), false,
               scenario2);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(scalar(mDb,
                    QStringLiteral("SELECT value FROM assumption WHERE scenario_id = 2 AND "
                                   "program_id = 1 AND year = 2026 AND field = 'units'"))
                 .toString(),
             QStringLiteral("42"));
    result = import(assumptionTable,
                    QByteArray("scenario_id,program_id,year,field,value\n1,1,2026,units,43\n"),
                    false, scenario2);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().text(),
             QStringLiteral("line 2, column scenario_id: '1' differs from 2, the value asked for"));
}

void TestCsvImport::duplicateNameIsNamedByLine()
{
    // vendor 1 is Nvidia in data/vendor.csv; a new id with the same name breaks UNIQUE(name).
    const ImportResult result = import(
        QStringLiteral("vendor"),
        QByteArray("id,name,color,kind\n90,Tenstorrent,#112233,asic\n91,Nvidia,#000000,gpu\n"));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().text(),
             QStringLiteral("line 3, column name: another row already has this name"));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM vendor WHERE id = 90")).toInt(), 0);
}

void TestCsvImport::brokenConstraintsAmongManyRowsAreNamedByLine()
{
    // Rows are written many to a statement; a broken constraint must still name its own row,
    // however far into the file, and leave nothing behind. 300 new vendors, ids 1000 to 1299,
    // at lines 2 to 301: line 102 takes the name of vendor 1 (Nvidia, data/vendor.csv), line 203
    // the name of line 5 (an earlier row of the file), and line 300 (among the last rows) that
    // of line 6.
    const int vendorsBefore = scalar(mDb, QStringLiteral("SELECT count(*) FROM vendor")).toInt();
    QByteArray text = "id,name,color,kind\n";
    for (int i = 0; i < 300; ++i) {
        const int line = i + 2;
        const QByteArray name = line == 102 ? QByteArray("Nvidia")
            : line == 203                   ? QByteArray("Vendor 3")
            : line == 300                   ? QByteArray("Vendor 4")
                                            : "Vendor " + QByteArray::number(i);
        text += QByteArray::number(1000 + i) + ',' + name + ",#112233,asic\n";
    }
    const ImportResult result = import(QStringLiteral("vendor"), text);
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems[0].text(),
             QStringLiteral("line 102, column name: another row already has this name"));
    QCOMPARE(result.problems[1].text(),
             QStringLiteral("line 203, column name: another row already has this name"));
    QCOMPARE(result.problems[2].text(),
             QStringLiteral("line 300, column name: another row already has this name"));
    QCOMPARE(result.rows, 0);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM vendor")).toInt(), vendorsBefore);
}

void TestCsvImport::packageFieldOfADieKindAmongManyRowsIsNamedByLine()
{
    // Program 20, MI450 base die, is a die kind of MI450 (data/program.csv): it takes its units
    // from its package. Among 200 good rows (lines 2 to 201), line 150 gives it units.
    const int before = assumptionCount();
    QString text = assumptionHeader;
    for (int i = 0; i < 200; ++i)
        text += i + 2 == 150 ? QStringLiteral("1,20,3100,units,5,1,n\n")
                             : unitsRow(3000 + i, QStringLiteral("1000"));
    const ImportResult result = import(assumptionTable, text.toUtf8());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().text(),
             QStringLiteral("line 150, column field: MI450 base die is a die kind; it takes its "
                            "units from its package, so set it there."));
    QCOMPARE(result.rows, 0);
    QCOMPARE(assumptionCount(), before);
}

void TestCsvImport::importIsLoggedInAuditTrail()
{
    const ImportResult result = import(assumptionTable,
                                       (assumptionHeader + unitsRow(3000, QStringLiteral("5")) +
                                        unitsRow(3001, QStringLiteral("6")))
                                           .toUtf8());
    QVERIFY(result.ok());
    QSqlQuery query(mDb);
    QVERIFY(query.exec(QStringLiteral("SELECT table_name, row_key, field, new_value FROM edit_log "
                                      "ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), assumptionTable);
    QCOMPARE(query.value(1).toString(), QStringLiteral("test.csv"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("import"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("2 row(s) imported"));
}

void TestCsvImport::cancelledImportWritesNothing()
{
    QString text = assumptionHeader;
    for (int i = 0; i < 5000; ++i)
        text += unitsRow(3000 + i, QStringLiteral("7"));
    CsvTable csv;
    QString error;
    QVERIFY(CsvTable::parse(text, &csv, &error));
    const int before = assumptionCount();
    QList<qsizetype> calls;
    const ImportResult result = CsvImporter::importTable(
        mDb, assumptionTable, csv, mapColumns(csvColumns(assumptionTable), csv.header), {},
        QStringLiteral("big.csv"), false, [&calls](qsizetype done, qsizetype total) {
            calls << done << total;
            return done < 2000; // cancel at the second report
        });
    QCOMPARE(calls, QList<qsizetype>({ 0, 5000, 2000, 5000 }));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().text(),
             QStringLiteral("the import was cancelled; nothing was imported"));
    QCOMPARE(assumptionCount(), before);
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM edit_log")).toInt(), 0);
}

void TestCsvImport::formulaLikeNamesRoundTripThroughExportAndImport()
{
    const QStringList names = { QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"),
                                QStringLiteral("-a"), QStringLiteral("@b"), QStringLiteral("'=x") };
    QSqlQuery insert(mDb);
    for (int i = 0; i < names.size(); ++i) {
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO company (id, name, tier) VALUES (?, ?, "
                                              "'design')")));
        insert.addBindValue(900 + i);
        insert.addBindValue(names[i]);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QString csv;
    QString error;
    QVERIFY2(exportTableCsv(mDb, QStringLiteral("company"), std::nullopt, &csv, &error),
             qPrintable(error));
    // A spreadsheet shows each as text: a leading apostrophe, one more before "'=x".
    QVERIFY2(csv.contains(QStringLiteral("\n900,\"'=HYPERLINK(\"\"x\"\")\",")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("\n901,'+1,")));
    QVERIFY(csv.contains(QStringLiteral("\n902,'-a,")));
    QVERIFY(csv.contains(QStringLiteral("\n903,'@b,")));
    QVERIFY(csv.contains(QStringLiteral("\n904,''=x,")));

    // Into a fresh workbook: each name reads back as it was.
    cleanup();
    const QString path = mDir.filePath(QStringLiteral("roundtrip.sqlite"));
    Database::OpenResult opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mDatabase = std::move(opened.database);
    mDb = mDatabase->connection();
    const ImportResult result = import(QStringLiteral("company"), csv.toUtf8());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(scalar(mDb, QStringLiteral("SELECT name FROM company WHERE id = %1").arg(900 + i))
                     .toString(),
                 names[i]);
    }
}

void TestCsvImport::refusesControlCharactersAndOverlongNamesByLineAndColumn()
{
    const int before = scalar(mDb, QStringLiteral("SELECT count(*) FROM company")).toInt();
    const QString text = QStringLiteral("id,name,tier,note\n"
                                        "900,Fine,design,\"two\nlines\"\n"
                                        "901,Al\u0001chip,design,\n"
                                        "902,%1,design,\n"
                                        "903,Tab,design,a\tb\n")
                             .arg(QString(201, QLatin1Char('M')));
    const ImportResult result = import(QStringLiteral("company"), text.toUtf8());
    QVERIFY(!result.ok());
    QStringList problems;
    for (const ImportProblem &problem : result.problems)
        problems << problem.text();
    QCOMPARE(problems,
             QStringList({ QStringLiteral("line 4, column name: character 3 is the control "
                                          "character U+0001, which cannot be shown; remove it"),
                           QStringLiteral("line 5, column name: a name may be at most 200 "
                                          "characters long, and this one has 201; shorten it"),
                           QStringLiteral("line 6, column note: character 2 is the control "
                                          "character U+0009, which cannot be shown; remove it") }));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM company")).toInt(), before);
}

void TestCsvImport::rowsFromAnotherFormatKeepTheirApostrophes()
{
    // Rows built from JSON carry no formula guard: "'=x" is a name that begins with "'".
    CsvTable rows;
    rows.header = { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("tier") };
    rows.records << CsvTable::Record {
        2, { QStringLiteral("905"), QStringLiteral("'=x"), QStringLiteral("design") }
    };
    rows.formulaGuards = false;
    const ImportResult result =
        CsvImporter::importTable(mDb, QStringLiteral("company"), rows,
                                 mapColumns(csvColumns(QStringLiteral("company")), rows.header), {},
                                 QStringLiteral("test.json"), false);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT name FROM company WHERE id = 905")).toString(),
             QStringLiteral("'=x"));
}

void TestCsvImport::refusesADaySourceWithoutADay()
{
    const QString header =
        QStringLiteral("id,title,title_kind,publisher,url,published_on,date_precision,note\n");
    const QByteArray bytes = (header +
                              QStringLiteral("900,Fine,title,Desk,,2025-02-21,day,\n"
                                             "901,Only a month,description,Desk,,2025-11,day,\n"
                                             "902,Not in the calendar,title,Desk,,2025-02-30,day,\n"
                                             "903,Unknown yet dated,title,Desk,,2025,unknown,\n"))
                                 .toUtf8();
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QCOMPARE(result.rows, 0);
    QCOMPARE(result.problems.size(), 3);
    QCOMPARE(result.problems[0].line, 3);
    QCOMPARE(result.problems[0].column, QStringLiteral("published_on"));
    QVERIFY2(result.problems[0].reason.startsWith(
                 QStringLiteral("'2025-11' is not a calendar day of the form YYYY-MM-DD")),
             qPrintable(result.problems[0].text()));
    QCOMPARE(result.problems[1].line, 4); // 30 February
    QCOMPARE(result.problems[1].column, QStringLiteral("published_on"));
    QCOMPARE(result.problems[2].line, 5);
    QVERIFY2(result.problems[2].reason.contains(QStringLiteral("leave the date empty")),
             qPrintable(result.problems[2].text()));
    // All or nothing: the good row 900 was not written either.
    QCOMPARE(scalar(mDb, QStringLiteral("SELECT count(*) FROM source WHERE id >= 900")).toInt(), 0);
}

void TestCsvImport::readsThePrecisionOfAnOlderFileFromItsDates()
{
    // A source file of release 2 has neither title_kind nor date_precision.
    const QByteArray bytes = QByteArray("id,title,publisher,url,published_on,note\n"
                                        "900,A day,Desk,,2025-02-21,\n"
                                        "901,A month,Desk,,2025-11,\n"
                                        "902,A year,Desk,,2024,\n"
                                        "903,No date,Desk,,,\n");
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).text()));
    QCOMPARE(scalar(mDb,
                    QStringLiteral("SELECT group_concat(date_precision, ' ') FROM (SELECT "
                                   "date_precision FROM source WHERE id >= 900 ORDER BY id)"))
                 .toString(),
             QStringLiteral("day month year unknown"));
    QCOMPARE(scalar(mDb,
                    QStringLiteral("SELECT count(*) FROM source WHERE id >= 900 AND "
                                   "title_kind = 'title'"))
                 .toInt(),
             4);

    // Text that is no date cannot be given a precision: refused, with the forms to use.
    const ImportResult bad = import(QStringLiteral("source"),
                                    QByteArray("id,title,publisher,url,published_on,note\n"
                                               "910,Vague,Desk,,about 2025,\n"));
    QCOMPARE(bad.rows, 0);
    QCOMPARE(bad.problems.size(), 1);
    QCOMPARE(bad.problems[0].text(),
             QStringLiteral("line 2, column published_on: 'about 2025' is not a date: write "
                            "YYYY-MM-DD, YYYY-MM or YYYY, or leave it empty when the date is "
                            "unknown"));
    QVERIFY(scalar(mDb, QStringLiteral("SELECT id FROM source WHERE id = 910")).isNull());
}

void TestCsvImport::refusesUnknownTitleKindsAndPrecisions()
{
    const QByteArray bytes =
        QByteArray("id,title,title_kind,publisher,url,published_on,date_precision,note\n"
                   "900,Headline,headline,Desk,,2025-11,month,\n"
                   "901,Roughly,title,Desk,,2025-11,approximate,\n");
    const ImportResult result = import(QStringLiteral("source"), bytes);
    QCOMPARE(result.rows, 0);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems[0].column, QStringLiteral("title_kind"));
    QVERIFY2(result.problems[0].reason.startsWith(
                 QStringLiteral("'headline' is not a kind of title: write title")),
             qPrintable(result.problems[0].text()));
    QCOMPARE(result.problems[1].column, QStringLiteral("date_precision"));
    QCOMPARE(
        result.problems[1].reason,
        QStringLiteral("'approximate' is not a date precision: write day, month, year or unknown"));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
