// SPDX-License-Identifier: MIT
#include "desktop/forecastpage.h"
#include "models/forecastmodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ws;

namespace {

constexpr int trainium3 = 9; // data/program.csv
// data/assumption.csv, Base: Trainium3 ships 90,000 (2025), 1,250,000 (2026) and 2,200,000
// (2027) packages of two 620 mm² dies on a 2,000 mm² interposer.

} // namespace

/** The Forecast grid as an analyst uses it: numbers typed with the keyboard, blocks pasted
    from a spreadsheet and copied out again, and the questions and messages on the way. Each
    check reads the model and the workbook file. */
class TestForecastEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedNumbersAreStoredExactlyOrRefused_data();
    void typedNumbersAreStoredExactlyOrRefused();
    void editorShowsTheValueInFull();
    void valueTenTimesTheYearBeforeIsAskedAbout();
    void messageBoxQuestionDecidesTheEdit();
    void refusalMessageClearsOnNextEditAndOnUndo();
    void pastedBlockIsOneUndoStep();
    void pastedBlockWithOneBadCellChangesNothing();
    void pasteIntoComputedColumnIsRefused();
    void copiedCellsPasteBackToTheSameValues();
    void editorStatesTheRangeItChecks();
    void copiedNamesReachASpreadsheetAsText();

private:
    QModelIndex cell(int programId, int year, int column) const;
    QString stored(int programId, int year, const QString &field) const;
    void type(const QModelIndex &index, const QString &text);

    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<Workbook> mWorkbook;
    std::unique_ptr<ForecastPage> mPage;
    QStringList mAsked; // the soft-limit questions, answered by mAnswer
    bool mAnswer = true;
};

void TestForecastEditing::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    mPath = mDir.filePath(QStringLiteral("%1-%2.sqlite")
                              .arg(QLatin1String(QTest::currentTestFunction()),
                                   QLatin1String(QTest::currentDataTag())));
    auto opened = Database::open(mPath);
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mPage = std::make_unique<ForecastPage>();
    mPage->setWorkbook(mWorkbook.get());
    mAsked.clear();
    mAnswer = true;
    mPage->setConfirmFunction([this](const QString &question) {
        mAsked << question;
        return mAnswer;
    });
    mPage->resize(1400, 900);
    mPage->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPage.get()));
}

void TestForecastEditing::cleanup()
{
    mPage.reset();
    mWorkbook.reset();
}

QModelIndex TestForecastEditing::cell(int programId, int year, int column) const
{
    const ForecastModel *model = mPage->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(ForecastModel::ProgramIdRole).toInt() == programId &&
            index.data(ForecastModel::YearRole).toInt() == year)
            return mPage->proxy()->mapFromSource(index);
    }
    return {};
}

QString TestForecastEditing::stored(int programId, int year, const QString &field) const
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("p"));
        db.setDatabaseName(mPath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT value FROM assumption WHERE scenario_id = 1 AND "
                                         "program_id = ? AND year = ? AND field = ?"));
            query.addBindValue(programId);
            query.addBindValue(year);
            query.addBindValue(field);
            if (query.exec() && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("p"));
    return value;
}

// Types @p text into the cell's editor as a user would and presses Enter.
void TestForecastEditing::type(const QModelIndex &index, const QString &text)
{
    QTableView *table = mPage->table();
    table->setFocus();
    table->setCurrentIndex(index);
    table->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QCOMPARE(editor->text(), text); // not one keystroke swallowed
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!table->indexWidget(index) && QApplication::focusWidget() == table);
}

void TestForecastEditing::typedNumbersAreStoredExactlyOrRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // as stored; empty: refused
    QTest::addColumn<QString>("reason");
    QTest::newRow("exponent") << "2.5e6"
                              << "2500000" << QString();
    QTest::newRow("grouped") << "2,500,000"
                             << "2500000" << QString();
    QTest::newRow("suffix M") << "1.5M"
                              << "1500000" << QString();
    QTest::newRow("plain") << "2500000"
                           << "2500000" << QString();
    QTest::newRow("suffix k") << "2300k"
                              << "2300000" << QString();
    QTest::newRow("too many") << "1e30" << QString()
                              << "units must be from 0 to 10,000,000,000 (got 1e+30)";
    QTest::newRow("letters") << "abc" << QString() << "'abc' is not a number";
    QTest::newRow("trailing x") << "12x" << QString() << "'12x' is not a number";
    QTest::newRow("fraction") << "2.5" << QString() << "units must be a whole number";
    QTest::newRow("milli") << "3m" << QString() << "lowercase m";
}

void TestForecastEditing::typedNumbersAreStoredExactlyOrRefused()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, reason);
    const QModelIndex units = cell(trainium3, 2027, ForecastModel::UnitsColumn);
    QVERIFY(units.isValid());
    QCOMPARE(units.data(Qt::EditRole).toDouble(), 2'200'000.0);
    const int steps = mWorkbook->undoStack()->count();

    type(units, typed);
    if (expected.isEmpty()) {
        QCOMPARE(units.data(Qt::EditRole).toDouble(), 2'200'000.0);
        QCOMPARE(stored(trainium3, 2027, QStringLiteral("units")), QStringLiteral("2200000"));
        QCOMPARE(mWorkbook->undoStack()->count(), steps);
        QVERIFY2(mPage->message().startsWith(QStringLiteral("Not changed — Trainium3 2027, Units")),
                 qPrintable(mPage->message()));
        QVERIFY2(mPage->message().contains(reason), qPrintable(mPage->message()));
    } else {
        QCOMPARE(units.data(Qt::EditRole).toDouble(), expected.toDouble());
        QCOMPARE(stored(trainium3, 2027, QStringLiteral("units")), expected);
        QCOMPARE(mWorkbook->undoStack()->count(), steps + 1);
        QCOMPARE(mPage->message(), QString());
    }
    QVERIFY(mAsked.isEmpty()); // 1.5 to 2.5 million after 1.25 million: within ten times
}

void TestForecastEditing::editorShowsTheValueInFull()
{
    // The grid rounds packaging yield to three decimals; the editor must not.
    QCOMPARE(mWorkbook->editCell(trainium3, 2026, AssumptionField::PackagingYield,
                                 QStringLiteral("0.93125")),
             QString());
    const QModelIndex yield = cell(trainium3, 2026, ForecastModel::PackagingYieldColumn);
    QCOMPARE(yield.data(Qt::DisplayRole).toDouble(), 0.93125);
    mPage->table()->setFocus();
    mPage->table()->setCurrentIndex(yield);
    mPage->table()->edit(yield);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("0.93125"));
    // Enter on the unchanged text writes nothing.
    const int steps = mWorkbook->undoStack()->count();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), mPage->table());
    QCOMPARE(mWorkbook->undoStack()->count(), steps);
}

void TestForecastEditing::valueTenTimesTheYearBeforeIsAskedAbout()
{
    // 2026 after 90,000 in 2025: 2,500,000 is 27.8 times as many (shown to two digits, 28),
    // and is asked about.
    const QModelIndex units = cell(trainium3, 2026, ForecastModel::UnitsColumn);
    mAnswer = false;
    type(units, QStringLiteral("2.5M"));
    QCOMPARE(mAsked.size(), 1);
    QVERIFY2(mAsked.first().contains(QStringLiteral("28× the 90000 of 2025")),
             qPrintable(mAsked.first()));
    QCOMPARE(units.data(Qt::EditRole).toDouble(), 1'250'000.0);
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("1250000"));
    QVERIFY2(mPage->message().contains(QStringLiteral("kept the earlier value")),
             qPrintable(mPage->message()));

    mAnswer = true;
    type(units, QStringLiteral("2.5M"));
    QCOMPARE(mAsked.size(), 2);
    QCOMPARE(units.data(Qt::EditRole).toDouble(), 2'500'000.0);
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("2500000"));

    // 800,000 is within ten times of the 90,000 of 2025 (8.9×): no question.
    type(units, QStringLiteral("800000"));
    QCOMPARE(mAsked.size(), 2);
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("800000"));
}

void TestForecastEditing::messageBoxQuestionDecidesTheEdit()
{
    // A page with its own question box, answered by a timer as a user would click it.
    mPage.reset();
    ForecastPage page;
    page.setWorkbook(mWorkbook.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QString asked;
    const auto answerNextBox = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(button)->click();
        });
    };
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const QModelIndex index = page.proxy()->index(row, ForecastModel::UnitsColumn);
        if (index.data(ForecastModel::ProgramIdRole).toInt() == trainium3 &&
            index.data(ForecastModel::YearRole).toInt() == 2026)
            page.table()->setCurrentIndex(index);
    }
    answerNextBox(QMessageBox::No);
    QCOMPARE(page.pasteText(QStringLiteral("2500000")),
             QStringLiteral("you kept the earlier values."));
    QVERIFY2(asked.contains(QStringLiteral("28× the 90000 of 2025")), qPrintable(asked));
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("1250000"));

    asked.clear();
    answerNextBox(QMessageBox::Yes);
    QCOMPARE(page.pasteText(QStringLiteral("2500000")), QString());
    QVERIFY(!asked.isEmpty());
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("2500000"));
}

void TestForecastEditing::refusalMessageClearsOnNextEditAndOnUndo()
{
    const QModelIndex units = cell(trainium3, 2027, ForecastModel::UnitsColumn);
    type(units, QStringLiteral("abc"));
    QVERIFY(!mPage->message().isEmpty());
    type(units, QStringLiteral("2,400,000"));
    QCOMPARE(mPage->message(), QString());

    type(units, QStringLiteral("12x"));
    QVERIFY(!mPage->message().isEmpty());
    mWorkbook->undoStack()->undo();
    QCOMPARE(mPage->message(), QString());
    QCOMPARE(units.data(Qt::EditRole).toDouble(), 2'200'000.0);

    // A warning about the value just stored (a die above one reticle) ends with its undo. Two
    // such dies still fit Trainium3's 2,000 mm² interposer (2 × 875 = 1,750 mm²).
    QCOMPARE(
        mWorkbook->editCell(trainium3, 2027, AssumptionField::DieAreaMm2, QStringLiteral("870")),
        QString());
    type(cell(trainium3, 2027, ForecastModel::DieAreaColumn), QStringLiteral("875"));
    QVERIFY2(mPage->message().contains(QStringLiteral("reticle limit")),
             qPrintable(mPage->message()));
    mWorkbook->undoStack()->undo();
    QCOMPARE(mPage->message(), QString());
}

void TestForecastEditing::pastedBlockIsOneUndoStep()
{
    // Units and dies per package of Trainium3 in 2026 and 2027 (the next row).
    const QModelIndex start = cell(trainium3, 2026, ForecastModel::UnitsColumn);
    QCOMPARE(start.siblingAtRow(start.row() + 1).data(ForecastModel::YearRole).toInt(), 2027);
    mPage->table()->setFocus();
    mPage->table()->setCurrentIndex(start);
    // Three dies of 620 mm² (1,860 mm²) still fit the 2,000 mm² interposer; four would not.
    QApplication::clipboard()->setText(QStringLiteral("2500000\t3\r\n1,500,000\t3\r\n"));
    const int steps = mWorkbook->undoStack()->count();
    QTest::keyClick(mPage->table(), Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(mPage->message(), QString());
    // 2,500,000 is 28 times the 90,000 of 2025: asked once for the block, answered yes.
    QCOMPARE(mAsked.size(), 1);
    QCOMPARE(mWorkbook->undoStack()->count(), steps + 1);
    const auto expect = [&](const char *units2026, const char *dies2026, const char *units2027,
                            const char *dies2027) {
        const QList<std::tuple<int, int, QString, const char *>> cells = {
            { 2026, ForecastModel::UnitsColumn, QStringLiteral("units"), units2026 },
            { 2026, ForecastModel::DiesPerPackageColumn, QStringLiteral("dies_per_package"),
              dies2026 },
            { 2027, ForecastModel::UnitsColumn, QStringLiteral("units"), units2027 },
            { 2027, ForecastModel::DiesPerPackageColumn, QStringLiteral("dies_per_package"),
              dies2027 },
        };
        for (const auto &[year, column, field, value] : cells) {
            QCOMPARE(stored(trainium3, year, field), QLatin1String(value));
            QCOMPARE(cell(trainium3, year, column).data(Qt::EditRole).toDouble(),
                     QByteArray(value).toDouble());
        }
    };
    expect("2500000", "3", "1500000", "3");
    mWorkbook->undoStack()->undo();
    expect("1250000", "2", "2200000", "2");
    mWorkbook->undoStack()->redo();
    expect("2500000", "3", "1500000", "3");
}

void TestForecastEditing::pastedBlockWithOneBadCellChangesNothing()
{
    const QModelIndex start = cell(trainium3, 2026, ForecastModel::UnitsColumn);
    mPage->table()->setCurrentIndex(start);
    const int steps = mWorkbook->undoStack()->count();
    const QString refusal = mPage->pasteText(QStringLiteral("1200000\t3\n12x\t4\n1,300,000\t65\n"));
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(mWorkbook->undoStack()->count(), steps);
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("units")), QStringLiteral("1250000"));
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("dies_per_package")), QStringLiteral("2"));
    QCOMPARE(stored(trainium3, 2027, QStringLiteral("dies_per_package")), QStringLiteral("2"));
    const QString message = mPage->message();
    QVERIFY2(message.startsWith(QStringLiteral("Nothing pasted — 2 cell(s) refused")),
             qPrintable(message));
    // Both problems, each with where it is and why.
    QVERIFY2(message.contains(
                 QStringLiteral("row 2, column 1 (Trainium3 2027, Units): '12x' is not a number")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("row 3, column 2")) &&
                 message.contains(QStringLiteral("dies per package must be from 1 to 64 (got 65)")),
             qPrintable(message));
    QVERIFY(mAsked.isEmpty());
}

void TestForecastEditing::pasteIntoComputedColumnIsRefused()
{
    const QModelIndex start = cell(trainium3, 2026, ForecastModel::PackagingYieldColumn);
    mPage->table()->setCurrentIndex(start);
    const QString refusal = mPage->pasteText(QStringLiteral("0.9\t100\n"));
    QVERIFY2(refusal.contains(QStringLiteral("row 1, column 2 (Trainium3 2026, Gross dies, "
                                             "'100'): this cell cannot be edited")),
             qPrintable(refusal));
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("packaging_yield")).isEmpty(), false);
    QVERIFY(stored(trainium3, 2026, QStringLiteral("packaging_yield")) != QLatin1String("0.9"));
}

void TestForecastEditing::copiedCellsPasteBackToTheSameValues()
{
    // Trainium3 2026–2027, units and dies per package, then the yield model beside a fraction.
    QCOMPARE(mWorkbook->editCell(trainium3, 2026, AssumptionField::PackagingYield,
                                 QStringLiteral("0.93125")),
             QString());
    QTableView *table = mPage->table();
    const QModelIndex from = cell(trainium3, 2026, ForecastModel::UnitsColumn);
    table->setFocus();
    table->selectionModel()->select(
        QItemSelection(
            from,
            from.siblingAtColumn(ForecastModel::DiesPerPackageColumn).siblingAtRow(from.row() + 1)),
        QItemSelectionModel::ClearAndSelect);
    table->selectionModel()->setCurrentIndex(from, QItemSelectionModel::NoUpdate);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("1250000\t2\n2200000\t2\n"));

    // Paste onto Trainium2 (id 8): 250,000 and 100,000 units become Trainium3's.
    const QModelIndex to = cell(8, 2026, ForecastModel::UnitsColumn);
    table->setCurrentIndex(to);
    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(mPage->message(), QString());
    QCOMPARE(stored(8, 2026, QStringLiteral("units")), QStringLiteral("1250000"));
    QCOMPARE(stored(8, 2027, QStringLiteral("units")), QStringLiteral("2200000"));

    // A fraction that the grid shows rounded goes out and back in full.
    const QModelIndex yield = cell(trainium3, 2026, ForecastModel::PackagingYieldColumn);
    table->selectionModel()->select(yield, QItemSelectionModel::ClearAndSelect);
    mPage->copySelection();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("0.93125\n"));
    table->setCurrentIndex(cell(8, 2026, ForecastModel::PackagingYieldColumn));
    QCOMPARE(mPage->pasteText(QApplication::clipboard()->text()), QString());
    QCOMPARE(stored(8, 2026, QStringLiteral("packaging_yield")), QStringLiteral("0.93125"));
}

void TestForecastEditing::editorStatesTheRangeItChecks()
{
    // DESIGN §2: a packaging yield is above 0 (no package ever good is no forecast) and at most
    // 1. The editor said "0 to 1", then refused the 0 it invited.
    const QModelIndex yield = cell(trainium3, 2026, ForecastModel::PackagingYieldColumn);
    mPage->table()->setFocus();
    mPage->table()->setCurrentIndex(yield);
    mPage->table()->edit(yield);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY2(editor->toolTip().startsWith(QStringLiteral("Above 0 and at most 1.")),
             qPrintable(editor->toolTip()));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_COMPARE(QApplication::focusWidget(), mPage->table());

    const QString before = stored(trainium3, 2026, QStringLiteral("packaging_yield"));
    type(yield, QStringLiteral("0"));
    QCOMPARE(stored(trainium3, 2026, QStringLiteral("packaging_yield")), before);
    QVERIFY2(mPage->message().contains(
                 QStringLiteral("packaging yield must be above 0 and at most 1 (got 0).")),
             qPrintable(mPage->message()));

    // Units: an inclusive range, from none shipped to ten billion.
    const QModelIndex units = cell(trainium3, 2026, ForecastModel::UnitsColumn);
    mPage->table()->setCurrentIndex(units);
    mPage->table()->edit(units);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QVERIFY2(editor->toolTip().startsWith(QStringLiteral("0 to 10,000,000,000.")),
             qPrintable(editor->toolTip()));
    QTest::keyClick(editor, Qt::Key_Escape);
}

void TestForecastEditing::copiedNamesReachASpreadsheetAsText()
{
    // A program named like a spreadsheet formula, with quotes and a comma (names may hold
    // them; DESIGN §2 forbids only control characters).
    const QString name = QStringLiteral("=HYPERLINK(\"http://x\",\"a,b\")");
    QCOMPARE(mWorkbook->addProgram(1, name, QStringLiteral("N3")), QString());
    int programId = 0;
    for (const Program &program : mWorkbook->input().programs) {
        if (program.name == name)
            programId = program.id;
    }
    QVERIFY(programId > 0);
    const QModelIndex from = cell(programId, 2026, ForecastModel::ProgramColumn);
    QVERIFY(from.isValid());
    QTableView *table = mPage->table();
    table->setFocus();
    table->selectionModel()->select(
        QItemSelection(from, from.siblingAtColumn(ForecastModel::UnitsColumn)),
        QItemSelectionModel::ClearAndSelect);
    mPage->copySelection();
    // Program, year, units (a new program ships none). By hand, RFC 4180 with a tab between
    // fields: the apostrophe makes the name text, the field is quoted because it holds quotes,
    // and each inner quote is doubled. The comma needs nothing between tabs.
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"\t2026\t0\n"));
}

QTEST_MAIN(TestForecastEditing)
#include "tst_forecastediting.moc"
