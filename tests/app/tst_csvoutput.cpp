// SPDX-License-Identifier: MIT
#include "support/commandrun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

using Run = test::CommandRun;

Run run(const QStringList &arguments)
{
    return test::runCommand(arguments);
}

// RFC 4180 as a spreadsheet reads it, written here apart from the program's own reader so
// that the two cannot share a mistake: fields split at commas outside quotes, "" inside quotes
// is a quote, records end at a line feed outside quotes.
QList<QStringList> parseRfc4180(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

/** Every CSV the command line prints or writes keeps its columns whatever the names hold. */
class TestCsvOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCsvKeepsItsColumnsAndNamesReadBackExactly_data();
    void everyCsvKeepsItsColumnsAndNamesReadBackExactly();
    void scenarioListQuotesNamesAndNotes();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    QTemporaryDir mDir;
    QString mDb;
};

const QString vendorName = QStringLiteral("Meta, Inc. \"MTIA\"");
const QString programName = QStringLiteral("MTIA, v3 \"x\"");
const QString companyName = QStringLiteral("Alchip, \"TW\"");
const QString scenarioName = QStringLiteral("Bull, \"q\"");

void TestCsvOutput::initTestCase()
{
    QVERIFY(mDir.isValid());
    mDb = path(QStringLiteral("csv.sqlite"));
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--db"), mDb }).code, 0);
    // The names as a spreadsheet would write them: quoted, inner quotes doubled.
    const QList<std::pair<QString, QByteArray>> imports = {
        { QStringLiteral("vendor"),
          "id,name,name_zh,color,kind\n6,\"Meta, Inc. \"\"MTIA\"\"\",Meta,#6E6E6E,asic\n" },
        { QStringLiteral("program"),
          "id,vendor_id,name,node,note\n16,6,\"MTIA, v3 \"\"x\"\"\",TSMC N3P,\"a, b\"\n" },
        { QStringLiteral("company"),
          "id,name,name_zh,ticker,country,tier\n1,\"Alchip, \"\"TW\"\"\",世芯電子,3661.TW,TW,"
          "design\n" },
    };
    for (const auto &[table, bytes] : imports) {
        const QString file = path(table + QStringLiteral(".csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Run imported =
            run({ QStringLiteral("import"), table, file, QStringLiteral("--db"), mDb });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }
    const Run created = run({ QStringLiteral("scenario"), QStringLiteral("new"), scenarioName,
                              QStringLiteral("--db"), mDb });
    QVERIFY2(created.code == 0, qPrintable(created.err));
}

void TestCsvOutput::everyCsvKeepsItsColumnsAndNamesReadBackExactly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("name");
    const QStringList csv2026 = { QStringLiteral("--year"), QStringLiteral("2026"),
                                  QStringLiteral("--format"), QStringLiteral("csv") };
    QTest::newRow("shares") << (QStringList { QStringLiteral("shares") } + csv2026)
                            << QStringLiteral("vendor") << vendorName;
    QTest::newRow("shares by program")
        << (QStringList { QStringLiteral("shares"), QStringLiteral("--by"),
                          QStringLiteral("program") } +
            csv2026)
        << QStringLiteral("program") << programName;
    QTest::newRow("shares of a scenario")
        << (QStringList { QStringLiteral("shares"), QStringLiteral("--scenario"), scenarioName } +
            csv2026)
        << QStringLiteral("vendor") << vendorName;
    QTest::newRow("benefits") << (QStringList { QStringLiteral("benefits") } + csv2026)
                              << QStringLiteral("company") << companyName;
    QTest::newRow("sensitivity") << (QStringList { QStringLiteral("sensitivity"),
                                                   QStringLiteral("--vendor"), vendorName } +
                                     csv2026)
                                 << QStringLiteral("program") << programName;
    QTest::newRow("scenario list")
        << QStringList { QStringLiteral("scenario"), QStringLiteral("list") }
        << QStringLiteral("name") << scenarioName;
    for (const auto &[table, column, name] :
         { std::tuple { "vendor", "name", vendorName },
           std::tuple { "program", "name", programName },
           std::tuple { "company", "name", companyName },
           std::tuple { "shares", "vendor", vendorName },
           std::tuple { "programs", "program", programName } }) {
        QTest::addRow("export %s", table)
            << QStringList { QStringLiteral("export"), QString::fromLatin1(table) }
            << QString::fromLatin1(column) << name;
    }
}

void TestCsvOutput::everyCsvKeepsItsColumnsAndNamesReadBackExactly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, column);
    QFETCH(QString, name);
    const Run result = run(arguments + QStringList { QStringLiteral("--db"), mDb });
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QList<QStringList> records = parseRfc4180(result.out);
    QVERIFY(records.size() > 1);
    const QStringList header = records.first();
    const qsizetype at = header.indexOf(column);
    QVERIFY2(at >= 0, qPrintable(header.join(QLatin1Char('|'))));
    bool found = false;
    for (qsizetype r = 1; r < records.size(); ++r) {
        QVERIFY2(records[r].size() == header.size(),
                 qPrintable(QStringLiteral("record %1 has %2 fields, the header %3: %4")
                                .arg(r)
                                .arg(records[r].size())
                                .arg(header.size())
                                .arg(records[r].join(QLatin1Char('|')))));
        found = found || records[r].at(at) == name;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 not in column %2").arg(name, column)));
}

void TestCsvOutput::scenarioListQuotesNamesAndNotes()
{
    const Run list =
        run({ QStringLiteral("scenario"), QStringLiteral("list"), QStringLiteral("--db"), mDb });
    QCOMPARE(list.code, 0);
    // The new scenario's note is "Based on Base." (the scenario it was made from).
    QVERIFY2(list.out.contains(QStringLiteral("\n\"Bull, \"\"q\"\"\",Base,Based on Base.\n")),
             qPrintable(list.out));
}

QTEST_GUILESS_MAIN(TestCsvOutput)
#include "tst_csvoutput.moc"
