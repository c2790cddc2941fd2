// SPDX-License-Identifier: MIT
#include "desktop/calibrationpage.h"
#include "desktop/fitpreviewdialog.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/commandrun.h"
#include "support/fileconnection.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

// Every stored assumption row, in a fixed order.
QStringList assumptionRows(const QSqlDatabase &db)
{
    QStringList rows;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT * FROM assumption ORDER BY 1, 2, 3, 4"));
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

/** The Calibration page's fit: a preview first, applied only when confirmed, as one undo step. */
class TestFitPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewListsEveryChangeAndTarget();
    void cancelChangesNothing();
    void applyIsOneUndoStep();
    void commandPreviewsAndWritesOnlyWithApply();

private:
    FitPreviewDialog *openPreview();
    double units(int programId, int year) const;

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<CalibrationPage> mPage;
};

void TestFitPreview::init()
{
    static int n = 0;
    auto opened = Database::open(mDir.filePath(QStringLiteral("fit%1.sqlite").arg(++n)));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mPage = std::make_unique<CalibrationPage>();
    mPage->setWorkbook(mWorkbook.get());
    mPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPage.get()));
}

void TestFitPreview::cleanup()
{
    mPage.reset();
    mWorkbook.reset();
}

// Clicks the page's Fit button and picks the first vintage whose fit changes something (which
// one depends on the default data, not on what is tested).
FitPreviewDialog *TestFitPreview::openPreview()
{
    QPushButton *fitButton = nullptr;
    for (auto *button : mPage->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Fit")))
            fitButton = button;
    }
    if (!fitButton)
        return nullptr;
    QTest::mouseClick(fitButton, Qt::LeftButton);
    auto *dialog = mPage->findChild<FitPreviewDialog *>();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    auto *vintages = dialog->findChild<QComboBox *>(QStringLiteral("fitVintage"));
    for (int i = 0; i < vintages->count(); ++i) {
        dialog->choose(vintages->itemData(i).toString(), 0);
        if (!dialog->fit().cells.isEmpty())
            return dialog;
    }
    return nullptr;
}

double TestFitPreview::units(int programId, int year) const
{
    const ForecastInput &input = mWorkbook->input();
    return input.at(input.programIndex(programId), input.yearIndex(year)).units;
}

void TestFitPreview::previewListsEveryChangeAndTarget()
{
    FitPreviewDialog *dialog = openPreview();
    QVERIFY(dialog);
    const CalibrationFit &fit = dialog->fit();
    QVERIFY(dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->changesTable()->rowCount(), fit.cells.size());
    QCOMPARE(dialog->targetsTable()->rowCount(), fit.targets.size());
    const QLocale locale;
    for (int row = 0; row < fit.cells.size(); ++row) {
        const FitCell &cell = fit.cells[row];
        QCOMPARE(dialog->changesTable()->item(row, 3)->text(),
                 locale.toString(cell.oldUnits, 'f', 0));
        QCOMPARE(dialog->changesTable()->item(row, 4)->text(),
                 locale.toString(cell.newUnits, 'f', 0));
        QVERIFY(dialog->changesTable()->item(row, 5)->text().endsWith(QStringLiteral(" %")));
    }
    // The summary states the cost before and after.
    QVERIFY2(dialog->summary().contains(locale.toString(fit.costBefore, 'f', 2)),
             qPrintable(dialog->summary()));

    // The years to choose from are the vintage's, with "every year" first when there are more.
    auto *years = dialog->findChild<QComboBox *>(QStringLiteral("fitYear"));
    const QList<int> covered = vintageYears(mWorkbook->reportedValues(), fit.vintage);
    QCOMPARE(years->count(), covered.size() + (covered.size() > 1 ? 1 : 0));
    QCOMPARE(years->itemData(years->count() - 1).toInt(), covered.last());
}

void TestFitPreview::cancelChangesNothing()
{
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = assumptionRows(db);
    FitPreviewDialog *dialog = openPreview();
    QVERIFY(dialog);
    QVERIFY(!dialog->fit().cells.isEmpty());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(assumptionRows(db), before);
    QCOMPARE(mWorkbook->undoStack()->count(), 0);
    QCOMPARE(mPage->message(), QString());
}

void TestFitPreview::applyIsOneUndoStep()
{
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = assumptionRows(db);
    FitPreviewDialog *dialog = openPreview();
    QVERIFY(dialog);
    const CalibrationFit fit = dialog->fit();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(mWorkbook->undoStack()->count(), 1);
    QVERIFY2(mPage->message().contains(QStringLiteral("Undo")), qPrintable(mPage->message()));
    for (const FitCell &cell : fit.cells)
        QCOMPARE(units(cell.programId, cell.year), cell.newUnits);
    QVERIFY(assumptionRows(db) != before);

    // One undo restores every old value, row for row.
    mWorkbook->undoStack()->undo();
    for (const FitCell &cell : fit.cells)
        QCOMPARE(units(cell.programId, cell.year), cell.oldUnits);
    QCOMPARE(assumptionRows(db), before);
    mWorkbook->undoStack()->redo();
    for (const FitCell &cell : fit.cells)
        QCOMPARE(units(cell.programId, cell.year), cell.newUnits);
}

void TestFitPreview::commandPreviewsAndWritesOnlyWithApply()
{
    FitPreviewDialog *dialog = openPreview();
    QVERIFY(dialog);
    const CalibrationFit fit = dialog->fit();
    const QString path = mWorkbook->path();
    const test::FileConnection file(mWorkbook->path());
    const QSqlDatabase db = file.connection();
    const QStringList before = assumptionRows(db);
    const QStringList fitArguments = { QStringLiteral("calibration"), QStringLiteral("fit"),
                                       QStringLiteral("--db"),        path,
                                       QStringLiteral("--vintage"),   fit.vintage };

    const test::CommandRun preview = test::runCommand(fitArguments);
    QCOMPARE(preview.code, 0);
    QStringList lines = preview.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("kind,vendor,year,program,metric,scope,published,before,after,"
                            "change_percent,residual_before,residual_after,weight"));
    const auto countKind = [&lines](const char *kind) {
        return static_cast<int>(
            std::count_if(lines.cbegin(), lines.cend(), [kind](const QString &l) {
                return l.startsWith(QLatin1String(kind) + QLatin1Char(','));
            }));
    };
    QCOMPARE(countKind("change"), fit.cells.size());
    QCOMPARE(countKind("target"), fit.targets.size());
    QCOMPARE(countKind("cost"), 1);
    QVERIFY2(preview.err.contains(QStringLiteral("--apply")), qPrintable(preview.err));
    QCOMPARE(assumptionRows(db), before);

    // Bad arguments change nothing either.
    QCOMPARE(test::runCommand({ QStringLiteral("calibration"), QStringLiteral("fit"),
                                QStringLiteral("--db"), path })
                 .code,
             1);
    const test::CommandRun unknown = test::runCommand(
        { QStringLiteral("calibration"), QStringLiteral("fit"), QStringLiteral("--db"), path,
          QStringLiteral("--vintage"), QStringLiteral("no such edition") });
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no such edition")), qPrintable(unknown.err));
    QCOMPARE(assumptionRows(db), before);

    const test::CommandRun applied =
        test::runCommand(fitArguments + QStringList { QStringLiteral("--apply") });
    QCOMPARE(applied.code, 0);
    QVERIFY2(applied.err.contains(QStringLiteral("applied")), qPrintable(applied.err));
    mWorkbook->reload();
    for (const FitCell &cell : fit.cells)
        QCOMPARE(units(cell.programId, cell.year), cell.newUnits);
}

QTEST_MAIN(TestFitPreview)
#include "tst_fitpreview.moc"
