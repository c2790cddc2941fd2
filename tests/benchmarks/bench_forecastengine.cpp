// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/sensitivity.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** DESIGN §6: recompute a scenario in < 1 ms on the default data and < 50 ms for 10,000
    programs × 10 years. */
class BenchForecastEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recomputeDefaultData();
    void resolveDefaultScenario();
    void recomputeTenThousandProgramsTenYears();
    void recomputeTenThousandPackagesWithDieKindsTenYears();
    void createDefaultWorkbook();
    void sensitivityOfAwsShareDefaultData();
};

void BenchForecastEngine::recomputeDefaultData()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY(opened.database);
    ForecastRepository repository(opened.database->connection());
    const auto built =
        repository.loadForecast(repository.scenarioByName(QStringLiteral("Base"))->id);
    QVERIFY(built.problems.isEmpty());
    ForecastResult result;
    QBENCHMARK
    {
        ForecastEngine::compute(built.input, result);
    }
    QVERIFY(result.totalWafers(Metric::ComputeWafers, 0) > 0);
}

void BenchForecastEngine::resolveDefaultScenario()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY(opened.database);
    ForecastRepository repository(opened.database->connection());
    const int base = repository.scenarioByName(QStringLiteral("Base"))->id;
    QBENCHMARK
    {
        const auto built = repository.loadForecast(base);
        QVERIFY(built.problems.isEmpty());
    }
}

void BenchForecastEngine::recomputeTenThousandProgramsTenYears()
{
    constexpr int programCount = 10'000;
    constexpr int yearCount = 10;
    ForecastInput input;
    input.vendors = {
        { 1, QStringLiteral("A"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
        { 2, QStringLiteral("B"), {}, QStringLiteral("#000000"), QStringLiteral("asic") }
    };
    for (int y = 0; y < yearCount; ++y)
        input.years << 2024 + y;
    const YieldModel models[] = { YieldModel::Poisson, YieldModel::Murphy, YieldModel::Seeds,
                                  YieldModel::NegativeBinomial };
    for (int p = 0; p < programCount; ++p) {
        input.programs << Program { p + 1, 1 + p % 2, QStringLiteral("P%1").arg(p), {} };
        input.programVendorIndex.push_back(p % 2);
        for (int y = 0; y < yearCount; ++y) {
            ProgramYearInputs in;
            in.units = 1000.0 * (1 + (p + y) % 50);
            in.diesPerPackage = 1 + p % 2;
            in.dieAreaMm2 = 100.0 + (p * 7 + y) % 750;
            in.defectDensity = 0.05 + 0.01 * (p % 10);
            in.yieldModel = models[p % 4];
            in.interposerAreaMm2 = 1200.0 + (p % 20) * 100.0;
            in.packagingYield = 0.9;
            input.inputs.push_back(in);
        }
    }
    ForecastResult result;
    ForecastEngine::compute(input, result); // size the result once
    QBENCHMARK
    {
        ForecastEngine::compute(input, result);
    }
    QVERIFY(result.totalWafers(Metric::CowosWafers, 9) > 0);
}

// Model v2 at the same size: 10,000 packages, every second one with an I/O die kind of its own
// (15,000 program rows), a third of them with a published packages-per-CoWoS-wafer figure, one in
// ten without CoWoS, and harvested dies.
void BenchForecastEngine::recomputeTenThousandPackagesWithDieKindsTenYears()
{
    constexpr int packageCount = 10'000;
    constexpr int yearCount = 10;
    ForecastInput input;
    input.vendors = {
        { 1, QStringLiteral("A"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
        { 2, QStringLiteral("B"), {}, QStringLiteral("#000000"), QStringLiteral("asic") }
    };
    for (int y = 0; y < yearCount; ++y)
        input.years << 2024 + y;
    const auto addRow = [&](int id, int vendor, int package, int p) {
        Program program { id, vendor, QStringLiteral("P%1").arg(id), {} };
        if (package >= 0) {
            program.packageId = input.programs[package].id;
            program.dieRole = DieRole::Io;
        }
        input.programs << program;
        input.programVendorIndex.push_back(vendor - 1);
        input.programPackageIndex.push_back(package);
        for (int y = 0; y < yearCount; ++y) {
            ProgramYearInputs in;
            in.units = package >= 0 ? 0.0 : 1000.0 * (1 + (p + y) % 50);
            in.diesPerPackage = 1 + p % 4;
            in.dieAreaMm2 = package >= 0 ? 370.0 : 100.0 + (p * 7 + y) % 750;
            in.defectDensity = 0.05 + 0.01 * (p % 10);
            in.yieldModel = YieldModel::NegativeBinomial;
            in.harvestFraction = 0.1 * (p % 3);
            in.interposerAreaMm2 = 3200.0;
            in.packagesPerCowosWafer = p % 3 == 0 ? 16.0 : 0.0;
            in.packaging = p % 10 == 9 ? Packaging::None : Packaging::Cowos;
            in.packagingYield = 0.9;
            input.inputs.push_back(in);
        }
    };
    int id = 1;
    for (int p = 0; p < packageCount; ++p) {
        const int package = static_cast<int>(input.programs.size());
        addRow(id++, 1 + p % 2, -1, p);
        if (p % 2 == 0)
            addRow(id++, 1 + p % 2, package, p);
    }
    ForecastResult result;
    ForecastEngine::compute(input, result);
    QBENCHMARK
    {
        ForecastEngine::compute(input, result);
    }
    QVERIFY(result.totalWafers(Metric::AllLogicWafers, 9)
            > result.totalWafers(Metric::ComputeWafers, 9));
}

void BenchForecastEngine::createDefaultWorkbook()
{
    int n = 0;
    QTemporaryDir dir;
    QBENCHMARK
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("new-%1.sqlite").arg(n++)));
        QVERIFY(opened.database);
    }
}

void BenchForecastEngine::sensitivityOfAwsShareDefaultData()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY(opened.database);
    ForecastRepository repository(opened.database->connection());
    const auto built =
        repository.loadForecast(repository.scenarioByName(QStringLiteral("Base"))->id);
    const int aws = built.input.vendorIndex(QStringLiteral("AWS"));
    const int year = built.input.yearIndex(2026);
    QList<SensitivityRow> rows;
    QBENCHMARK
    {
        rows = SensitivityAnalysis::run(built.input, aws, year, Metric::ComputeWafers);
    }
    QVERIFY(rows.size() > 10);
}

QTEST_GUILESS_MAIN(BenchForecastEngine)
#include "bench_forecastengine.moc"
