// SPDX-License-Identifier: MIT
// Excel and CSV exports as spreadsheets read them: the .xlsx files read back by openpyxl, the
// CSV files by Python's csv module, both independent of the program's own readers.
#include "files/datatable.h"
#include "files/xlsxfile.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/commandrun.h"
#include "support/files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace ws;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QByteArray bom("\xEF\xBB\xBF");

// The companies added to the default workbook, hostile names among them (import checks them
// as a user's file; the longest and the control characters only a hand-edited file can hold).
const QString chinese = QStringLiteral("世芯電子");
const QString markup = QStringLiteral("<b>bold</b><img src=x onerror=alert(1)>");
const QString formula = QStringLiteral("=SUM(A1)");
const QString thousands = QStringLiteral("1,500");
const QString quotes = QStringLiteral("He said \"no\", then left");
const QString escapeLike = QStringLiteral("_x0041_ stays");

// What openpyxl made of one file (tests/support/xlsxdump.py).
QJsonObject readBack(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(python,
                  QStringList { QStringLiteral(WS_SOURCE_DIR "/tests/support/xlsxdump.py") } +
                      arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject sheetNamed(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray()) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    return {};
}

QJsonArray rowsOf(const QJsonObject &sheet)
{
    return sheet.value(QStringLiteral("rows")).toArray();
}

QStringList headerOf(const QJsonObject &sheet)
{
    QStringList names;
    for (const QJsonValue &cell : rowsOf(sheet).first().toArray())
        names << cell.toObject().value(QStringLiteral("v")).toString();
    return names;
}

QJsonObject cell(const QJsonObject &sheet, int row, int column)
{
    return rowsOf(sheet).at(row).toArray().at(column).toObject();
}

// The records of a CSV text (no field of the computed results holds a line break).
QList<QStringList> csvRecords(const QString &csv)
{
    QList<QStringList> records;
    for (const QString &line : csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        records << line.split(QLatin1Char(','));
    return records;
}

bool hasOpenpyxl()
{
    QProcess probe;
    probe.start(python, { QStringLiteral("-c"), QStringLiteral("import openpyxl") });
    return probe.waitForFinished(60000) && probe.exitCode() == 0;
}

} // namespace

class TestExcelExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharesAreNumbersWithPercentAndThousandsFormats();
    void programsMatchTheCsvExportCellByCell();
    void companyNamesStayLiteralText();
    void wholeWorkbookHasEverySheetAndTheSources();
    void sheetNamesFitExcel();
    void controlCharactersAndEscapesReadBackAsWritten();
    void twoProcessesWriteTheSameBytes();
    void openWorkbookExportsTheSameSheets();
    void refusesTheWorkbookAndKeepsEarlierFiles();
    void csvFilesCarryAByteOrderMarkAndRoundTrip();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    test::CommandRun exportTo(const QStringList &arguments);
    QJsonObject read(const QString &xlsx);

    QTemporaryDir mDir;
    QString mDb;
    QString mHugeName;
};

test::CommandRun TestExcelExport::exportTo(const QStringList &arguments)
{
    return test::runCommand(QStringList { QStringLiteral("export") } + arguments +
                            QStringList { QStringLiteral("--db"), mDb });
}

QJsonObject TestExcelExport::read(const QString &xlsx)
{
    QString error;
    const QJsonObject book = readBack({ xlsx }, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return book;
}

void TestExcelExport::initTestCase()
{
    if (!hasOpenpyxl())
        QSKIP("python3-openpyxl is not installed (scripts/install-deps installs it)");
    QVERIFY(mDir.isValid());
    mDb = path(QStringLiteral("excel.sqlite"));
    QCOMPARE(test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), mDb }).code, 0);

    // Hostile names arrive as a user's CSV file would bring them.
    const QString csv = path(QStringLiteral("hostile.csv"));
    QString text = QStringLiteral("id,name,name_zh,ticker,country,tier,role,note,vendor_id\n");
    const QStringList names = { chinese, markup, formula, thousands, quotes, escapeLike };
    for (int i = 0; i < names.size(); ++i) {
        QString quoted = names[i];
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        text += QStringLiteral("%1,\"%2\",,,TW,design,,,\n").arg(901 + i).arg(quoted);
    }
    QVERIFY(test::writeFile(csv, text.toUtf8()));
    const test::CommandRun imported = test::runCommand(
        { QStringLiteral("import"), QStringLiteral("company"), csv, QStringLiteral("--db"), mDb });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));

    // Longer than Excel's cell, which import refuses but a hand-edited file may hold.
    mHugeName = QString(100000, QLatin1Char('H'));
    auto opened = Database::open(mDb);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QSqlQuery query(opened.database->connection());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO company (id, name, name_zh, ticker, "
                                         "country, tier, role, note) VALUES (950, ?, '', '', "
                                         "'TW', 'design', '', '')")));
    query.addBindValue(mHugeName);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

void TestExcelExport::sharesAreNumbersWithPercentAndThousandsFormats()
{
    const QString xlsx = path(QStringLiteral("shares.xlsx"));
    const test::CommandRun written =
        exportTo({ QStringLiteral("shares"), QStringLiteral("--year"), QStringLiteral("2026"),
                   QStringLiteral("--out"), xlsx });
    QVERIFY2(written.code == 0, qPrintable(written.err));
    const QJsonObject sheet = sheetNamed(read(xlsx), QStringLiteral("shares"));
    QVERIFY(!sheet.isEmpty());
    const QStringList header = headerOf(sheet);
    QCOMPARE(header,
             QStringList({ QStringLiteral("year"), QStringLiteral("vendor"),
                           QStringLiteral("metric"), QStringLiteral("wafers"),
                           QStringLiteral("share"), QStringLiteral("reported_share") }));
    QCOMPARE(sheet.value(QStringLiteral("freeze_panes")).toString(), QStringLiteral("A2"));
    QVERIFY(sheet.value(QStringLiteral("header_bold")).toBool());

    // The same result as CSV, a path of its own: share in percentage points to 3 decimals,
    // wafers to 1.
    const test::CommandRun csv =
        exportTo({ QStringLiteral("shares"), QStringLiteral("--year"), QStringLiteral("2026") });
    QCOMPARE(csv.code, 0);
    const QList<QStringList> records = csvRecords(csv.out);
    const QJsonArray rows = rowsOf(sheet);
    QCOMPARE(rows.size(), records.size());
    QCOMPARE(rows.size(), 1 + 7); // seven vendors in the default workbook
    double shareSum = 0.0;
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonObject year = cell(sheet, r, 0);
        const QJsonObject vendor = cell(sheet, r, 1);
        const QJsonObject wafers = cell(sheet, r, 3);
        const QJsonObject share = cell(sheet, r, 4);
        QCOMPARE(year.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
        QCOMPARE(year.value(QStringLiteral("v")).toInt(), 2026);
        QCOMPARE(vendor.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
        QCOMPARE(vendor.value(QStringLiteral("v")).toString(), records[r][1]);
        QVERIFY(wafers.value(QStringLiteral("t")).toString() != QLatin1String("str"));
        QVERIFY(wafers.value(QStringLiteral("f")).toString().contains(QLatin1String("#,##0")));
        QVERIFY(qAbs(wafers.value(QStringLiteral("v")).toDouble() - records[r][3].toDouble()) <=
                0.05);
        QCOMPARE(share.value(QStringLiteral("t")).toString(), QStringLiteral("float"));
        QVERIFY(share.value(QStringLiteral("f")).toString().contains(QLatin1Char('%')));
        // Stored as the fraction 0..1 that 0.0% shows as points.
        QVERIFY(qAbs(share.value(QStringLiteral("v")).toDouble() * 100.0 -
                     records[r][4].toDouble()) <= 0.0005 + 1e-9);
        shareSum += share.value(QStringLiteral("v")).toDouble();
    }
    QVERIFY(qAbs(shareSum - 1.0) < 1e-9);
    // Published in data/reported_value.csv (Morgan Stanley, October 2025): Nvidia 55 % and
    // Google 22 % of 2026's compute wafers.
    QCOMPARE(cell(sheet, 1, 1).value(QStringLiteral("v")).toString(), QStringLiteral("Nvidia"));
    QCOMPARE(cell(sheet, 1, 5).value(QStringLiteral("v")).toDouble(), 0.55);
    QCOMPARE(cell(sheet, 2, 1).value(QStringLiteral("v")).toString(), QStringLiteral("Google"));
    QCOMPARE(cell(sheet, 2, 5).value(QStringLiteral("v")).toDouble(), 0.22);
}

void TestExcelExport::programsMatchTheCsvExportCellByCell()
{
    const QString xlsx = path(QStringLiteral("programs.xlsx"));
    const test::CommandRun written =
        exportTo({ QStringLiteral("programs"), QStringLiteral("--out"), xlsx });
    QVERIFY2(written.code == 0, qPrintable(written.err));
    const test::CommandRun csv = exportTo({ QStringLiteral("programs") });
    QCOMPARE(csv.code, 0);
    const QList<QStringList> records = csvRecords(csv.out);
    const QJsonObject sheet = sheetNamed(read(xlsx), QStringLiteral("programs"));
    const QJsonArray rows = rowsOf(sheet);
    QCOMPARE(rows.size(), records.size());
    QCOMPARE(headerOf(sheet), records.first());
    const QStringList header = records.first();
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonArray cells = rows.at(r).toArray();
        QCOMPARE(cells.size(), header.size());
        for (int c = 0; c < header.size(); ++c) {
            const QJsonObject got = cells.at(c).toObject();
            const QString field = records[r][c];
            const QString type = got.value(QStringLiteral("t")).toString();
            const QString where = QStringLiteral("row %1, %2").arg(r).arg(header[c]);
            bool number = false;
            const double expected = field.toDouble(&number);
            if (field.isEmpty()) {
                QVERIFY2(type == QLatin1String("NoneType"), qPrintable(where));
            } else if (number) {
                // The CSV rounds (yield to 6 decimals, wafers to 1); the cell keeps more.
                QVERIFY2(type == QLatin1String("int") || type == QLatin1String("float"),
                         qPrintable(where + QLatin1String(": ") + type));
                const double tolerance = 0.5 * std::pow(10.0, -field.section(u'.', 1).size());
                QVERIFY2(qAbs(got.value(QStringLiteral("v")).toDouble() - expected) <=
                             tolerance * (1 + 1e-9),
                         qPrintable(where));
            } else {
                QVERIFY2(type == QLatin1String("str"), qPrintable(where));
                QCOMPARE(got.value(QStringLiteral("v")).toString(), field);
            }
        }
    }
    const int wafers = header.indexOf(QStringLiteral("compute_wafers"));
    QVERIFY(cell(sheet, 1, wafers)
                .value(QStringLiteral("f"))
                .toString()
                .contains(QLatin1String("#,##0")));
}

void TestExcelExport::companyNamesStayLiteralText()
{
    const QString xlsx = path(QStringLiteral("company.xlsx"));
    const test::CommandRun written =
        exportTo({ QStringLiteral("company"), QStringLiteral("--out"), xlsx });
    QVERIFY2(written.code == 0, qPrintable(written.err));
    // Cutting the longest name is said, not silent.
    QVERIFY2(written.err.contains(QLatin1String("32767")) ||
                 written.err.contains(QLatin1String("32,767")),
             qPrintable(written.err));
    const QJsonObject sheet = sheetNamed(read(xlsx), QStringLiteral("company"));
    QCOMPARE(headerOf(sheet).first(), QStringLiteral("id"));
    QCOMPARE(headerOf(sheet).at(1), QStringLiteral("name"));
    QHash<int, QJsonObject> names;
    const QJsonArray rows = rowsOf(sheet);
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonObject id = cell(sheet, r, 0);
        QCOMPARE(id.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
        names.insert(id.value(QStringLiteral("v")).toInt(), cell(sheet, r, 1));
    }
    // data/company.csv: 31 companies, then the seven added here.
    QCOMPARE(rows.size(), 1 + 31 + 7);
    QCOMPARE(cell(sheet, 1, 2).value(QStringLiteral("v")).toString(), chinese); // Alchip's
    const QStringList expected = { chinese, markup, formula, thousands, quotes, escapeLike };
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject name = names.value(901 + i);
        QCOMPARE(name.value(QStringLiteral("t")).toString(), QStringLiteral("str"));
        QCOMPARE(name.value(QStringLiteral("v")).toString(), expected[i]);
    }
    // Excel holds 32,767 characters in a cell: the name is cut to that, ending in "…".
    const QString huge = names.value(950).value(QStringLiteral("v")).toString();
    QCOMPARE(huge.size(), 32767);
    QVERIFY(huge.endsWith(QChar(0x2026)));
    QCOMPARE(huge.chopped(1), mHugeName.left(32766));
}

void TestExcelExport::wholeWorkbookHasEverySheetAndTheSources()
{
    const QString xlsx = path(QStringLiteral("all.xlsx"));
    const test::CommandRun written =
        exportTo({ QStringLiteral("--all"), QStringLiteral("--out"), xlsx });
    QVERIFY2(written.code == 0, qPrintable(written.err));
    const QJsonObject book = read(xlsx);
    QStringList names;
    for (const QJsonValue &sheet : book.value(QStringLiteral("sheets")).toArray()) {
        names << sheet.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(sheet.toObject().value(QStringLiteral("freeze_panes")).toString(),
                 QStringLiteral("A2"));
        QVERIFY(sheet.toObject().value(QStringLiteral("header_bold")).toBool());
    }
    QCOMPARE(names,
             QStringList({ QStringLiteral("sources"), QStringLiteral("vendor"),
                           QStringLiteral("program"), QStringLiteral("scenario"),
                           QStringLiteral("assumption"), QStringLiteral("reported_value"),
                           QStringLiteral("capacity"), QStringLiteral("company"),
                           QStringLiteral("relation"), QStringLiteral("shares"),
                           QStringLiteral("programs"), QStringLiteral("sensitivity"),
                           QStringLiteral("ranking"), QStringLiteral("calibration") }));

    // The sources sheet against data/source.csv, read by Python's csv module.
    QString error;
    const QJsonObject source = readBack(
        { QStringLiteral("--csv"), QStringLiteral(WS_DEFAULT_DATA_DIR "/source.csv") }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray expected = source.value(QStringLiteral("rows")).toArray();
    const QJsonObject sources = sheetNamed(book, QStringLiteral("sources"));
    QCOMPARE(rowsOf(sources).size(), expected.size());
    const QStringList sourceHeader = headerOf(sources);
    for (const char *column : { "title", "publisher", "url", "published_on" })
        QVERIFY2(sourceHeader.contains(QLatin1String(column)), column);
    for (int r = 1; r < expected.size(); ++r) {
        const QJsonArray want = expected.at(r).toArray();
        for (int c = 0; c < want.size(); ++c) {
            const QString field = want.at(c).toString();
            const QJsonObject got = cell(sources, r, c);
            if (c == 0) {
                QCOMPARE(got.value(QStringLiteral("t")).toString(), QStringLiteral("int"));
                QCOMPARE(got.value(QStringLiteral("v")).toInt(), field.toInt());
            } else if (field.isEmpty()) {
                QVERIFY(got.value(QStringLiteral("v")).isNull() ||
                        got.value(QStringLiteral("v")).toString().isEmpty());
            } else {
                QCOMPARE(got.value(QStringLiteral("v")).toString(), field);
            }
        }
    }

    // The results of Base in 2026, as `export shares --year 2026` gives them.
    const QJsonObject shares = sheetNamed(book, QStringLiteral("shares"));
    QCOMPARE(rowsOf(shares).size(), 1 + 7);
    QVERIFY(headerOf(shares).contains(QStringLiteral("vendor")));
    QVERIFY(headerOf(shares).contains(QStringLiteral("share")));
    QCOMPARE(cell(shares, 1, 5).value(QStringLiteral("v")).toDouble(), 0.55);
    const QJsonObject ranking = sheetNamed(book, QStringLiteral("ranking"));
    QCOMPARE(cell(ranking, 1, 0).value(QStringLiteral("t")).toString(), QStringLiteral("int"));
    QVERIFY(
        cell(ranking, 1, 5).value(QStringLiteral("f")).toString().contains(QLatin1String("#,##0")));
    const QJsonObject calibration = sheetNamed(book, QStringLiteral("calibration"));
    // data/reported_value.csv has 46 published figures.
    QCOMPARE(rowsOf(calibration).size(), 1 + 46);
}

void TestExcelExport::sheetNamesFitExcel()
{
    QCOMPARE(XlsxFile::sheetName(QStringLiteral("a[b]:c*d?e/f\\g"), {}),
             QStringLiteral("a_b__c_d_e_f_g"));
    const QString longName(40, QLatin1Char('n'));
    QCOMPARE(XlsxFile::sheetName(longName, {}), QString(31, QLatin1Char('n')));
    QCOMPARE(XlsxFile::sheetName(longName, { QString(31, QLatin1Char('N')) }),
             QString(27, QLatin1Char('n')) + QStringLiteral(" (2)"));
    QCOMPARE(XlsxFile::sheetName(QStringLiteral("'quoted'"), {}), QStringLiteral("quoted"));
    QCOMPARE(XlsxFile::sheetName(QString(), {}), QStringLiteral("Sheet"));
    QCOMPARE(XlsxFile::sheetName(QStringLiteral("history"), {}), QStringLiteral("history_"));

    // Excel's reader agrees: openpyxl reads the names back.
    DataTable table;
    table.columns = { { QStringLiteral("n"), DataColumn::Kind::Integer, DataColumn::shortest } };
    table.rows = { { 1 } };
    QList<DataTable> sheets;
    for (const QString &name : { QStringLiteral("a[b]:c*d?e/f\\g"), longName, longName }) {
        table.name = name;
        sheets << table;
    }
    const QString xlsx = path(QStringLiteral("names.xlsx"));
    QCOMPARE(XlsxFile::write(xlsx, sheets), QString());
    QStringList names;
    for (const QJsonValue &sheet : read(xlsx).value(QStringLiteral("sheets")).toArray())
        names << sheet.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names,
             QStringList({ QStringLiteral("a_b__c_d_e_f_g"), QString(31, QLatin1Char('n')),
                           QString(27, QLatin1Char('n')) + QStringLiteral(" (2)") }));
}

void TestExcelExport::controlCharactersAndEscapesReadBackAsWritten()
{
    const QStringList texts = {
        QStringLiteral("bell\x07 and unit\x1f separator"),
        QStringLiteral("tab\tand\nline"),
        QStringLiteral("_x0041_ and _x005F_"),
        QStringLiteral("+1 -2 @3"),
        QStringLiteral("😀 outside the BMP"),
    };
    DataTable table;
    table.name = QStringLiteral("text");
    table.columns = { { QStringLiteral("text"), DataColumn::Kind::Text, DataColumn::shortest } };
    for (const QString &text : texts)
        table.rows << QVariantList { text };
    // A text cut at the limit never ends in half a surrogate pair.
    table.rows << QVariantList { QString(32765, QLatin1Char('a')) + QStringLiteral("😀😀") };
    const QString xlsx = path(QStringLiteral("control.xlsx"));
    int cut = -1;
    QCOMPARE(XlsxFile::write(xlsx, { table }, &cut), QString());
    QCOMPARE(cut, 1);
    const QJsonObject sheet = sheetNamed(read(xlsx), QStringLiteral("text"));
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(cell(sheet, i + 1, 0).value(QStringLiteral("v")).toString(), texts[i]);
    QCOMPARE(cell(sheet, texts.size() + 1, 0).value(QStringLiteral("v")).toString(),
             QString(32765, QLatin1Char('a')) + QChar(0x2026));
}

void TestExcelExport::twoProcessesWriteTheSameBytes()
{
    const QString first = path(QStringLiteral("first.xlsx"));
    const QString second = path(QStringLiteral("second.xlsx"));
    for (const QString &out : { first, second }) {
        QProcess program;
        program.start(QStringLiteral(WS_BINARY),
                      { QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--db"),
                        mDb, QStringLiteral("--out"), out });
        QVERIFY(program.waitForFinished(120000));
        QVERIFY2(program.exitCode() == 0, program.readAllStandardError().constData());
        // Past a zip entry's two-second resolution, so that a time written would differ.
        if (out == first)
            QThread::msleep(2100);
    }
    const QByteArray firstBytes = [&] {
        QFile file(first);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(firstBytes.startsWith("PK"));
    QCOMPARE(test::fileHash(second), test::fileHash(first));
}

void TestExcelExport::openWorkbookExportsTheSameSheets()
{
    // What File ▸ Export Workbook as Excel writes: the document's own export.
    OpenedWorkbook opened = Workbook::open(mDb);
    QVERIFY2(opened.workbook, qPrintable(opened.error));
    const QString xlsx = path(QStringLiteral("desktop.xlsx"));
    QCOMPARE(opened.workbook->exportExcel(xlsx, 2026), QString());
    const QJsonObject book = read(xlsx);
    QCOMPARE(book.value(QStringLiteral("sheets")).toArray().size(), 14);
    const QJsonObject shares = sheetNamed(book, QStringLiteral("shares"));
    QCOMPARE(cell(shares, 1, 0).value(QStringLiteral("v")).toInt(), 2026);
    QCOMPARE(cell(shares, 1, 5).value(QStringLiteral("v")).toDouble(), 0.55);
    QVERIFY(!sheetNamed(book, QStringLiteral("sources")).isEmpty());
    // The same workbook from the command line gives the same bytes.
    const QString command = path(QStringLiteral("command.xlsx"));
    QCOMPARE(exportTo({ QStringLiteral("--all"), QStringLiteral("--out"), command }).code, 0);
    QCOMPARE(test::fileHash(command), test::fileHash(xlsx));

    // Never onto the open workbook, which stays as it was.
    const QByteArray before = test::fileHash(mDb);
    const QString refused = opened.workbook->exportExcel(mDb, 2026);
    QVERIFY2(refused.contains(QLatin1String("destroy the workbook")), qPrintable(refused));
    QCOMPARE(test::fileHash(mDb), before);
}

void TestExcelExport::refusesTheWorkbookAndKeepsEarlierFiles()
{
    // A workbook whose own name ends in .xlsx, so that the Excel path is the one taken.
    const QString workbook = path(QStringLiteral("book.xlsx"));
    QVERIFY(QFile::copy(mDb, workbook));
    const QByteArray before = test::fileHash(workbook);
    const QString link = path(QStringLiteral("link.xlsx"));
    QVERIFY(QFile::link(workbook, link));
    for (const QStringList &what :
         { QStringList { QStringLiteral("--all") }, QStringList { QStringLiteral("shares") },
           QStringList { QStringLiteral("company") } }) {
        for (const QString &out : { workbook, link }) {
            const test::CommandRun refused = test::runCommand(
                QStringList { QStringLiteral("export") } + what +
                QStringList { QStringLiteral("--db"), workbook, QStringLiteral("--out"), out });
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains(QLatin1String("destroy the workbook")),
                     qPrintable(refused.err));
            QCOMPARE(test::fileHash(workbook), before);
        }
    }

    // A folder that does not exist: said in words, nothing left behind.
    const test::CommandRun missing = exportTo(
        { QStringLiteral("--all"), QStringLiteral("--out"), path(QStringLiteral("no/such.xlsx")) });
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QLatin1String("does not exist")), qPrintable(missing.err));

    // A failed export (a year the scenario lacks) leaves an earlier file as it was.
    const QString earlier = path(QStringLiteral("earlier.xlsx"));
    QVERIFY(test::writeFile(earlier, "an earlier file"));
    const test::CommandRun failed =
        exportTo({ QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("1990"),
                   QStringLiteral("--out"), earlier });
    QCOMPARE(failed.code, 2);
    QVERIFY2(failed.err.contains(QLatin1String("1990")), qPrintable(failed.err));
    QCOMPARE(test::fileHash(earlier),
             QCryptographicHash::hash("an earlier file", QCryptographicHash::Sha256));
    QCOMPARE(QDir(mDir.path()).entryList({ QStringLiteral("*.xlsx.*") }, QDir::Files),
             QStringList());
}

void TestExcelExport::csvFilesCarryAByteOrderMarkAndRoundTrip()
{
    const QString withMark = path(QStringLiteral("company.csv"));
    const QString without = path(QStringLiteral("company-nobom.csv"));
    QCOMPARE(exportTo({ QStringLiteral("company"), QStringLiteral("--out"), withMark }).code, 0);
    QCOMPARE(exportTo({ QStringLiteral("company"), QStringLiteral("--out"), without,
                        QStringLiteral("--no-bom") })
                 .code,
             0);
    QFile marked(withMark);
    QVERIFY(marked.open(QIODevice::ReadOnly));
    const QByteArray markedBytes = marked.readAll();
    QVERIFY(markedBytes.startsWith(bom + "id,name,"));
    QFile plain(without);
    QVERIFY(plain.open(QIODevice::ReadOnly));
    QCOMPARE(plain.readAll(), markedBytes.mid(3));
    // Standard output has none: a script reads the first column as "id".
    const test::CommandRun printed = exportTo({ QStringLiteral("company") });
    QVERIFY(printed.out.startsWith(QStringLiteral("id,name,")));
    QCOMPARE(printed.out.toUtf8(), markedBytes.mid(3));
    // Every CSV file, not only export's: the computed results and calibration too.
    for (const char *what : { "shares", "programs", "sensitivity", "ranking", "calibration" }) {
        const QString out = path(QStringLiteral("%1.csv").arg(QLatin1String(what)));
        const test::CommandRun written =
            exportTo({ QString::fromLatin1(what), QStringLiteral("--out"), out });
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(3), bom);
    }

    // Python's csv module (utf-8-sig) reads it: the header's first name without the mark, the
    // hostile names whole (the formula guard's apostrophe is the CSV's, taken off by import).
    QString error;
    const QJsonObject read = readBack({ QStringLiteral("--csv"), withMark }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray rows = read.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.first().toArray().first().toString(), QStringLiteral("id"));
    QStringList names;
    for (const QJsonValue &row : rows)
        names << row.toArray().at(1).toString();
    for (const QString &name : { chinese, markup, thousands, quotes, escapeLike, mHugeName })
        QVERIFY2(names.contains(name), qPrintable(name.left(40)));
    QVERIFY(names.contains(QLatin1Char('\'') + formula));

    // Round trip, without the name import refuses as too long: Python's csv module writes the
    // rows again (with its own mark), import reads them, and the next export is the same bytes.
    {
        auto opened = Database::open(mDb);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QSqlQuery query(opened.database->connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM company WHERE id = 950")));
    }
    const QString exported = path(QStringLiteral("company-importable.csv"));
    QCOMPARE(exportTo({ QStringLiteral("company"), QStringLiteral("--out"), exported }).code, 0);
    const QString rewritten = path(QStringLiteral("company-rewritten.csv"));
    readBack({ QStringLiteral("--csv"), exported, QStringLiteral("--rewrite"), rewritten }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile python(rewritten);
    QVERIFY(python.open(QIODevice::ReadOnly));
    QVERIFY(python.readAll().startsWith(bom + "id,name,"));
    const test::CommandRun imported =
        test::runCommand({ QStringLiteral("import"), QStringLiteral("company"), rewritten,
                           QStringLiteral("--db"), mDb });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const QString again = path(QStringLiteral("company-again.csv"));
    QCOMPARE(exportTo({ QStringLiteral("company"), QStringLiteral("--out"), again }).code, 0);
    QCOMPARE(test::fileHash(again), test::fileHash(exported));
}

QTEST_GUILESS_MAIN(TestExcelExport)
#include "tst_excelexport.moc"
