// SPDX-License-Identifier: MIT
#include "desktop/calibrationpage.h"
#include "models/calibrationmodel.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/commandrun.h"
#include "support/files.h"
#include "support/tinycalibrationworkbook.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The Calibration page: published shares beside published volumes, for every vintage or one,
    on a workbook whose numbers are worked out by hand (tinycalibrationworkbook.h). */
class TestCalibrationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSharesAndVolumesApart();
    void vintageSelectorShowsOneEdition();

private:
    QTableView *table(const QString &name) const;
    QString cell(QTableView *view, int row, int column) const
    {
        return view->model()->index(row, column).data().toString();
    }

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<CalibrationPage> mPage;
};

void TestCalibrationPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(mDir.isValid());
    const QString json = mDir.filePath(QStringLiteral("tiny.json"));
    QVERIFY(test::writeFile(json, QJsonDocument(test::tinyWorkbook()).toJson()));
    const QString path = mDir.filePath(QStringLiteral("tiny.sqlite"));
    const test::CommandRun imported = test::runCommand(
        { QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"), path });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    auto opened = Database::open(path);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mPage = std::make_unique<CalibrationPage>();
    mPage->setWorkbook(mWorkbook.get());
}

QTableView *TestCalibrationPage::table(const QString &name) const
{
    for (QTableView *view : mPage->findChildren<QTableView *>()) {
        if (view->accessibleName().startsWith(name))
            return view;
    }
    return nullptr;
}

void TestCalibrationPage::showsSharesAndVolumesApart()
{
    mPage->setVintage({});
    QTableView *shares = table(QStringLiteral("Published shares"));
    QTableView *volumes = table(QStringLiteral("Published volumes"));
    QVERIFY(shares && volumes);
    // Alpha's share: 1,000 of 3,500 logic wafers = 28.6 %, −1.4 points against 30 %.
    QCOMPARE(shares->model()->rowCount(), 1);
    QCOMPARE(cell(shares, 0, CalibrationModel::ModelledColumn), QStringLiteral("28.6 %"));
    QCOMPARE(cell(shares, 0, CalibrationModel::ResidualColumn), QStringLiteral("-1.4 pp"));
    QVERIFY(shares->isColumnHidden(CalibrationModel::ScopeColumn));
    QVERIFY(!shares->isColumnHidden(CalibrationModel::VintageColumn));
    // All vendors' CoWoS wafers 238,389 against 200,000 (+19.2 %); B2 alone 500 wafers against
    // 400 (+25.0 %), with its scope.
    QCOMPARE(volumes->model()->rowCount(), 2);
    QCOMPARE(cell(volumes, 0, CalibrationModel::VendorColumn), QStringLiteral("All vendors"));
    QCOMPARE(cell(volumes, 0, CalibrationModel::ScopeColumn), QStringLiteral("Total"));
    QCOMPARE(cell(volumes, 0, CalibrationModel::ModelledColumn), QStringLiteral("238,389"));
    QCOMPARE(cell(volumes, 0, CalibrationModel::ResidualPercentColumn), QStringLiteral("+19.2 %"));
    QCOMPARE(cell(volumes, 1, CalibrationModel::ScopeColumn), QStringLiteral("B2 only"));
    QCOMPARE(cell(volumes, 1, CalibrationModel::ModelledColumn), QStringLiteral("500"));
    QCOMPARE(cell(volumes, 1, CalibrationModel::ResidualPercentColumn), QStringLiteral("+25.0 %"));
}

void TestCalibrationPage::vintageSelectorShowsOneEdition()
{
    QComboBox *vintage = nullptr;
    for (QComboBox *combo : mPage->findChildren<QComboBox *>()) {
        if (combo->findData(QStringLiteral("Bank, May 2026")) >= 0)
            vintage = combo;
    }
    QVERIFY(vintage);
    QStringList items;
    for (int i = 0; i < vintage->count(); ++i)
        items << vintage->itemText(i);
    QCOMPARE(items,
             QStringList({ QStringLiteral("All vintages"), QStringLiteral("Bank, May 2026"),
                           QStringLiteral("Other, June 2026") }));

    vintage->setCurrentIndex(vintage->findData(QStringLiteral("Bank, May 2026")));
    QCOMPARE(mPage->vintage(), QStringLiteral("Bank, May 2026"));
    QCOMPARE(mPage->model()->rowCount(), 2);
    QCOMPARE(table(QStringLiteral("Published shares"))->model()->rowCount(), 0);
    QTableView *volumes = table(QStringLiteral("Published volumes"));
    QCOMPARE(volumes->model()->rowCount(), 2);
    QVERIFY(volumes->isColumnHidden(CalibrationModel::VintageColumn));

    // A recomputation keeps the choice.
    Q_EMIT mWorkbook->forecastChanged();
    QCOMPARE(mPage->vintage(), QStringLiteral("Bank, May 2026"));
    QCOMPARE(mPage->model()->rowCount(), 2);

    vintage->setCurrentIndex(0);
    QCOMPARE(mPage->model()->rowCount(), 3);
}

QTEST_MAIN(TestCalibrationPage)
#include "tst_calibrationpage.moc"
