// SPDX-License-Identifier: MIT
#include "core/forecastengine.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The default data set as a new workbook holds it: complete, referenced, sourced, and
    calibrated to the source article's published 2026 split. */
class TestDefaultData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loadsWithoutBrokenReferences();
    void holdsTheArticlesFacts();
    void holdsCowosCapacity();
    void everyAssumptionIsSourcedOrExplained();
    void baseScenarioIsCompleteForEveryYear();
    void reproducesReportedShares2026_data();
    void reproducesReportedShares2026();
    void childScenarioStoresOnlyOverrides();

private:
    qlonglong count(const QString &sql);

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
};

void TestDefaultData::initTestCase()
{
    QVERIFY(mDir.isValid());
    auto opened = Database::open(mDir.filePath(QStringLiteral("default.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mDatabase = std::move(opened.database);
}

void TestDefaultData::cleanupTestCase()
{
    mDatabase.reset();
}

qlonglong TestDefaultData::count(const QString &sql)
{
    QSqlQuery query(mDatabase->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestDefaultData::loadsWithoutBrokenReferences()
{
    const QStringList problems = mDatabase->integrityProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Scenario parents are references too, though nullable.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM scenario s WHERE parent_id IS NOT NULL "
                                  "AND parent_id NOT IN (SELECT id FROM scenario)")),
             0);
}

void TestDefaultData::holdsTheArticlesFacts()
{
    // The twelve companies of the article's table, by their Chinese names as printed there.
    for (const char *name : { "世芯電子", "台積電", "日月光投控", "欣興電子", "金像電", "高技",
                              "智邦", "緯穎", "光寶", "奇鋐", "貿聯-KY", "川湖" }) {
        QSqlQuery query(mDatabase->connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM company WHERE name_zh = ?"));
        query.addBindValue(QString::fromUtf8(name));
        QVERIFY(query.exec() && query.next());
        QVERIFY2(query.value(0).toInt() == 1, name);
    }
    for (const char *vendor : { "Nvidia", "Google", "AWS", "AMD", "Microsoft", "Meta", "Others" }) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vendor WHERE name = '%1'")
                           .arg(QLatin1String(vendor))),
                 1);
    }
    // Amazon's CoWoS wafers: about 5,000 in 2025 and 70,000 in 2026 (the article, citing MS).
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reported_value r JOIN vendor v ON "
                                  "v.id = r.vendor_id WHERE v.name = 'AWS' AND metric = "
                                  "'cowos_wafers' AND ((year = 2025 AND value = 5000) OR "
                                  "(year = 2026 AND value = 70000))")),
             2);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM source")) >= 5);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM company")) >= 18);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM relation")) >= 15);
}

void TestDefaultData::holdsCowosCapacity()
{
    ForecastRepository repository(mDatabase->connection());
    QMap<int, CapacityValue> byYear;
    for (const CapacityValue &value : repository.capacity()) {
        if (value.supplier == QLatin1String("TSMC") &&
            value.metric == QLatin1String("cowos_wafers"))
            byYear.insert(value.year, value);
    }
    QCOMPARE(byYear.keys(), QList<int>({ 2024, 2025, 2026, 2027 }));
    for (const CapacityValue &value : std::as_const(byYear)) {
        QVERIFY2(value.sourceId > 0 && !value.sourceTitle.isEmpty(),
                 qPrintable(QString::number(value.year)));
        QVERIFY2(!value.note.trimmed().isEmpty(), qPrintable(QString::number(value.year)));
    }
    // TrendForce: 35k wafers a month at the least (end-2024) to 80k (2025), × 12 months.
    const double wafers2025 = byYear.value(2025).value;
    QVERIFY2(wafers2025 >= 420'000 && wafers2025 <= 960'000,
             qPrintable(QString::number(wafers2025)));
    // No publication gives 2027: it is the data set's own assumption and says so.
    QVERIFY(byYear.value(2027).note.startsWith(QLatin1String("Assumption:")));
    QCOMPARE(byYear.value(2027).sourceTitle, QStringLiteral("WaferShare analyst assumptions"));
}

void TestDefaultData::everyAssumptionIsSourcedOrExplained()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assumption WHERE note IS NULL OR "
                                  "trim(note) = ''")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assumption WHERE source_id IS NULL")), 0);
    // Where the source is the data set's own assumptions, the note says so and why.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assumption a JOIN source s ON "
                                  "s.id = a.source_id WHERE s.title = 'WaferShare analyst "
                                  "assumptions' AND a.note NOT LIKE 'Assumption:%'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reported_value WHERE source_id IS NULL")),
             0);
}

void TestDefaultData::baseScenarioIsCompleteForEveryYear()
{
    ForecastRepository repository(mDatabase->connection());
    const auto base = repository.scenarioByName(QStringLiteral("Base"));
    QVERIFY(base.has_value());
    QCOMPARE(base->parentId, 0);
    const auto built = repository.loadForecast(base->id);
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(QLatin1Char('\n'))));
    QCOMPARE(built.input.years, QList<int>({ 2024, 2025, 2026, 2027 }));
    // Every package of the Base scenario has, in every year, the ten fields of model v2 that
    // are not optional: all eleven but packages_per_cowos_wafer (without it the interposer area
    // is the CoWoS basis).
    const QString baseRows =
        QStringLiteral("SELECT count(*) FROM assumption a JOIN program p ON p.id = a.program_id "
                       "WHERE a.scenario_id = %1 AND ")
            .arg(base->id);
    QCOMPARE(count(baseRows +
                   QStringLiteral("p.package_id IS NULL AND "
                                  "a.field <> 'packages_per_cowos_wafer'")),
             count(QStringLiteral("SELECT count(*) FROM program WHERE package_id IS NULL")) * 4 *
                 10);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM program WHERE package_id IS NOT NULL")) > 0);
    // A die kind has the six fields of its dies (count, area, defect density, yield model, α,
    // harvest fraction) and takes units and CoWoS from its package.
    QCOMPARE(count(baseRows +
                   QStringLiteral("p.package_id IS NOT NULL AND a.field IN "
                                  "('dies_per_package', 'die_area_mm2', "
                                  "'defect_density', 'yield_model', 'yield_alpha', "
                                  "'harvest_fraction')")),
             count(QStringLiteral("SELECT count(*) FROM program WHERE package_id IS NOT NULL")) *
                 4 * 6);
    QCOMPARE(count(baseRows +
                   QStringLiteral("p.package_id IS NOT NULL AND a.field IN "
                                  "('units', 'packaging', 'interposer_area_mm2', "
                                  "'packages_per_cowos_wafer', 'packaging_yield')")),
             0);
}

void TestDefaultData::reproducesReportedShares2026_data()
{
    // CommonWealth Magazine, November 2025, citing Morgan Stanley's October 2025 report.
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<double>("published");
    QTest::newRow("Nvidia") << QStringLiteral("Nvidia") << 55.0;
    QTest::newRow("Google") << QStringLiteral("Google") << 22.0;
    QTest::newRow("AWS") << QStringLiteral("AWS") << 6.0;
    QTest::newRow("AMD") << QStringLiteral("AMD") << 6.0;
}

void TestDefaultData::reproducesReportedShares2026()
{
    QFETCH(QString, vendor);
    QFETCH(double, published);
    ForecastRepository repository(mDatabase->connection());
    const auto built =
        repository.loadForecast(repository.scenarioByName(QStringLiteral("Base"))->id);
    const ForecastResult result = ForecastEngine::compute(built.input);
    const double share = result.sharePercent(Metric::ComputeWafers, built.input.vendorIndex(vendor),
                                             built.input.yearIndex(2026));
    QVERIFY2(qAbs(share - published) <= 1.0,
             qPrintable(QStringLiteral("%1: %2 %").arg(vendor).arg(share)));
}

void TestDefaultData::childScenarioStoresOnlyOverrides()
{
    ForecastRepository repository(mDatabase->connection());
    const auto scenarios = repository.scenarios();
    for (const Scenario &scenario : scenarios) {
        if (scenario.parentId == 0)
            continue;
        const qlonglong own =
            count(QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = %1")
                      .arg(scenario.id));
        QVERIFY(own > 0);
        QVERIFY(own < count(QStringLiteral("SELECT count(*) FROM assumption WHERE scenario_id = %1")
                                .arg(scenario.parentId)));
        QVERIFY(repository.loadForecast(scenario.id).problems.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDefaultData)
#include "tst_defaultdata.moc"
