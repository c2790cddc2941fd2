// SPDX-License-Identifier: MIT
#include "charts/charttext.h"
#include "charts/sharedonutchart.h"
#include "desktop/forecastpage.h"
#include "desktop/mainwindow.h"
#include "desktop/overviewpage.h"
#include "desktop/reportpage.h"
#include "models/forecastmodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The main window shown offscreen on a new default workbook. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void titleNamesTheFile();
    void donutShowsArticleSplitFor2026();
    void yearSelectorRedrawsTheDonut();
    void awsBullScenarioMovesOverviewAndUndoes();
    void typedOutOfRangeValueIsRefusedWithMessage();
    void capacityFlagShowsOnForecastAndOverview();
    void reportPagePreviewsTheChosenSections();
    void reportPageComparesTheChosenScenariosWithTheReference();
    void reportPageExportsPdfOrOpenDocumentOnly();

private:
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QPieSlice *slice(const QString &vendor) const;
};

void TestMainWindow::init()
{
    // Pages remember their choices in QSettings: start every test from none.
    QSettings().clear();
    auto opened = Database::open(mDir.filePath(QStringLiteral("window.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWindow = std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
}

void TestMainWindow::cleanup()
{
    mWindow.reset();
}

QPieSlice *TestMainWindow::slice(const QString &vendor) const
{
    return mWindow->overviewPage()->donutChart()->sliceOf(vendor);
}

void TestMainWindow::titleNamesTheFile()
{
    QVERIFY(mWindow->windowTitle().contains(QStringLiteral("window.sqlite")));
    QVERIFY(mWindow->windowTitle().contains(QStringLiteral("WaferShare")));
}

void TestMainWindow::donutShowsArticleSplitFor2026()
{
    QCOMPARE(mWindow->overviewPage()->year(), 2026);
    QCOMPARE(mWindow->overviewPage()->donutChart()->series()->count(), 7);
    const QList<std::pair<QString, double>> published = { { QStringLiteral("Nvidia"), 55 },
                                                          { QStringLiteral("Google"), 22 },
                                                          { QStringLiteral("AWS"), 6 },
                                                          { QStringLiteral("AMD"), 6 } };
    for (const auto &[vendor, share] : published) {
        QPieSlice *s = slice(vendor);
        QVERIFY2(s, qPrintable(vendor));
        QVERIFY2(qAbs(s->value() - share) <= 1.0, qPrintable(s->label()));
        QVERIFY(qAbs(s->percentage() * 100 - share) <= 1.0);
    }
    QCOMPARE(slice(QStringLiteral("Nvidia"))->color(), QColor(0x76, 0xB9, 0x00));
    // The legend names each vendor with its share.
    const auto markers = mWindow->overviewPage()->donutChart()->chart()->legend()->markers();
    QCOMPARE(markers.size(), 7);
    QVERIFY2(ChartText::shownText(markers.first()->label()).startsWith(QStringLiteral("Nvidia  5")),
             qPrintable(markers.first()->label()));
    QCOMPARE(slice(QStringLiteral("Google"))->color(), QColor(0x42, 0x85, 0xF4));
}

void TestMainWindow::yearSelectorRedrawsTheDonut()
{
    auto *years = mWindow->overviewPage()->findChild<QComboBox *>(QStringLiteral("yearCombo"));
    QVERIFY(years);
    QCOMPARE(years->count(), 4);
    const double nvidia2026 = slice(QStringLiteral("Nvidia"))->value();
    years->setCurrentIndex(years->findData(2025));
    // 2025 was Nvidia's peak year in every published series (77 % in the MS note).
    QVERIFY(slice(QStringLiteral("Nvidia"))->value() > nvidia2026 + 5.0);
    QVERIFY(
        mWindow->overviewPage()->donutChart()->chart()->title().contains(QStringLiteral("2025")));
}

namespace {

QModelIndex findRow(QAbstractItemModel *model, const QString &program, int year, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ForecastModel::ProgramColumn).data().toString() == program &&
            model->index(row, ForecastModel::YearColumn).data().toInt() == year)
            return model->index(row, column);
    }
    return {};
}

QAction *menuAction(QMainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
    }
    return nullptr;
}

} // namespace

void TestMainWindow::awsBullScenarioMovesOverviewAndUndoes()
{
    Workbook *workbook = mWindow->workbook();
    ForecastPage *page = mWindow->forecastPage();
    QVERIFY(mWindow->showPage(QStringLiteral("Forecast")));
    const double awsBase = slice(QStringLiteral("AWS"))->value();

    QCOMPARE(workbook->createScenario(QStringLiteral("AWS bull")), QString());
    auto *selector = page->findChild<QComboBox *>(QStringLiteral("scenarioSelector"));
    QVERIFY(selector->currentText().contains(QStringLiteral("AWS bull")));

    // Type the new value into the grid as a user would: 1,500,000 instead of Base's 1,250,000
    // (data/assumption.csv). That is about 17 times Trainium3's 90,000 of 2025, which the page
    // asks about first: the analyst says yes.
    QStringList asked;
    page->setConfirmFunction([&asked](const QString &question) {
        asked << question;
        return true;
    });
    const QModelIndex units = page->proxy()->mapFromSource(
        findRow(page->model(), QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn));
    QVERIFY(units.isValid());
    page->table()->scrollTo(units);
    page->table()->setCurrentIndex(units);
    page->table()->edit(units);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("1500000"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
    QTRY_COMPARE(units.data().toDouble(), 1'500'000.0);
    QCOMPARE(asked.size(), 1);

    // The Overview redraws when it is shown again (hidden pages wait).
    const auto awsOnOverview = [this] {
        mWindow->showPage(QStringLiteral("Overview"));
        return slice(QStringLiteral("AWS"))->value();
    };
    const double awsBull = awsOnOverview();
    QVERIFY2(awsBull > awsBase + 1.0,
             qPrintable(QStringLiteral("%1 -> %2").arg(awsBase).arg(awsBull)));
    QVERIFY(mWindow->statusBar()->findChildren<QLabel *>().size() > 0);

    QAction *undo = menuAction(mWindow.get(), QStringLiteral("Edit"), QStringLiteral("Undo"));
    QAction *redo = menuAction(mWindow.get(), QStringLiteral("Edit"), QStringLiteral("Redo"));
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QCOMPARE(awsOnOverview(), awsBase);
    redo->trigger();
    QCOMPARE(awsOnOverview(), awsBull);

    // Back to Base, by the selector: Base never changed.
    selector->setCurrentIndex(selector->findData(1));
    Q_EMIT selector->activated(selector->currentIndex());
    QCOMPARE(workbook->scenarioName(), QStringLiteral("Base"));
    QCOMPARE(awsOnOverview(), awsBase);
    QCOMPARE(findRow(page->model(), QStringLiteral("Trainium3"), 2026, ForecastModel::UnitsColumn)
                 .data()
                 .toDouble(),
             1'250'000.0);
}

void TestMainWindow::typedOutOfRangeValueIsRefusedWithMessage()
{
    ForecastPage *page = mWindow->forecastPage();
    QVERIFY(mWindow->showPage(QStringLiteral("Forecast")));
    const QModelIndex yield = page->proxy()->mapFromSource(findRow(
        page->model(), QStringLiteral("Trainium3"), 2026, ForecastModel::PackagingYieldColumn));
    const double before = yield.data().toDouble();
    page->table()->setCurrentIndex(yield);
    page->table()->edit(yield);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("1.5"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!page->message().isEmpty());
    QCOMPARE(yield.data().toDouble(), before);
    QVERIFY2(
        page->message().contains(QStringLiteral("packaging yield must be above 0 and at most 1")),
        qPrintable(page->message()));
}

void TestMainWindow::capacityFlagShowsOnForecastAndOverview()
{
    // Base 2027: 1,824,398 CoWoS wafers (the README's formulas over data/assumption.csv)
    // against the 1,500,000 of data/capacity.csv, held flat from end-2026.
    QVERIFY(mWindow->showPage(QStringLiteral("Forecast")));
    // 1,824,398 / 1,000 = 1,824 k needed, 1,500 k available, 1,824,398 / 1,500,000 = 122 %:
    // the year, then its figures, in one sentence.
    const QLocale locale;
    QVERIFY2(mWindow->forecastPage()->capacityFlag().contains(
                 QStringLiteral("in 2027: %1 k wafers needed, %2 k available (122 %)")
                     .arg(locale.toString(1824), locale.toString(1500))),
             qPrintable(mWindow->forecastPage()->capacityFlag()));
    QVERIFY(mWindow->showPage(QStringLiteral("Overview")));
    QVERIFY(mWindow->overviewPage()->warningText().contains(
        QStringLiteral("exceeds the recorded capacity")));
    // Halving Rubin's 2027 units (7,000,000 → 3,500,000; 9 packages per wafer at 93 % → 8.37
    // good) removes 418,160 wafers: 1,406,238 < 1,500,000, and the flag goes.
    Workbook *workbook = mWindow->workbook();
    int rubin = 0;
    for (const Program &program : workbook->input().programs) {
        if (program.name == QLatin1String("Rubin"))
            rubin = program.id;
    }
    QCOMPARE(workbook->editCell(rubin, 2027, AssumptionField::Units, QStringLiteral("3500000")),
             QString());
    QCOMPARE(mWindow->forecastPage()->capacityFlag(), QString());
    QCOMPARE(mWindow->overviewPage()->warningText(), QString());
}

void TestMainWindow::reportPagePreviewsTheChosenSections()
{
    QVERIFY(mWindow->showPage(QStringLiteral("Report")));
    ReportPage *page = mWindow->reportPage();
    QTRY_VERIFY(page->preview()->pageCount() >= 4);
    const int allPages = page->preview()->pageCount();
    QListWidget *list = nullptr; // the sections, one item per section
    for (QListWidget *candidate : page->findChildren<QListWidget *>()) {
        if (candidate->count() == ReportSettings::allSections().size())
            list = candidate;
    }
    QVERIFY(list);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("assumptions"))
            list->item(i)->setCheckState(Qt::Unchecked);
    }
    QVERIFY(!page->settings().sections.contains(QStringLiteral("assumptions")));
    QCOMPARE(page->settings().sections.first(), QStringLiteral("title"));
    // Without the two-page assumptions table the preview is shorter.
    QTRY_VERIFY(page->preview()->pageCount() < allPages);
}

void TestMainWindow::reportPageComparesTheChosenScenariosWithTheReference()
{
    ReportPage *page = mWindow->reportPage();
    auto *main = page->findChild<QComboBox *>(QStringLiteral("reportMainScenario"));
    auto *reference = page->findChild<QComboBox *>(QStringLiteral("reportReference"));
    auto *compared = page->findChild<QListWidget *>(QStringLiteral("reportComparedScenarios"));
    QVERIFY(main && reference && compared);
    // data/scenario.csv: Base (1), AWS upside (2), AMD at December allocation (3). By default
    // the report is of the open scenario, compared with nothing, against the root.
    QCOMPARE(main->currentText(), QStringLiteral("Base"));
    QCOMPARE(reference->currentText(), QStringLiteral("Base"));
    QCOMPARE(page->settings().scenarioIds, QList<int>({ 1 }));
    // Base as the report's scenario, AWS upside ticked: both are in the report, and the
    // differences compare AWS upside with Base instead of saying there is nothing to compare.
    compared->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(page->settings().scenarioIds, QList<int>({ 1, 2 }));
    QCOMPARE(page->settings().referenceScenarioId, 1);
    // Another reference, chosen as a user would.
    reference->setCurrentIndex(2);
    QCOMPARE(page->settings().referenceScenarioId, 3);
    main->setCurrentIndex(1);
    QCOMPARE(page->settings().scenarioIds, QList<int>({ 2 })); // AWS upside once
    compared->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(page->settings().scenarioIds, QList<int>({ 2, 1 }));

    // Remembered for this workbook across runs.
    const QString path = mWindow->workbook()->path();
    mWindow.reset();
    auto opened = Database::open(path);
    QVERIFY(opened.database);
    mWindow = std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    page = mWindow->reportPage();
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("reportMainScenario"))->currentText(),
             QStringLiteral("AWS upside"));
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("reportReference"))->currentText(),
             QStringLiteral("AMD at December allocation"));
    QCOMPARE(page->settings().scenarioIds, QList<int>({ 2, 1 }));
}

void TestMainWindow::reportPageExportsPdfOrOpenDocumentOnly()
{
    ReportPage *page = mWindow->reportPage();
    const QString odt = mDir.filePath(QStringLiteral("page.odt"));
    QCOMPARE(page->exportTo(odt), QString());
    QFile file(odt);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // A zip package whose first entry, stored, is the OpenDocument text's mimetype
    // (ODF 1.2 part 3, 3.3): "PK\3\4", then at offset 30 the name and its content.
    const QByteArray head = file.read(80);
    QVERIFY(head.startsWith("PK\x03\x04"));
    QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString docx = mDir.filePath(QStringLiteral("page.docx"));
    QVERIFY(page->exportTo(docx).contains(QStringLiteral("neither a PDF (.pdf) nor an "
                                                         "OpenDocument text (.odt)")));
    QVERIFY(!QFile::exists(docx));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
