// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "support/commandrun.h"
#include "support/csvrecord.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
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

// The CSV rows after the header, keyed by company name.
QHash<QString, QStringList> rowsByCompany(const Run &r)
{
    QHash<QString, QStringList> rows;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = test::csvFields(lines[i]);
        rows.insert(f.value(1), f);
    }
    return rows;
}

enum Column { Rank, Company, NameZh, Ticker, Tier, Impact, Exposure, DrivingVendor };

} // namespace

/** `wafershare benefits`: the who-benefits ranking on the default data, and its errors. */
class TestBenefitsCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranksAlchipInAwsTopThree();
    void alchipAndWiwynnLeadTaiwanForAws();
    void tsmcGainsWhatAllVendorsWafersGain();
    void impactIsExposureTimesAwsGrowth();
    void trainiumUnitsRaiseAlchipAndWiwynn();
    void againstBaseCountsOnlyTheScenarioDifference();
    void depthDropsLongerPaths();
    void printsJson();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void refusedFileExitsTwo();

private:
    Run benefits(const QStringList &options) const
    {
        return run(QStringList { QStringLiteral("benefits"), QStringLiteral("--db"), mDb } +
                   options);
    }
    double awsWafers(const QString &scenario, int year) const;
    static QHash<QString, QString> countries(const QString &file);

    QTemporaryDir mDir;
    QString mDb;
};

void TestBenefitsCommand::initTestCase()
{
    QVERIFY(mDir.isValid());
    // A missing file is created from the default data set.
    mDb = mDir.filePath(QStringLiteral("benefits.sqlite"));
}

double TestBenefitsCommand::awsWafers(const QString &scenario, int year) const
{
    const Run r =
        run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb, QStringLiteral("--scenario"),
              scenario, QStringLiteral("--year"), QString::number(year) });
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.value(1) == QLatin1String("AWS"))
            return f.value(3).toDouble();
    }
    return qQNaN();
}

void TestBenefitsCommand::ranksAlchipInAwsTopThree()
{
    const Run r =
        benefits({ QStringLiteral("--scenario"), QStringLiteral("Base"), QStringLiteral("--year"),
                   QStringLiteral("2026"), QStringLiteral("--vendor"), QStringLiteral("AWS") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("rank,company,name_zh,ticker,tier,impact,exposure,driving_vendor"));
    QVERIFY2(lines.size() >= 19, qPrintable(r.out));
    bool alchipInTopThree = false;
    for (int i = 1; i <= 3; ++i) {
        const QStringList f = test::csvFields(lines[i]);
        QCOMPARE(f.value(Rank), QString::number(i));
        if (f.value(Company) == QLatin1String("Alchip"))
            alchipInTopThree = true;
    }
    QVERIFY2(alchipInTopThree, qPrintable(r.out));

    const QHash<QString, QStringList> rows = rowsByCompany(r);
    // Alchip → AWS is Alchip's only relation (weight 0.5); Wiwynn → AWS 0.45; TSMC reaches AWS
    // through Alchip (0.14 × 0.5), Annapurna Labs (0.024 × 1) and Marvell (0.06 × 0.1):
    // 0.07 + 0.024 + 0.006 = 0.1.
    const QStringList alchip = rows.value(QStringLiteral("Alchip"));
    QCOMPARE(alchip.value(NameZh), QStringLiteral("世芯電子"));
    QCOMPARE(alchip.value(Ticker), QStringLiteral("3661.TW"));
    QCOMPARE(alchip.value(Tier), QStringLiteral("design"));
    QCOMPARE(alchip.value(Exposure), QStringLiteral("0.5000"));
    QCOMPARE(alchip.value(DrivingVendor), QStringLiteral("AWS"));
    QCOMPARE(rows.value(QStringLiteral("Wiwynn")).value(Exposure), QStringLiteral("0.4500"));
    QCOMPARE(rows.value(QStringLiteral("TSMC")).value(Exposure), QStringLiteral("0.1000"));
    // One decimal for the wafers.
    QCOMPARE(alchip.value(Impact).section(QLatin1Char('.'), 1).size(), 1);
    // Broadcom supplies Google only; the vendors themselves are not ranked.
    QCOMPARE(rows.value(QStringLiteral("Broadcom")).value(Impact), QStringLiteral("0.0"));
    QCOMPARE(rows.value(QStringLiteral("Broadcom")).value(Exposure), QStringLiteral("0.0000"));
    QVERIFY(!rows.contains(QStringLiteral("Amazon Web Services")));
    QVERIFY(!rows.contains(QStringLiteral("Nvidia")));
}

// Company name → country, as the workbook @p file holds them.
QHash<QString, QString> TestBenefitsCommand::countries(const QString &file)
{
    QHash<QString, QString> found;
    const QString name = QStringLiteral("countries");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT name, country FROM company"));
            while (query.next())
                found.insert(query.value(0).toString(), query.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

void TestBenefitsCommand::alchipAndWiwynnLeadTaiwanForAws()
{
    // The article's headline (source 1): Alchip's shares soar and Wiwynn takes big orders. On a
    // new workbook of the default data, they are the Taiwanese companies AWS's growth reaches
    // most: Alchip at 0.5, Wiwynn at 0.45, then Accton at 0.3 and TSMC at 0.1 (data/relation.csv).
    const QString file = mDir.filePath(QStringLiteral("fresh-aws.sqlite"));
    const Run r =
        run({ QStringLiteral("benefits"), QStringLiteral("--db"), file, QStringLiteral("--vendor"),
              QStringLiteral("AWS"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QHash<QString, QString> countryOf = countries(file);
    QVERIFY(!countryOf.isEmpty());
    QStringList taiwanese; // in the order of the ranking
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString company = test::csvFields(lines[i]).value(Company);
        if (countryOf.value(company) == QLatin1String("TW"))
            taiwanese << company;
    }
    QCOMPARE(taiwanese.mid(0, 3),
             (QStringList { QStringLiteral("Alchip"), QStringLiteral("Wiwynn"),
                            QStringLiteral("Accton") }));
}

void TestBenefitsCommand::tsmcGainsWhatAllVendorsWafersGain()
{
    // TSMC makes every vendor's wafers and depends on each alike (0.1, data/relation.csv; for
    // AWS through three paths, 0.07 + 0.024 + 0.006): its impact is 0.1 × the change in all
    // vendors' wafers together, whichever vendors grow.
    const auto allWafers = [&](int year) {
        const Run s = run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb,
                            QStringLiteral("--year"), QString::number(year) });
        double sum = 0.0;
        for (const QString &line : s.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1))
            sum += line.split(QLatin1Char(',')).value(3).toDouble();
        return sum;
    };
    const double growth = allWafers(2026) - allWafers(2025);
    QVERIFY(growth > 0);
    const Run r = benefits({ QStringLiteral("--year"), QStringLiteral("2026"),
                             QStringLiteral("--against"), QStringLiteral("yoy") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList tsmc = rowsByCompany(r).value(QStringLiteral("TSMC"));
    QVERIFY(tsmc.value(Impact).toDouble() > 0);
    // shares prints one decimal per vendor: seven vendors, two years.
    QVERIFY2(std::abs(tsmc.value(Impact).toDouble() - 0.1 * growth) <= 0.2,
             qPrintable(tsmc.join(QLatin1Char(','))));
}

void TestBenefitsCommand::impactIsExposureTimesAwsGrowth()
{
    // The change year over year, read from the shares command: AWS's 2026 minus 2025 wafers.
    const double growth =
        awsWafers(QStringLiteral("Base"), 2026) - awsWafers(QStringLiteral("Base"), 2025);
    QVERIFY(growth > 0);
    const QHash<QString, QStringList> rows =
        rowsByCompany(benefits({ QStringLiteral("--vendor"), QStringLiteral("aws") }));
    // shares prints one decimal, hence the tolerance.
    QVERIFY(std::abs(rows.value(QStringLiteral("Alchip")).value(Impact).toDouble() -
                     0.5 * growth) <= 0.2);
    QVERIFY(std::abs(rows.value(QStringLiteral("Wiwynn")).value(Impact).toDouble() -
                     0.45 * growth) <= 0.2);
}

void TestBenefitsCommand::trainiumUnitsRaiseAlchipAndWiwynn()
{
    Run r = run({ QStringLiteral("scenario"), QStringLiteral("--db"), mDb, QStringLiteral("new"),
                  QStringLiteral("MoreTrainium") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({ QStringLiteral("set"), QStringLiteral("--db"), mDb, QStringLiteral("--scenario"),
              QStringLiteral("MoreTrainium"), QStringLiteral("--program"),
              QStringLiteral("Trainium3"), QStringLiteral("--year"), QStringLiteral("2026"),
              QStringLiteral("--field"), QStringLiteral("units"), QStringLiteral("--value"),
              QStringLiteral("2000000") });
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const auto ranking = [&](const QString &scenario) {
        const Run b = benefits({ QStringLiteral("--scenario"), scenario, QStringLiteral("--vendor"),
                                 QStringLiteral("AWS") });
        return rowsByCompany(b);
    };
    const auto base = ranking(QStringLiteral("Base"));
    const auto more = ranking(QStringLiteral("MoreTrainium"));
    const auto impact = [](const QHash<QString, QStringList> &rows, const char *company) {
        return rows.value(QString::fromLatin1(company)).value(Impact).toDouble();
    };
    QVERIFY(impact(more, "Alchip") > impact(base, "Alchip") + 1.0);
    QVERIFY(impact(more, "Wiwynn") > impact(base, "Wiwynn") + 1.0);
    // Broadcom has no path to AWS: nothing either way.
    QCOMPARE(base.value(QStringLiteral("Broadcom")).value(Impact), QStringLiteral("0.0"));
    QCOMPARE(more.value(QStringLiteral("Broadcom")).value(Impact), QStringLiteral("0.0"));
}

void TestBenefitsCommand::againstBaseCountsOnlyTheScenarioDifference()
{
    // Needs the scenario of the test before; create it if this test runs alone.
    run({ QStringLiteral("scenario"), QStringLiteral("--db"), mDb, QStringLiteral("new"),
          QStringLiteral("MoreTrainium") });
    run({ QStringLiteral("set"), QStringLiteral("--db"), mDb, QStringLiteral("--scenario"),
          QStringLiteral("MoreTrainium"), QStringLiteral("--program"), QStringLiteral("Trainium3"),
          QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--field"),
          QStringLiteral("units"), QStringLiteral("--value"), QStringLiteral("2000000") });
    const double extra =
        awsWafers(QStringLiteral("MoreTrainium"), 2026) - awsWafers(QStringLiteral("Base"), 2026);
    QVERIFY(extra > 0);

    const Run r = benefits({ QStringLiteral("--scenario"), QStringLiteral("MoreTrainium"),
                             QStringLiteral("--against"), QStringLiteral("base") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QHash<QString, QStringList> rows = rowsByCompany(r);
    // Only AWS differs from Base, so every impact is exposure to AWS × the extra wafers.
    QVERIFY(std::abs(rows.value(QStringLiteral("Alchip")).value(Impact).toDouble() - 0.5 * extra) <=
            0.2);
    QCOMPARE(rows.value(QStringLiteral("Alchip")).value(DrivingVendor), QStringLiteral("AWS"));
    QCOMPARE(rows.value(QStringLiteral("Broadcom")).value(Impact), QStringLiteral("0.0"));

    // Base against itself: nothing changes.
    const Run same = benefits({ QStringLiteral("--against"), QStringLiteral("base") });
    QCOMPARE(same.code, 0);
    for (const QStringList &row : rowsByCompany(same))
        QCOMPARE(row.value(Impact), QStringLiteral("0.0"));
}

void TestBenefitsCommand::depthDropsLongerPaths()
{
    // TSMC's paths to AWS have two relations; Alchip's has one.
    const QHash<QString, QStringList> rows =
        rowsByCompany(benefits({ QStringLiteral("--vendor"), QStringLiteral("AWS"),
                                 QStringLiteral("--depth"), QStringLiteral("1") }));
    QCOMPARE(rows.value(QStringLiteral("TSMC")).value(Exposure), QStringLiteral("0.0000"));
    QCOMPARE(rows.value(QStringLiteral("Alchip")).value(Exposure), QStringLiteral("0.5000"));
}

void TestBenefitsCommand::printsJson()
{
    const Run csv = benefits({ QStringLiteral("--vendor"), QStringLiteral("AWS") });
    const Run r = benefits({ QStringLiteral("--vendor"), QStringLiteral("AWS"),
                             QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(rows.size(), csv.out.count(QLatin1Char('\n')) - 1);
    const QStringList firstCsv = test::csvFields(csv.out.section(QLatin1Char('\n'), 1, 1));
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("company")).toString(), firstCsv.value(Company));
    QCOMPARE(first.value(QStringLiteral("name_zh")).toString(), firstCsv.value(NameZh));
    QCOMPARE(first.value(QStringLiteral("driving_vendor")).toString(), QStringLiteral("AWS"));
    QVERIFY(std::abs(first.value(QStringLiteral("impact")).toDouble() -
                     firstCsv.value(Impact).toDouble()) <= 0.05);
    QVERIFY(std::abs(first.value(QStringLiteral("exposure")).toDouble() -
                     firstCsv.value(Exposure).toDouble()) <= 0.00005);
}

void TestBenefitsCommand::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto args = [](const char *option, const char *value) {
        return QStringList { QString::fromLatin1(option), QString::fromLatin1(value) };
    };
    QTest::newRow("unknown vendor")
        << args("--vendor", "Intel")
        << QStringLiteral("no vendor named 'Intel' (it has: Nvidia, Google, AWS, AMD");
    QTest::newRow("no year before")
        << args("--year", "2024")
        << QStringLiteral("has no year 2023 to compare 2024 with (it has: 2024, 2025");
    QTest::newRow("year not modelled")
        << args("--year", "2031") << QStringLiteral("has no year 2031 (it has: 2024, 2025");
    QTest::newRow("year not a number")
        << args("--year", "soon") << QStringLiteral("--year must be a year");
    QTest::newRow("bad against") << args("--against", "2025")
                                 << QStringLiteral("--against must be yoy or base");
    QTest::newRow("depth zero") << args("--depth", "0") << QStringLiteral("--depth must be");
    QTest::newRow("depth not a number") << args("--depth", "deep") << QStringLiteral("not 'deep'");
    QTest::newRow("bad metric") << args("--metric", "hbm") << QStringLiteral("--metric must be");
    QTest::newRow("bad format") << args("--format", "xml")
                                << QStringLiteral("--format must be csv or json");
    QTest::newRow("no such scenario")
        << args("--scenario", "Bear") << QStringLiteral("no scenario named 'Bear'");
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("extra") } << QStringLiteral("unexpected argument 'extra'");
}

void TestBenefitsCommand::usageErrorsExitOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = benefits(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestBenefitsCommand::refusedFileExitsTwo()
{
    const QString text = mDir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a workbook\n");
    }
    const Run r = run({ QStringLiteral("benefits"), QStringLiteral("--db"), text });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("notes.txt")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBenefitsCommand)
#include "tst_benefitscommand.moc"
