// SPDX-License-Identifier: MIT
#include "models/calibrationmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ws;

namespace {

const QStringList vendorNames = { QStringLiteral("Nvidia"), QStringLiteral("Google"),
                                  QStringLiteral("AWS") };
const QHash<int, QString> sourceTitles = { { 1, QStringLiteral("CommonWealth Magazine") },
                                           { 2, QStringLiteral("Simmtester") } };

CalibrationRow row(int vendorIndex, int year, const char *metric, double reported, double modelled,
                   double residual, int sourceId)
{
    CalibrationRow row;
    row.vendorIndex = vendorIndex;
    row.year = year;
    row.metric = QString::fromLatin1(metric);
    row.reported = reported;
    row.modelled = modelled;
    row.residual = residual;
    row.sourceId = sourceId;
    return row;
}

QList<CalibrationRow> sampleRows()
{
    return {
        row(0, 2026, "compute_wafer_share", 55.0, 55.1234, 0.1234, 1),
        row(1, 2025, "compute_wafers", 85'000.0, 98'765.4, 13'765.4, 2),
        row(2, 2026, "cowos_wafers", 70'000.0, 68'681.2, -1'318.8, 1),
        row(1, 2026, "units", 3'700'000.0, 3'700'000.0, 0.0, 42),
        row(0, 2024, "cowos_share", 51.0, 50.96, -0.04, 2),
    };
}

} // namespace

/** The calibration table: published figures beside modelled ones. */
class TestCalibrationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void hasTheCalibrationColumns();
    void showsSharesAndCountsReadably();
    void servesRawValuesInRoles();
    void showsScopeVintageAndVolumeResidualsInPercent();

private:
    QString text(const CalibrationModel &model, int row, int column) const
    {
        return model.index(row, column).data().toString();
    }
};

void TestCalibrationModel::initTestCase()
{
    // Thousands separators and decimal points as an English reader sees them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCalibrationModel::passesModelTester()
{
    CalibrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows(sampleRows(), vendorNames, sourceTitles);
    QCOMPARE(model.rowCount(), 5);
    model.setRows(sampleRows().mid(1, 2), vendorNames, sourceTitles);
    QCOMPARE(model.rowCount(), 2);
    model.setRows({}, {}, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 3);
}

void TestCalibrationModel::hasTheCalibrationColumns()
{
    CalibrationModel model;
    QCOMPARE(model.columnCount(), 10);
    const QStringList headers = { QStringLiteral("Vendor"),     QStringLiteral("Year"),
                                  QStringLiteral("Metric"),     QStringLiteral("Scope"),
                                  QStringLiteral("Vintage"),    QStringLiteral("Reported"),
                                  QStringLiteral("Modelled"),   QStringLiteral("Residual"),
                                  QStringLiteral("Residual %"), QStringLiteral("Source") };
    for (int column = 0; column < headers.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers[column]);
}

void TestCalibrationModel::showsSharesAndCountsReadably()
{
    CalibrationModel model;
    model.setRows(sampleRows(), vendorNames, sourceTitles);
    using C = CalibrationModel::Column;

    // A share: one decimal and a percent sign; its residual in points, with a sign.
    QCOMPARE(text(model, 0, C::VendorColumn), QStringLiteral("Nvidia"));
    QCOMPARE(text(model, 0, C::YearColumn), QStringLiteral("2026"));
    QCOMPARE(text(model, 0, C::MetricColumn), QStringLiteral("Compute-wafer share"));
    QCOMPARE(text(model, 0, C::ReportedColumn), QStringLiteral("55.0 %"));
    QCOMPARE(text(model, 0, C::ModelledColumn), QStringLiteral("55.1 %"));
    QCOMPARE(text(model, 0, C::ResidualColumn), QStringLiteral("+0.1 pp"));
    QCOMPARE(text(model, 0, C::SourceColumn), QStringLiteral("CommonWealth Magazine"));

    // Wafers: whole, with thousands separators; 98,765.4 rounds to 98,765.
    QCOMPARE(text(model, 1, C::VendorColumn), QStringLiteral("Google"));
    QCOMPARE(text(model, 1, C::MetricColumn), QStringLiteral("Compute wafers"));
    QCOMPARE(text(model, 1, C::ReportedColumn), QStringLiteral("85,000"));
    QCOMPARE(text(model, 1, C::ModelledColumn), QStringLiteral("98,765"));
    QCOMPARE(text(model, 1, C::ResidualColumn), QStringLiteral("+13,765"));
    QCOMPARE(text(model, 1, C::SourceColumn), QStringLiteral("Simmtester"));

    // A negative residual: −1,318.8 shows as -1,319.
    QCOMPARE(text(model, 2, C::MetricColumn), QStringLiteral("CoWoS wafers"));
    QCOMPARE(text(model, 2, C::ResidualColumn), QStringLiteral("-1,319"));

    // Units with an exact match: no sign on zero; an unknown source by its id.
    QCOMPARE(text(model, 3, C::MetricColumn), QStringLiteral("Units"));
    QCOMPARE(text(model, 3, C::ReportedColumn), QStringLiteral("3,700,000"));
    QCOMPARE(text(model, 3, C::ResidualColumn), QStringLiteral("0"));
    QCOMPARE(text(model, 3, C::SourceColumn), QStringLiteral("source 42"));

    // −0.04 points rounds to zero and shows without a sign rather than as "-0.0".
    QCOMPARE(text(model, 4, C::MetricColumn), QStringLiteral("CoWoS share"));
    QCOMPARE(text(model, 4, C::ModelledColumn), QStringLiteral("51.0 %"));
    QCOMPARE(text(model, 4, C::ResidualColumn), QStringLiteral("0.0 pp"));

    QCOMPARE(model.index(1, C::ReportedColumn).data(Qt::TextAlignmentRole).toInt(),
             static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
}

void TestCalibrationModel::servesRawValuesInRoles()
{
    CalibrationModel model;
    model.setRows(sampleRows(), vendorNames, sourceTitles);
    const QModelIndex cell = model.index(2, CalibrationModel::VendorColumn);
    QCOMPARE(cell.data(CalibrationModel::ReportedRole).toDouble(), 70'000.0);
    QCOMPARE(cell.data(CalibrationModel::ModelledRole).toDouble(), 68'681.2);
    QCOMPARE(cell.data(CalibrationModel::ResidualRole).toDouble(), -1'318.8);
    QCOMPARE(cell.data(CalibrationModel::SourceIdRole).toInt(), 1);
    QCOMPARE(
        model.index(3, CalibrationModel::SourceColumn).data(CalibrationModel::SourceIdRole).toInt(),
        42);
}

void TestCalibrationModel::showsScopeVintageAndVolumeResidualsInPercent()
{
    // AWS's Trainium3 CoWoS wafers: 46,750.8 modelled against 70,000 published, −23,249.2 =
    // −33.21 % of the published figure; the market's total 996,913.8 against 1,150,000,
    // −13.31 %. A share has no percent residual.
    CalibrationRow scoped = row(2, 2026, "cowos_wafers", 70'000.0, 46'750.8, -23'249.2, 1);
    scoped.scope = QStringLiteral("AWS via Alchip: Trainium3");
    scoped.vintage = QStringLiteral("Morgan Stanley, October 2025");
    scoped.residualPercent = -23'249.2 / 70'000.0 * 100.0;
    CalibrationRow market = row(-1, 2026, "cowos_wafers", 1'150'000.0, 996'913.8, -153'086.2, 9);
    market.residualPercent = -153'086.2 / 1'150'000.0 * 100.0;
    CalibrationRow share = row(0, 2026, "compute_wafer_share", 55.0, 55.1, 0.1, 1);
    CalibrationModel model;
    model.setRows({ scoped, market, share }, vendorNames, sourceTitles);
    using C = CalibrationModel::Column;

    QCOMPARE(text(model, 0, C::ScopeColumn), QStringLiteral("AWS via Alchip: Trainium3"));
    QCOMPARE(text(model, 0, C::VintageColumn), QStringLiteral("Morgan Stanley, October 2025"));
    QCOMPARE(text(model, 0, C::ResidualPercentColumn), QStringLiteral("-33.2 %"));
    QCOMPARE(model.index(0, 0).data(CalibrationModel::KindRole).toString(),
             QStringLiteral("volume"));
    QVERIFY(qAbs(model.index(0, 0).data(CalibrationModel::ResidualPercentRole).toDouble() -
                 (-33.213142857)) < 1e-6);

    QCOMPARE(text(model, 1, C::VendorColumn), QStringLiteral("All vendors"));
    QCOMPARE(text(model, 1, C::ScopeColumn), QStringLiteral("Total"));
    QCOMPARE(text(model, 1, C::ResidualPercentColumn), QStringLiteral("-13.3 %"));

    QCOMPARE(text(model, 2, C::ResidualPercentColumn), QString());
    QCOMPARE(model.index(2, 0).data(CalibrationModel::KindRole).toString(),
             QStringLiteral("share"));
    QVERIFY(!model.index(2, 0).data(CalibrationModel::ResidualPercentRole).isValid());
}

QTEST_GUILESS_MAIN(TestCalibrationModel)
#include "tst_calibrationmodel.moc"
