// SPDX-License-Identifier: MIT
#include "core/exposure.h"
#include "core/impact.h"
#include "core/supplychain.h"
#include "models/benefitsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ws;

namespace {

/*
    Chip Co designs for Vendor A (weight 0.4) and Vendor B (0.1); Board Co supplies Chip Co
    (0.5). Idle Co has no relation.
        Chip Co : A 0.4, B 0.1      Board Co: A 0.5 × 0.4 = 0.2, B 0.5 × 0.1 = 0.05
    With A +12,500 wafers and B −3,000:
        Chip Co : 0.4 × 12,500 − 0.1 × 3,000 = 5,000 − 300 = +4,700, driven by A (5,000)
        Board Co: 0.2 × 12,500 − 0.05 × 3,000 = 2,500 − 150 = +2,350, driven by A
        Idle Co : 0
*/
SupplyChain chain()
{
    const auto company = [](int id, const char *name, const char *nameZh, const char *ticker,
                            const char *tier, int vendorId = 0) {
        Company c;
        c.id = id;
        c.name = QString::fromUtf8(name);
        c.nameZh = QString::fromUtf8(nameZh);
        c.ticker = QString::fromLatin1(ticker);
        c.tier = QString::fromLatin1(tier);
        c.vendorId = vendorId;
        return c;
    };
    SupplyChain c;
    c.companies = { company(1, "Chip Co", "晶片公司", "1111.TW", "design"),
                    company(2, "Board Co", "板子公司", "2222.TW", "substrate"),
                    company(3, "Idle Co", "閒置公司", "", "cable"),
                    company(4, "Vendor A", "甲", "VA", "vendor", 7),
                    company(5, "Vendor B", "乙", "VB", "vendor", 8) };
    const auto relation = [](int id, int supplier, int customer, double weight) {
        Relation r;
        r.id = id;
        r.supplierId = supplier;
        r.customerId = customer;
        r.weight = weight;
        return r;
    };
    c.relations = { relation(1, 1, 4, 0.4), relation(2, 1, 5, 0.1), relation(3, 2, 1, 0.5) };
    return c;
}

const QHash<int, QString> vendorNames = { { 7, QStringLiteral("Alpha") },
                                          { 8, QStringLiteral("Beta") } };

QList<BenefitRow> rank(const SupplyChain &c)
{
    return ImpactAnalysis::rankBenefits(c, ExposureAnalysis(c).compute(),
                                        { { 7, 12'500.0 }, { 8, -3'000.0 } });
}

} // namespace

/** The "who benefits" table: ranked companies, their names, impact and exposure. */
class TestBenefitsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void showsRankedCompanies();
    void servesExactNumbersInRoles();
    void formatsImpactWithSignAndSeparators();

private:
    SupplyChain mChain = chain();
};

void TestBenefitsModel::initTestCase()
{
    // The formatted cells below are written in English digits.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBenefitsModel::passesModelTester()
{
    BenefitsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(mChain, rank(mChain), vendorNames);
    QCOMPARE(model.rowCount(), 3);
    model.setResult(mChain, {}, vendorNames);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(mChain, rank(mChain), vendorNames);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBenefitsModel::showsRankedCompanies()
{
    BenefitsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResult(mChain, rank(mChain), vendorNames);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.columnCount(), 8);
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(
        headers,
        QStringList({ QStringLiteral("Rank"), QStringLiteral("Company"), QStringLiteral("中文"),
                      QStringLiteral("Ticker"), QStringLiteral("Tier"), QStringLiteral("Impact"),
                      QStringLiteral("Exposure"), QStringLiteral("Driven by") }));

    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, BenefitsModel::RankColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, BenefitsModel::CompanyColumn), QStringLiteral("Chip Co"));
    QCOMPARE(cell(0, BenefitsModel::ChineseNameColumn), QStringLiteral("晶片公司"));
    QCOMPARE(cell(0, BenefitsModel::TickerColumn), QStringLiteral("1111.TW"));
    QCOMPARE(cell(0, BenefitsModel::TierColumn), QStringLiteral("design"));
    QCOMPARE(cell(0, BenefitsModel::ImpactColumn), QStringLiteral("+4,700"));
    QCOMPARE(cell(0, BenefitsModel::ExposureColumn), QStringLiteral("0.400"));
    QCOMPARE(cell(0, BenefitsModel::DrivingVendorColumn), QStringLiteral("Alpha"));

    QCOMPARE(cell(1, BenefitsModel::RankColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, BenefitsModel::CompanyColumn), QStringLiteral("Board Co"));
    QCOMPARE(cell(1, BenefitsModel::ImpactColumn), QStringLiteral("+2,350"));
    QCOMPARE(cell(1, BenefitsModel::ExposureColumn), QStringLiteral("0.200"));

    // No path: 0 wafers, no vendor.
    QCOMPARE(cell(2, BenefitsModel::CompanyColumn), QStringLiteral("Idle Co"));
    QCOMPARE(cell(2, BenefitsModel::ImpactColumn), QStringLiteral("0"));
    QCOMPARE(cell(2, BenefitsModel::ExposureColumn), QStringLiteral("0.000"));
    QCOMPARE(cell(2, BenefitsModel::DrivingVendorColumn), QString());
}

void TestBenefitsModel::servesExactNumbersInRoles()
{
    BenefitsModel model;
    model.setResult(mChain, rank(mChain), vendorNames);
    const QModelIndex board = model.index(1, BenefitsModel::ImpactColumn);
    QCOMPARE(board.data(BenefitsModel::CompanyIdRole).toInt(), 2);
    QCOMPARE(board.data(BenefitsModel::ImpactRole).toDouble(), 2350.0);
    QCOMPARE(board.data(BenefitsModel::ExposureRole).toDouble(), 0.2);
    QCOMPARE(board.data(BenefitsModel::DrivingVendorRole).toInt(), 7);
    QCOMPARE(model.index(2, 0).data(BenefitsModel::DrivingVendorRole).toInt(), 0);
    QCOMPARE(model.benefit(0)->companyId, 1);
    QCOMPARE(model.benefit(3), nullptr);
    QCOMPARE(model.index(0, BenefitsModel::ImpactColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestBenefitsModel::formatsImpactWithSignAndSeparators()
{
    QCOMPARE(BenefitsModel::formatImpact(31'500.4), QStringLiteral("+31,500"));
    QCOMPARE(BenefitsModel::formatImpact(-1'234'567.0), QStringLiteral("-1,234,567"));
    QCOMPARE(BenefitsModel::formatImpact(2.46), QStringLiteral("+2.5"));
    QCOMPARE(BenefitsModel::formatImpact(-0.04), QStringLiteral("0"));
    QCOMPARE(BenefitsModel::formatImpact(0.0), QStringLiteral("0"));
}

QTEST_MAIN(TestBenefitsModel)
#include "tst_benefitsmodel.moc"
