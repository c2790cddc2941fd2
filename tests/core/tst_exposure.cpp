// SPDX-License-Identifier: MIT
#include "core/exposure.h"
#include "core/forecastbuilder.h"
#include "core/forecastengine.h"
#include "core/impact.h"

#include <QTest>

using namespace ws;

namespace {

enum : int { Atlas = 1, Beacon, Cobalt, Delta, Echo, Falcon, Acme, Vee, Dub };
enum : int { VeeVendor = 10, DubVendor = 20 };

Company company(int id, const char *name, const char *tier, int vendorId = 0)
{
    Company c;
    c.id = id;
    c.name = QString::fromLatin1(name);
    c.tier = QString::fromLatin1(tier);
    c.vendorId = vendorId;
    return c;
}

/*
    The hand-built chain (supplier → customer, weight; relation id in brackets):

        Atlas  → Beacon 0.5 [1]     Beacon → Vee 0.4 [2]     Beacon → Atlas 0.3 [3]  (a cycle)
        Atlas  → Cobalt 0.2 [4]     Cobalt → Vee 0.5 [5]     Cobalt → Dub 0.1 [6]
        Delta  → Echo   0.5 [7]     Echo   → Cobalt 0.5 [8]  Echo   → Dub 0.2 [9]
        Vee    → Falcon 0.5 [10]    (Falcon is Vee's customer: no path to any vendor)
        Acme has no relation. Vee and Dub are vendor companies (vendor ids 10 and 20).

    Exposures to Vee, by hand (simple paths only):
        Atlas : A-B-V 0.5×0.4 = 0.2  +  A-C-V 0.2×0.5 = 0.1                       = 0.3
        Beacon: B-V 0.4  +  B-A-C-V 0.3×0.2×0.5 = 0.03 (3 relations)               = 0.43
        Cobalt: C-V                                                                = 0.5
        Echo  : E-C-V 0.5×0.5                                                      = 0.25
        Delta : D-E-C-V 0.5×0.5×0.5 (3 relations)                                  = 0.125
    Exposures to Dub:
        Atlas : A-C-D 0.2×0.1                                                      = 0.02
        Beacon: B-A-C-D 0.3×0.2×0.1 (3 relations)                                  = 0.006
        Cobalt: C-D                                                                = 0.1
        Echo  : E-D 0.2  +  E-C-D 0.5×0.1 = 0.05                                   = 0.25
        Delta : D-E-D 0.5×0.2 = 0.1  +  D-E-C-D 0.5×0.5×0.1 = 0.025 (3 relations)  = 0.125
*/
SupplyChain chain()
{
    SupplyChain c;
    c.companies = {
        company(Atlas, "Atlas Design", "design"),     company(Beacon, "Beacon Foundry", "foundry"),
        company(Cobalt, "Cobalt Servers", "server"),  company(Delta, "Delta Boards", "substrate"),
        company(Echo, "Echo Packaging", "packaging"), company(Falcon, "Falcon Cloud", "customer"),
        company(Acme, "Acme Cables", "cable"),        company(Vee, "Vee", "vendor", VeeVendor),
        company(Dub, "Dub", "vendor", DubVendor)
    };
    const auto relation = [](int id, int supplier, int customer, double weight) {
        Relation r;
        r.id = id;
        r.supplierId = supplier;
        r.customerId = customer;
        r.weight = weight;
        return r;
    };
    c.relations = { relation(1, Atlas, Beacon, 0.5), relation(2, Beacon, Vee, 0.4),
                    relation(3, Beacon, Atlas, 0.3), relation(4, Atlas, Cobalt, 0.2),
                    relation(5, Cobalt, Vee, 0.5),   relation(6, Cobalt, Dub, 0.1),
                    relation(7, Delta, Echo, 0.5),   relation(8, Echo, Cobalt, 0.5),
                    relation(9, Echo, Dub, 0.2),     relation(10, Vee, Falcon, 0.5) };
    return c;
}

// 100 mm² dies with no defects: 613 per wafer, all good (as in tst_forecastengine), so that
// units of 613,000 make exactly 1,000 wafers.
QList<AssumptionCell> program(int programId, int year, double units)
{
    const auto cell = [&](AssumptionField field, const QString &value) {
        return AssumptionCell { programId, year, field, value };
    };
    return { cell(AssumptionField::Units, QString::number(units, 'f', 0)),
             cell(AssumptionField::DiesPerPackage, QStringLiteral("1")),
             cell(AssumptionField::DieAreaMm2, QStringLiteral("100")),
             cell(AssumptionField::DefectDensity, QStringLiteral("0")),
             cell(AssumptionField::YieldModel, QStringLiteral("murphy")),
             cell(AssumptionField::InterposerAreaMm2, QStringLiteral("2700")),
             cell(AssumptionField::PackagingYield, QStringLiteral("0.75")) };
}

const QList<Vendor> vendors = {
    { VeeVendor, QStringLiteral("Vee"), {}, QStringLiteral("#000000"), QStringLiteral("gpu") },
    { DubVendor, QStringLiteral("Dub"), {}, QStringLiteral("#FFFFFF"), QStringLiteral("asic") }
};
const QList<Program> programs = { { 1, VeeVendor, QStringLiteral("V1"), {} },
                                  { 2, DubVendor, QStringLiteral("D1"), {} } };

// Vee: 1,000 wafers in 2025, 2,000 in 2026 (+1,000). Dub: 3,000 then 1,000 (−2,000).
const QList<AssumptionCell> baseCells = program(1, 2025, 613'000) + program(1, 2026, 1'226'000) +
    program(2, 2025, 1'839'000) + program(2, 2026, 613'000);

double changeOf(const QList<VendorChange> &changes, int vendorId)
{
    for (const VendorChange &change : changes) {
        if (change.vendorId == vendorId)
            return change.change;
    }
    return qQNaN();
}

} // namespace

/** Exposure over supply paths, the impact of vendors' changes and the ranking they give. */
class TestExposure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsProductsOverPaths();
    void countsSimplePathsOnlyAndReportsTheCycle();
    void dropsPathsLongerThanTheDepth();
    void vendorHasNoExposureToItself();
    void listsPathsLargestFirst();
    void acyclicChainReportsNoCycle();
    void changesYearOverYear();
    void changesAgainstBase();
    void impactIsExposureTimesChange();
    void ranksByImpactThenName();
    void onlyVendorIgnoresTheOthers();
};

void TestExposure::sumsProductsOverPaths()
{
    const ExposureResult result = ExposureAnalysis(chain(), 3).compute();
    QCOMPARE(result.vendorCompanyIds(), QList<int>({ Vee, Dub }));
    // Atlas reaches Vee through Beacon (0.2) and through Cobalt (0.1).
    QCOMPARE(result.exposure(Atlas, Vee), 0.3);
    QCOMPARE(result.exposure(Cobalt, Vee), 0.5);
    QCOMPARE(result.exposure(Echo, Vee), 0.25);
    QCOMPARE(result.exposure(Delta, Vee), 0.125);
    QCOMPARE(result.exposure(Atlas, Dub), 0.02);
    QCOMPARE(result.exposure(Cobalt, Dub), 0.1);
    QCOMPARE(result.exposure(Echo, Dub), 0.25);
    QCOMPARE(result.exposure(Delta, Dub), 0.125);
    // Downstream of a vendor, or unconnected: nothing.
    QCOMPARE(result.exposure(Falcon, Vee), 0.0);
    QCOMPARE(result.exposure(Acme, Vee), 0.0);
    QCOMPARE(result.exposure(999, Vee), 0.0);
    QCOMPARE(result.exposures(Echo).value(Dub), 0.25);
}

void TestExposure::countsSimplePathsOnlyAndReportsTheCycle()
{
    // At depth 6 a walk could go Atlas → Beacon → Atlas → Beacon → Vee (0.5×0.3×0.5×0.4 = 0.03
    // more) or Beacon → Atlas → Beacon → Vee (0.3×0.5×0.4 = 0.06 more); simple paths cannot.
    const ExposureResult result = ExposureAnalysis(chain(), 6).compute();
    QCOMPARE(result.exposure(Atlas, Vee), 0.3);
    QCOMPARE(result.exposure(Beacon, Vee), 0.43);
    QCOMPARE(result.exposure(Beacon, Dub), 0.006);
    QCOMPARE(result.cycles(), QList<QList<int>>({ { Atlas, Beacon } }));
    QVERIFY(!result.cyclesTruncated());
}

void TestExposure::dropsPathsLongerThanTheDepth()
{
    // Delta → Echo → Cobalt → Vee has three relations.
    const ExposureResult two = ExposureAnalysis(chain(), 2).compute();
    QCOMPARE(two.depth(), 2);
    QCOMPARE(two.exposure(Delta, Vee), 0.0);
    // Beacon keeps only Beacon → Vee (0.4); Delta keeps only Delta → Echo → Dub (0.1).
    QCOMPARE(two.exposure(Beacon, Vee), 0.4);
    QCOMPARE(two.exposure(Delta, Dub), 0.1);
    QCOMPARE(two.exposure(Echo, Dub), 0.25);

    const ExposureResult three = ExposureAnalysis(chain(), 3).compute();
    QCOMPARE(three.exposure(Delta, Vee), 0.125);
    QCOMPARE(three.exposure(Beacon, Vee), 0.43);

    const ExposureResult one = ExposureAnalysis(chain(), 1).compute();
    QCOMPARE(one.exposure(Atlas, Vee), 0.0);
    QCOMPARE(one.exposure(Cobalt, Vee), 0.5);
    // A cycle of two relations cannot be gone round within one.
    QVERIFY(one.cycles().isEmpty());
}

void TestExposure::vendorHasNoExposureToItself()
{
    const ExposureResult result = ExposureAnalysis(chain()).compute();
    QCOMPARE(result.exposure(Vee, Vee), 0.0);
    QCOMPARE(result.exposure(Dub, Dub), 0.0);
    QCOMPARE(result.exposure(Vee, Dub), 0.0);
}

void TestExposure::listsPathsLargestFirst()
{
    const ExposureAnalysis analysis(chain(), 3);
    const QList<ExposurePath> paths = analysis.paths(Atlas, Vee);
    QCOMPARE(paths.size(), 2);
    QCOMPARE(paths[0].relationIds, QList<int>({ 1, 2 }));
    QCOMPARE(paths[0].companyIds, QList<int>({ Atlas, Beacon, Vee }));
    QCOMPARE(paths[0].product, 0.2);
    QCOMPARE(paths[1].relationIds, QList<int>({ 4, 5 }));
    QCOMPARE(paths[1].product, 0.1);

    // Beacon: B-V 0.4, then B-A-C-V 0.03; the limit keeps the first.
    QCOMPARE(analysis.paths(Beacon, Vee).size(), 2);
    const QList<ExposurePath> top = analysis.paths(Beacon, Vee, 1);
    QCOMPARE(top.size(), 1);
    QCOMPARE(top[0].relationIds, QList<int>({ 2 }));

    QCOMPARE(analysis.paths(Delta, Vee).size(), 1);
    QVERIFY(ExposureAnalysis(chain(), 2).paths(Delta, Vee).isEmpty());
    QVERIFY(analysis.paths(Falcon, Vee).isEmpty());
    QVERIFY(analysis.paths(Vee, Vee).isEmpty());
}

void TestExposure::acyclicChainReportsNoCycle()
{
    SupplyChain acyclic = chain();
    acyclic.relations.removeAt(2); // Beacon → Atlas
    const ExposureResult result = ExposureAnalysis(acyclic).compute();
    QVERIFY(result.cycles().isEmpty());
    QCOMPARE(result.exposure(Beacon, Vee), 0.4);
}

void TestExposure::changesYearOverYear()
{
    const auto built = ForecastBuilder::build(vendors, programs, { baseCells });
    QVERIFY2(built.problems.isEmpty(), qPrintable(built.problems.join(QLatin1Char('\n'))));
    const ForecastResult result = ForecastEngine::compute(built.input);
    const auto changes =
        ImpactAnalysis::yearOverYear(built.input, result, Metric::ComputeWafers, 2026);
    QVERIFY(changes);
    QCOMPARE(changeOf(*changes, VeeVendor), 1000.0);
    QCOMPARE(changeOf(*changes, DubVendor), -2000.0);
    // 2025 has no year before it in the forecast.
    QVERIFY(!ImpactAnalysis::yearOverYear(built.input, result, Metric::ComputeWafers, 2025));
}

void TestExposure::changesAgainstBase()
{
    const auto base = ForecastBuilder::build(vendors, programs, { baseCells });
    // The child raises Vee's 2026 units to 1,839,000: 3,000 wafers, 1,000 more than Base.
    const QList<AssumptionCell> child = { { 1, 2026, AssumptionField::Units,
                                            QStringLiteral("1839000") } };
    const auto scenario = ForecastBuilder::build(vendors, programs, { baseCells, child });
    QVERIFY(base.problems.isEmpty() && scenario.problems.isEmpty());
    const auto changes = ImpactAnalysis::againstBase(
        scenario.input, ForecastEngine::compute(scenario.input), base.input,
        ForecastEngine::compute(base.input), Metric::ComputeWafers, 2026);
    QVERIFY(changes);
    QCOMPARE(changeOf(*changes, VeeVendor), 1000.0);
    QCOMPARE(changeOf(*changes, DubVendor), 0.0);
    QVERIFY(!ImpactAnalysis::againstBase(scenario.input, ForecastEngine::compute(scenario.input),
                                         base.input, ForecastEngine::compute(base.input),
                                         Metric::ComputeWafers, 2030));
}

void TestExposure::impactIsExposureTimesChange()
{
    const SupplyChain c = chain();
    const ExposureResult exposure = ExposureAnalysis(c, 3).compute();
    // Vee grows by 1,000 wafers, Dub shrinks by 2,000.
    const QList<VendorChange> changes = { { VeeVendor, 1000.0 }, { DubVendor, -2000.0 } };
    const QList<BenefitRow> rows = ImpactAnalysis::rankBenefits(c, exposure, changes);
    const auto row = [&](int id) {
        for (const BenefitRow &r : rows) {
            if (r.companyId == id)
                return r;
        }
        return BenefitRow {};
    };
    // Beacon: 0.43 × 1,000 + 0.006 × (−2,000) = 430 − 12 = 418, driven by Vee (430).
    QCOMPARE(row(Beacon).impact, 418.0);
    QCOMPARE(row(Beacon).drivingVendorId, int(VeeVendor));
    QCOMPARE(row(Beacon).drivingTerm, 430.0);
    QCOMPARE(row(Beacon).exposureByVendor.value(VeeVendor), 0.43);
    QCOMPARE(row(Beacon).exposureByVendor.value(DubVendor), 0.006);
    // Cobalt: 0.5 × 1,000 − 0.1 × 2,000 = 500 − 200 = 300, driven by Vee.
    QCOMPARE(row(Cobalt).impact, 300.0);
    // Echo: 0.25 × 1,000 − 0.25 × 2,000 = 250 − 500 = −250, driven by Dub (|−500| > 250).
    QCOMPARE(row(Echo).impact, -250.0);
    QCOMPARE(row(Echo).drivingVendorId, int(DubVendor));
    QCOMPARE(row(Echo).drivingTerm, -500.0);
    // Acme reaches nothing: impact 0, no driving vendor.
    QCOMPARE(row(Acme).impact, 0.0);
    QCOMPARE(row(Acme).drivingVendorId, 0);
}

void TestExposure::ranksByImpactThenName()
{
    const SupplyChain c = chain();
    const QList<BenefitRow> rows = ImpactAnalysis::rankBenefits(
        c, ExposureAnalysis(c, 3).compute(), { { VeeVendor, 1000.0 }, { DubVendor, -2000.0 } });
    // Atlas: 300 − 40 = 260. Delta: 125 − 250 = −125. Acme and Falcon tie at 0: by name.
    // The vendors themselves are not ranked.
    QList<int> order;
    for (const BenefitRow &r : rows)
        order << r.companyId;
    QCOMPARE(order, QList<int>({ Beacon, Cobalt, Atlas, Acme, Falcon, Delta, Echo }));
    QCOMPARE(rows[2].impact, 260.0);
    QCOMPARE(rows[5].impact, -125.0);
}

void TestExposure::onlyVendorIgnoresTheOthers()
{
    const SupplyChain c = chain();
    const QList<BenefitRow> rows = ImpactAnalysis::rankBenefits(
        c, ExposureAnalysis(c, 3).compute(), { { VeeVendor, 1000.0 }, { DubVendor, -2000.0 } },
        int(DubVendor));
    // Only Dub's −2,000 counts: Echo 0.25 → −500, Delta 0.125 → −250, Cobalt 0.1 → −200,
    // Atlas 0.02 → −40, Beacon 0.006 → −12; Acme and Falcon 0 come first, by name.
    QList<int> order;
    for (const BenefitRow &r : rows) {
        order << r.companyId;
        QCOMPARE(r.drivingVendorId, int(DubVendor));
    }
    QCOMPARE(order, QList<int>({ Acme, Falcon, Beacon, Atlas, Cobalt, Delta, Echo }));
    QCOMPARE(rows.last().impact, -500.0);
    QCOMPARE(rows.last().drivingTerm, -500.0);
    QCOMPARE(rows[2].impact, -12.0);
}

QTEST_GUILESS_MAIN(TestExposure)
#include "tst_exposure.moc"
