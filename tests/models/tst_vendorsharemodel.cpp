// SPDX-License-Identifier: MIT
#include "models/vendorsharemodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The vendor-share table the Overview's charts and table read. */
class TestVendorShareModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesModelTester();
    void hasAVendorPerRowAndAYearPerColumn();
    void servesSharesWafersAndPublishedFigures();
    void followsTheChosenMetric();
    void followsTheChosenScenario();

private:
    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    int rowOf(const VendorShareModel &model, const QString &vendor) const;
};

void TestVendorShareModel::init()
{
    QVERIFY(mDir.isValid());
    auto opened = Database::open(mDir.filePath(QStringLiteral("model.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
}

void TestVendorShareModel::cleanup()
{
    mWorkbook.reset();
}

int TestVendorShareModel::rowOf(const VendorShareModel &model, const QString &vendor) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == vendor)
            return row;
    }
    return -1;
}

void TestVendorShareModel::passesModelTester()
{
    VendorShareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkbook(mWorkbook.get());
    model.setMetric(Metric::CowosWafers);
    mWorkbook->setScenario(mWorkbook->scenarios().last().id);
    mWorkbook->reload();
    model.setWorkbook(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestVendorShareModel::hasAVendorPerRowAndAYearPerColumn()
{
    VendorShareModel model;
    model.setWorkbook(mWorkbook.get());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Vendor"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("2027"));
    QCOMPARE(model.columnForYear(2026), 3);
    QCOMPARE(model.columnForYear(2031), -1);
    // The vendor colours of DESIGN §5.
    QCOMPARE(model.index(rowOf(model, QStringLiteral("Nvidia")), 0)
                 .data(VendorShareModel::ColorRole)
                 .value<QColor>(),
             QColor(0x76, 0xB9, 0x00));
    QCOMPARE(model.index(rowOf(model, QStringLiteral("AWS")), 2)
                 .data(VendorShareModel::ColorRole)
                 .value<QColor>(),
             QColor(0xFF, 0x99, 0x00));
}

void TestVendorShareModel::servesSharesWafersAndPublishedFigures()
{
    VendorShareModel model;
    model.setWorkbook(mWorkbook.get());
    const int nvidia = rowOf(model, QStringLiteral("Nvidia"));
    const QModelIndex nvidia2026 = model.index(nvidia, model.columnForYear(2026));
    QVERIFY(qAbs(nvidia2026.data().toDouble() - 55.0) <= 1.0);
    QCOMPARE(nvidia2026.data(VendorShareModel::ReportedShareRole).toDouble(), 55.0);
    QVERIFY(nvidia2026.data(VendorShareModel::WafersRole).toDouble() > 100'000);
    QVERIFY(
        nvidia2026.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Published: 55 %")));
    // 2024 (February 2025 edition of the MS note): Nvidia 51 %.
    QCOMPARE(model.index(nvidia, model.columnForYear(2024))
                 .data(VendorShareModel::ReportedShareRole)
                 .toDouble(),
             51.0);
    // Nothing was published for Microsoft: no value, not zero.
    const int microsoft = rowOf(model, QStringLiteral("Microsoft"));
    QVERIFY(!model.index(microsoft, 3).data(VendorShareModel::ReportedShareRole).isValid());

    double total = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        total += model.index(row, 3).data().toDouble();
    QVERIFY(qAbs(total - 100.0) < 1e-9);
}

void TestVendorShareModel::followsTheChosenMetric()
{
    VendorShareModel model;
    model.setWorkbook(mWorkbook.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex aws2026 =
        model.index(rowOf(model, QStringLiteral("AWS")), model.columnForYear(2026));
    const double logic = aws2026.data().toDouble();
    model.setMetric(Metric::CowosWafers);
    QCOMPARE(changed.size(), 1);
    const double cowos = aws2026.data().toDouble();
    QVERIFY(cowos > 0.0);
    QVERIFY(qAbs(cowos - logic) > 0.1);
}

void TestVendorShareModel::followsTheChosenScenario()
{
    VendorShareModel model;
    model.setWorkbook(mWorkbook.get());
    const auto scenarios = mWorkbook->scenarios();
    QVERIFY(scenarios.size() >= 2);
    const QModelIndex aws2026 =
        model.index(rowOf(model, QStringLiteral("AWS")), model.columnForYear(2026));
    const double base = aws2026.data().toDouble();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    mWorkbook->setScenario(scenarios.at(1).id); // "AWS upside": more Trainium3 in 2026
    QCOMPARE(changed.size(), 1);
    QVERIFY(aws2026.data().toDouble() > base + 1.0);
}

QTEST_MAIN(TestVendorShareModel)
#include "tst_vendorsharemodel.moc"
