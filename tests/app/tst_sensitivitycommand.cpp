// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "support/commandrun.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace ws;

namespace {

using Run = test::CommandRun;

Run run(const QStringList &arguments)
{
    return test::runCommand(arguments);
}

} // namespace

/** `wafershare sensitivity`: its rows, their order and its usage errors. */
class TestSensitivityCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsRowsSortedBySwing();
    void trainiumUnitsRaiseAwsShare();
    void matchesVendorInAnyCase();
    void printsJson();
    void cowosMetricLeavesOutTheDie();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void refusedFileExitsTwo();
    void movesStopAtTheFieldsMaximum();

private:
    QStringList csvRows(const Run &r) const;

    QTemporaryDir mDir;
    QString mDb;
};

void TestSensitivityCommand::initTestCase()
{
    QVERIFY(mDir.isValid());
    // A missing file is created from the default data set.
    mDb = mDir.filePath(QStringLiteral("sensitivity.sqlite"));
}

QStringList TestSensitivityCommand::csvRows(const Run &r) const
{
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    lines.removeFirst();
    return lines;
}

void TestSensitivityCommand::printsRowsSortedBySwing()
{
    const Run r = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb,
                        QStringLiteral("--vendor"), QStringLiteral("AWS"), QStringLiteral("--year"),
                        QStringLiteral("2026") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("program,vendor,field,base_value,low_value,high_value,low_share,"
                            "high_share,swing"));
    const QStringList rows = csvRows(r);
    QVERIFY2(rows.size() >= 5, qPrintable(r.out));
    double previous = INFINITY;
    bool trainiumInTopFive = false;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList f = rows[i].split(QLatin1Char(','));
        QCOMPARE(f.size(), 9);
        // 4 decimals for the shares and the swing.
        QVERIFY2(f[8].section(QLatin1Char('.'), 1).size() == 4, qPrintable(rows[i]));
        // The swing is the difference of the two shares (to the printed rounding).
        QVERIFY(std::abs(f[7].toDouble() - f[6].toDouble() - f[8].toDouble()) <= 0.00015);
        const double swing = std::abs(f[8].toDouble());
        QVERIFY2(swing <= previous + 1e-9, qPrintable(rows[i]));
        previous = swing;
        if (i < 5 && f[0].startsWith(QLatin1String("Trainium")))
            trainiumInTopFive = true;
    }
    QVERIFY2(trainiumInTopFive, qPrintable(r.out));
}

void TestSensitivityCommand::trainiumUnitsRaiseAwsShare()
{
    const Run shares = run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb,
                             QStringLiteral("--year"), QStringLiteral("2026") });
    QCOMPARE(shares.code, 0);
    double base = -1;
    for (const QString &line : shares.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.value(1) == QLatin1String("AWS"))
            base = f.value(4).toDouble();
    }
    QVERIFY(base > 0);

    const Run r = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 0);
    bool found = false;
    for (const QString &row : csvRows(r)) {
        const QStringList f = row.split(QLatin1Char(','));
        if (f[0] != QLatin1String("Trainium3") || f[2] != QLatin1String("units"))
            continue;
        QCOMPARE(f[1], QStringLiteral("AWS"));
        // 20 % either side of the stored 1,250,000 packages (data/assumption.csv, Base, 2026).
        QCOMPARE(f[3].toDouble(), 1'250'000.0);
        QCOMPARE(f[4].toDouble(), 1'000'000.0);
        QCOMPARE(f[5].toDouble(), 1'500'000.0);
        QVERIFY2(f[8].toDouble() > 0, qPrintable(row));
        QVERIFY2(f[7].toDouble() > base + 0.001, qPrintable(row));
        QVERIFY2(f[6].toDouble() < base - 0.001, qPrintable(row));
        found = true;
    }
    QVERIFY2(found, qPrintable(r.out));
}

void TestSensitivityCommand::matchesVendorInAnyCase()
{
    const Run upper = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb,
                            QStringLiteral("--vendor"), QStringLiteral("NVIDIA") });
    const Run lower = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb,
                            QStringLiteral("--vendor"), QStringLiteral("nvidia") });
    QCOMPARE(upper.code, 0);
    QCOMPARE(lower.code, 0);
    QCOMPARE(upper.out, lower.out);
    QVERIFY(!csvRows(upper).isEmpty());
}

void TestSensitivityCommand::printsJson()
{
    const Run csv = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb });
    const Run r = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb,
                        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), csvRows(csv).size());
    const QJsonObject first = rows.first().toObject();
    const QStringList firstCsv = csvRows(csv).first().split(QLatin1Char(','));
    QCOMPARE(first.value(QStringLiteral("program")).toString(), firstCsv[0]);
    QCOMPARE(first.value(QStringLiteral("field")).toString(), firstCsv[2]);
    QVERIFY(std::abs(first.value(QStringLiteral("swing")).toDouble() - firstCsv[8].toDouble()) <
            0.00005);
}

void TestSensitivityCommand::cowosMetricLeavesOutTheDie()
{
    const Run r = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb,
                        QStringLiteral("--metric"), QStringLiteral("cowos_wafers"),
                        QStringLiteral("--step"), QStringLiteral("10") });
    QCOMPARE(r.code, 0);
    const QStringList rows = csvRows(r);
    QVERIFY(!rows.isEmpty());
    QSet<QString> countedPerWafer;
    QSet<QString> countedFromInterposer;
    for (const QString &row : rows) {
        const QStringList f = row.split(QLatin1Char(','));
        const QString field = f.value(2);
        QVERIFY2(field == QLatin1String("units") || field == QLatin1String("interposer_area_mm2") ||
                     field == QLatin1String("packages_per_cowos_wafer") ||
                     field == QLatin1String("packaging_yield"),
                 qPrintable(row));
        // MTIA v2 has packaging 'none' (data/assumption.csv): no CoWoS input of it can move
        // the CoWoS shares.
        QVERIFY2(f.value(0) != QLatin1String("MTIA v2"), qPrintable(row));
        if (field == QLatin1String("packages_per_cowos_wafer"))
            countedPerWafer.insert(f.value(0));
        if (field == QLatin1String("interposer_area_mm2"))
            countedFromInterposer.insert(f.value(0));
    }
    // Blackwell has a published 16 packages per wafer, Trainium3 none: a package is counted
    // on one basis, so only the input of that basis is varied.
    QVERIFY(countedPerWafer.contains(QStringLiteral("B200/B300 (Blackwell)")));
    QVERIFY(!countedFromInterposer.contains(QStringLiteral("B200/B300 (Blackwell)")));
    QVERIFY(countedFromInterposer.contains(QStringLiteral("Trainium3")));
    QVERIFY(!countedPerWafer.contains(QStringLiteral("Trainium3")));
}

void TestSensitivityCommand::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto args = [](const char *option, const char *value) {
        return QStringList { QString::fromLatin1(option), QString::fromLatin1(value) };
    };
    QTest::newRow("unknown vendor")
        << args("--vendor", "Intel")
        << QStringLiteral("no vendor named 'Intel' (it has: Nvidia, Google, AWS, AMD");
    QTest::newRow("year not modelled")
        << args("--year", "2031") << QStringLiteral("has no year 2031 (it has: 2024, 2025");
    QTest::newRow("year not a number")
        << args("--year", "soon") << QStringLiteral("--year must be a year");
    QTest::newRow("step not a number")
        << args("--step", "lots") << QStringLiteral("--step must be a percentage above 0");
    QTest::newRow("step zero") << args("--step", "0") << QStringLiteral("at most 100");
    QTest::newRow("step too large") << args("--step", "150") << QStringLiteral("not '150'");
    QTest::newRow("bad metric") << args("--metric", "hbm") << QStringLiteral("--metric must be");
    QTest::newRow("bad format") << args("--format", "xml")
                                << QStringLiteral("--format must be csv or json");
    QTest::newRow("no such scenario")
        << args("--scenario", "Bear") << QStringLiteral("no scenario named 'Bear'");
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("extra") } << QStringLiteral("unexpected argument 'extra'");
}

void TestSensitivityCommand::usageErrorsExitOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r =
        run(QStringList { QStringLiteral("sensitivity"), QStringLiteral("--db"), mDb } + arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSensitivityCommand::refusedFileExitsTwo()
{
    const QString text = mDir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workbook\n");
    }
    const Run r = run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), text });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("notes.txt")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestSensitivityCommand::movesStopAtTheFieldsMaximum()
{
    const QString db = mDir.filePath(QStringLiteral("maximum.sqlite"));
    const auto set = [&](const char *program, const char *field, const char *value) {
        return run({ QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--program"),
                     QString::fromLatin1(program), QStringLiteral("--year"), QStringLiteral("2026"),
                     QStringLiteral("--field"), QString::fromLatin1(field),
                     QStringLiteral("--value"), QString::fromLatin1(value) })
            .code;
    };
    QCOMPARE(set("Trainium2", "harvest_fraction", "0.9"), 0);
    QCOMPARE(set("Trainium3", "defect_density", "4.5"), 0);
    const Run r =
        run({ QStringLiteral("sensitivity"), QStringLiteral("--db"), db, QStringLiteral("--vendor"),
              QStringLiteral("AWS"), QStringLiteral("--year"), QStringLiteral("2026") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // By hand, base × 0.8 and base × 1.2, the latter no higher than DESIGN §2 allows: a harvest
    // fraction of 0.9 × 1.2 = 1.08 would harvest more dies than fail (at most 1), a defect
    // density of 4.5 × 1.2 = 5.4 is above the 5 per cm² the workbook takes.
    QHash<QString, QStringList> moved;
    for (const QString &row : csvRows(r)) {
        const QStringList f = row.split(QLatin1Char(','));
        moved.insert(f[0] + QLatin1Char(' ') + f[2], f.mid(3, 3));
    }
    QCOMPARE(moved.value(QStringLiteral("Trainium2 harvest_fraction")),
             QStringList({ QStringLiteral("0.9"), QStringLiteral("0.72"), QStringLiteral("1") }));
    QCOMPARE(moved.value(QStringLiteral("Trainium3 defect_density")),
             QStringList({ QStringLiteral("4.5"), QStringLiteral("3.6"), QStringLiteral("5") }));
}

QTEST_GUILESS_MAIN(TestSensitivityCommand)
#include "tst_sensitivitycommand.moc"
