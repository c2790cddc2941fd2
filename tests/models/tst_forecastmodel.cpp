// SPDX-License-Identifier: MIT
#include "models/forecastmodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

/** The assumption grid over a workbook. */
class TestForecastModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesModelTester();
    void hasARowPerProgramAndYear();
    void derivedColumnsFollowTheEngine();
    void onlyInputsAreEditable();
    void refusesBadValueAndKeepsTheCell();
    void acceptedEditRecomputesAndCanBeUndone();
    void marksOverridesInChildScenario();
    void showsDieKindsUnderTheirPackage();

private:
    QModelIndex find(const QString &program, int year, int column) const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<ForecastModel> mModel;
};

void TestForecastModel::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("m%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mModel = std::make_unique<ForecastModel>();
    mModel->setWorkbook(mWorkbook.get());
}

void TestForecastModel::cleanup()
{
    mModel.reset();
    mWorkbook.reset();
}

QModelIndex TestForecastModel::find(const QString &program, int year, int column) const
{
    for (int row = 0; row < mModel->rowCount(); ++row) {
        if (mModel->index(row, ForecastModel::ProgramColumn).data().toString() == program &&
            mModel->index(row, ForecastModel::YearColumn).data().toInt() == year)
            return mModel->index(row, column);
    }
    return {};
}

void TestForecastModel::passesModelTester()
{
    ForecastModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkbook(mWorkbook.get());
    QCOMPARE(mWorkbook->editCell(mWorkbook->input().programs.first().id, 2026,
                                 AssumptionField::Units, QStringLiteral("42")),
             QString());
    mWorkbook->undoStack()->undo();
    QCOMPARE(mWorkbook->addProgram(1, QStringLiteral("Feynman"), QString()), QString());
    mWorkbook->undoStack()->undo();
    mWorkbook->setScenario(mWorkbook->scenarios().last().id);
    model.setWorkbook(nullptr);
}

void TestForecastModel::hasARowPerProgramAndYear()
{
    // Vendor, program, year, 11 inputs (Model v2 adds harvest, packaging and packages per
    // CoWoS wafer) and 5 computed columns.
    QCOMPARE(mModel->columnCount(), 19);
    QCOMPARE(mModel->rowCount(), mWorkbook->input().programs.size() * 4);
    QCOMPARE(mModel->headerData(ForecastModel::CowosWafersColumn, Qt::Horizontal).toString(),
             QStringLiteral("CoWoS wafers"));
    const QModelIndex units = find(QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn);
    QVERIFY(units.isValid());
    QCOMPARE(units.data().toDouble(), 1'250'000.0); // data/assumption.csv: Base, Trainium3 2026
    QCOMPARE(units.siblingAtColumn(ForecastModel::VendorColumn).data().toString(),
             QStringLiteral("AWS"));
}

void TestForecastModel::derivedColumnsFollowTheEngine()
{
    // H100 die: 814 mm², 0.1 /cm², Murphy → 60 gross dies (reference table) and yield
    // ((1 − e^−0.814)/0.814)² = 0.46809.
    const QModelIndex gross =
        find(QStringLiteral("H100/H200 (Hopper)"), 2024, ForecastModel::GrossDiesColumn);
    QVERIFY(gross.isValid());
    QCOMPARE(gross.data().toInt(), 60);
    QVERIFY(qAbs(gross.siblingAtColumn(ForecastModel::YieldColumn).data().toDouble() - 0.468094) <
            1e-6);
    QVERIFY(gross.data(Qt::BackgroundRole).isValid()); // derived columns are shaded
}

void TestForecastModel::onlyInputsAreEditable()
{
    const QModelIndex units = find(QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn);
    QVERIFY(mModel->flags(units) & Qt::ItemIsEditable);
    QVERIFY(!(mModel->flags(units.siblingAtColumn(ForecastModel::LogicWafersColumn)) &
              Qt::ItemIsEditable));
    QVERIFY(
        !(mModel->flags(units.siblingAtColumn(ForecastModel::ProgramColumn)) & Qt::ItemIsEditable));
    QVERIFY(!mModel->setData(units.siblingAtColumn(ForecastModel::GrossDiesColumn), 10));
}

void TestForecastModel::refusesBadValueAndKeepsTheCell()
{
    QSignalSpy refused(mModel.get(), &ForecastModel::editRefused);
    const QModelIndex area = find(QStringLiteral("Trainium3"), 2026, ForecastModel::DieAreaColumn);
    const double before = area.data().toDouble();
    QVERIFY(!mModel->setData(area, QStringLiteral("4000")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(),
             QStringLiteral(
                 "Trainium3 2026, Die mm²: die area must be from 1 to 3,432 mm² (got 4000)."));
    QCOMPARE(area.data().toDouble(), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
}

void TestForecastModel::acceptedEditRecomputesAndCanBeUndone()
{
    const QModelIndex units = find(QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn);
    const QModelIndex wafers = units.siblingAtColumn(ForecastModel::LogicWafersColumn);
    const double before = wafers.data().toDouble();
    QSignalSpy changed(mModel.get(), &QAbstractItemModel::dataChanged);
    // Base has 1,250,000 Trainium3 packages in 2026 (data/assumption.csv); 1,875,000 is half as
    // many again.
    QVERIFY(mModel->setData(units, 1'875'000.0));
    QVERIFY(changed.size() >= 1);
    // Wafers are linear in units: half as many units again, half as many wafers again.
    QVERIFY(qAbs(wafers.data().toDouble() - 1.5 * before) < 1e-6 * before);
    mWorkbook->undoStack()->undo();
    QCOMPARE(wafers.data().toDouble(), before);
}

void TestForecastModel::marksOverridesInChildScenario()
{
    QCOMPARE(mWorkbook->createScenario(QStringLiteral("AWS bull")), QString());
    const QModelIndex units = find(QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn);
    QVERIFY(!units.data(Qt::FontRole).isValid());
    QVERIFY(mModel->setData(units, 1'500'000.0));
    QVERIFY(units.data(ForecastModel::OverriddenRole).toBool());
    QVERIFY(units.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY2(units.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Base has 1250000")),
             qPrintable(units.data(Qt::ToolTipRole).toString()));
    QVERIFY(mModel->revert(units));
    QVERIFY(!units.data(ForecastModel::OverriddenRole).toBool());
    QCOMPARE(units.data().toDouble(), 1'250'000.0);
}

void TestForecastModel::showsDieKindsUnderTheirPackage()
{
    QAbstractItemModelTester tester(mModel.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto programId = [&](const QString &name) {
        for (const Program &program : mWorkbook->input().programs) {
            if (program.name == name)
                return program.id;
        }
        return 0;
    };
    // Trainium3 (AWS) is a package without die kinds of its own in data/program.csv.
    const int trainium3 = programId(QStringLiteral("Trainium3"));
    QCOMPARE(mWorkbook->addDieKind(trainium3, QStringLiteral("I/O die"), QStringLiteral("TSMC N3P"),
                                   DieRole::Io),
             QString());
    const int ioDie = programId(QStringLiteral("I/O die"));
    QVERIFY(ioDie != 0);
    QCOMPARE(mWorkbook->input().programs.last().vendorId, 3); // AWS, the package's vendor

    // Its rows follow the package's four, named after it, before the next package's.
    const QModelIndex package2027 =
        find(QStringLiteral("Trainium3"), 2027, ForecastModel::UnitsColumn);
    const QModelIndex die2024 =
        find(QStringLiteral("Trainium3 · I/O die"), 2024, ForecastModel::UnitsColumn);
    QVERIFY(die2024.isValid());
    QCOMPARE(die2024.row(), package2027.row() + 1);

    // Units and CoWoS cells show the package's values and cannot be edited; its die can.
    const QModelIndex dieUnits =
        find(QStringLiteral("Trainium3 · I/O die"), 2026, ForecastModel::UnitsColumn);
    QCOMPARE(dieUnits.data().toDouble(), 1'250'000.0); // data/assumption.csv: Trainium3 2026
    QVERIFY(!(dieUnits.flags() & Qt::ItemIsEditable));
    QCOMPARE(dieUnits.siblingAtColumn(ForecastModel::CowosWafersColumn).data(),
             find(QStringLiteral("Trainium3"), 2026, ForecastModel::CowosWafersColumn).data());
    QVERIFY(dieUnits.siblingAtColumn(ForecastModel::DieAreaColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!mModel->setData(dieUnits, 5.0));

    // One 1 mm² die per package to start with: 1,250,000 dies at DPW(1) = floor(π·147² −
    // π·294/√2) = floor(67,886.68 − 653.11) = 67,233 and a yield of
    // ((1 − e^−0.001)/0.001)² = 0.999001 need 1,250,000 / (67,233 × 0.999001) = 18.6107 wafers.
    QVERIFY(qAbs(dieUnits.siblingAtColumn(ForecastModel::LogicWafersColumn).data().toDouble() -
                 18.6107) < 1e-4);

    // The package cannot go while it holds a die kind.
    QVERIFY(mWorkbook->removeProgram(trainium3).contains(QStringLiteral("remove them first")));
}

QTEST_MAIN(TestForecastModel)
#include "tst_forecastmodel.moc"
