// SPDX-License-Identifier: MIT
#include "app/language.h"
#include "core/localname.h"
#include "desktop/chartspage.h"
#include "desktop/forecastpage.h"
#include "desktop/mainwindow.h"
#include "models/forecastmodel.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>

#include <algorithm>

using namespace ws;

namespace {

// Words that stay as they are in the Traditional Chinese interface, each for a reason.
const QSet<QString> &keptWords()
{
    static const QSet<QString> words = {
        // Names: the program's, the toolkit's, and TSMC's packaging and the foundry itself,
        // which Taiwanese analysts write in Latin letters.
        QStringLiteral("WaferShare"),
        QStringLiteral("Qt"),
        QStringLiteral("CoWoS"),
        QStringLiteral("TSMC"),
        QStringLiteral("SQLite"),
        // Microsoft's spreadsheet goes by its product name in Taiwan too.
        QStringLiteral("Excel"),
        QStringLiteral("PCB"),
        // ISO 216's name for the paper size.
        QStringLiteral("A4"),
        // Abbreviations written the same in Chinese text.
        QStringLiteral("AI"),
        QStringLiteral("GPU"),
        QStringLiteral("ASIC"),
        QStringLiteral("HBM"),
        QStringLiteral("ID"),
        QStringLiteral("YoY"),
        // File formats, named by their extensions.
        QStringLiteral("PDF"),
        QStringLiteral("PNG"),
        QStringLiteral("SVG"),
        QStringLiteral("CSV"),
        QStringLiteral("JSON"),
        QStringLiteral("GraphML"),
        QStringLiteral("ODT"),
        // Units and symbols: mm², cm², px, dpi, pt; D0 is the defect density's symbol.
        QStringLiteral("mm"),
        QStringLiteral("cm"),
        QStringLiteral("px"),
        QStringLiteral("dpi"),
        QStringLiteral("pt"),
        QStringLiteral("D0"),
        // The yield models are named after their authors (Murphy, Seeds) and Poisson.
        QStringLiteral("Poisson"),
        QStringLiteral("Murphy"),
        QStringLiteral("Seeds"),
        // Key names on the keyboard.
        QStringLiteral("Ctrl"),
        QStringLiteral("Alt"),
        QStringLiteral("Shift"),
        QStringLiteral("Tab"),
        QStringLiteral("Esc"),
        QStringLiteral("F1"),
        // A language's own name in the language menu.
        QStringLiteral("English"),
    };
    return words;
}

/** What a person reads in the window, with where it was found. */
struct ShownText
{
    QString where;
    QString text;
};

} // namespace

/** The Traditional Chinese interface, page by page: no English that is the program's own. */
class TestChineseInterface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noEnglishOfTheProgramsOwnOnAnyPage();

private:
    void collect(QWidget *root, const QString &where);
    void collectChart(QChartView *view, const QString &where);
    void add(const QString &where, const QString &text);
    QStringList english() const;

    QTemporaryDir mDir;
    QList<ShownText> mShown;
    QStringList mDataNames;
};

void TestChineseInterface::initTestCase()
{
    QSettings().clear();
    Language::setChosen(QStringLiteral("zh_TW"));
    QCOMPARE(Language::install(*qApp), QStringLiteral("zh_TW"));
    // A scratch translation to try the test with (WS_TEST_TRANSLATION=file.qm): installed
    // last, it is asked first.
    if (const QString scratch = qEnvironmentVariable("WS_TEST_TRANSLATION"); !scratch.isEmpty()) {
        auto *translator = new QTranslator(qApp);
        QVERIFY(translator->load(scratch));
        QCoreApplication::installTranslator(translator);
    }
}

void TestChineseInterface::add(const QString &where, const QString &text)
{
    QString plain = text;
    if (Qt::mightBeRichText(plain))
        plain = QTextDocumentFragment::fromHtml(plain).toPlainText();
    plain.remove(QStringLiteral("&&")); // a literal '&'
    plain.remove(QLatin1Char('&')); // a mnemonic
    plain = plain.simplified();
    if (!plain.isEmpty())
        mShown.append({ where, plain });
}

void TestChineseInterface::collectChart(QChartView *view, const QString &where)
{
    QChart *chart = view->chart();
    add(where + QStringLiteral(" chart title"), chart->title());
    for (QAbstractAxis *axis : chart->axes()) {
        add(where + QStringLiteral(" axis title"), axis->titleText());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &category : categories->categories())
                add(where + QStringLiteral(" axis category"), category);
        }
    }
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->isVisible())
            add(where + QStringLiteral(" legend"), marker->label());
    }
}

void TestChineseInterface::collect(QWidget *root, const QString &where)
{
    for (auto *label : root->findChildren<QLabel *>()) {
        if (label->isVisible())
            add(where + QStringLiteral(" label"), label->text());
    }
    for (auto *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            add(where + QStringLiteral(" button"), button->text());
    }
    for (auto *box : root->findChildren<QGroupBox *>()) {
        if (box->isVisible())
            add(where + QStringLiteral(" group"), box->title());
    }
    for (auto *tabs : root->findChildren<QTabBar *>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i)
            add(where + QStringLiteral(" tab"), tabs->tabText(i));
    }
    for (auto *combo : root->findChildren<QComboBox *>()) {
        for (int i = 0; combo->isVisible() && i < combo->count(); ++i)
            add(where + QStringLiteral(" choice"), combo->itemText(i));
    }
    for (auto *edit : root->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            add(where + QStringLiteral(" placeholder"), edit->placeholderText());
    }
    for (auto *dock : root->findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            add(where + QStringLiteral(" dock"), dock->windowTitle());
    }
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model() || qobject_cast<QComboBox *>(view->parent()))
            continue;
        const QAbstractItemModel *model = view->model();
        // The first rows are enough: every row of a table shows the same kinds of text.
        const int rows = std::min(model->rowCount(view->rootIndex()), 40);
        for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
            add(where + QStringLiteral(" column"),
                model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < rows; ++row) {
                const QVariant shown = model->index(row, column, view->rootIndex()).data();
                if (shown.typeId() == QMetaType::QString)
                    add(where + QStringLiteral(" cell"), shown.toString());
            }
        }
    }
    for (auto *chart : root->findChildren<QChartView *>()) {
        if (chart->isVisible())
            collectChart(chart, where);
    }
}

QStringList TestChineseInterface::english() const
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_]*"));
    QStringList found;
    QSet<QString> reported;
    for (const ShownText &shown : mShown) {
        QString rest = shown.text;
        for (const QString &name : mDataNames)
            rest.replace(name, QStringLiteral(" "));
        QStringList words;
        for (auto it = word.globalMatch(rest); it.hasNext();) {
            const QString w = it.next().captured();
            if (w.size() >= 2 && !keptWords().contains(w))
                words << w;
        }
        if (!words.isEmpty() && !reported.contains(shown.text)) {
            reported.insert(shown.text);
            found << shown.where + QStringLiteral(": ") + shown.text;
        }
    }
    return found;
}

void TestChineseInterface::noEnglishOfTheProgramsOwnOnAnyPage()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("zh.sqlite")));
    QVERIFY(opened.database);
    MainWindow window(std::make_unique<Workbook>(std::move(opened.database)));
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(nameLanguage(), NameLanguage::Chinese);

    // Data is shown as the workbook holds it: names in either language, tickers, countries,
    // sources, products, program nodes and the file's name. Longest first, so that a name is
    // not half removed by a shorter one inside it.
    const Workbook *workbook = window.workbook();
    mDataNames << workbook->fileName();
    for (const Vendor &vendor : workbook->input().vendors)
        mDataNames << vendor.name << vendor.nameZh;
    for (const Program &program : workbook->input().programs)
        mDataNames << program.name << program.node;
    for (const Scenario &scenario : workbook->scenarios())
        mDataNames << scenario.name;
    for (const Company &company : workbook->supplyChain()->chain().companies)
        mDataNames << company.name << company.nameZh << company.ticker << company.country
                   << company.role << company.note;
    for (const Relation &relation : workbook->supplyChain()->chain().relations)
        mDataNames << relation.product;
    for (const ReportedValue &value : workbook->reportedValues())
        mDataNames << value.vintage << value.scope;
    for (const Source &source : workbook->sources())
        mDataNames << source.title << source.publisher << source.url << source.note;
    mDataNames.removeAll(QString());
    mDataNames.removeDuplicates();
    std::sort(mDataNames.begin(), mDataNames.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });

    // An edit of a number and of a yield model, so that the History page has rows to show.
    QSortFilterProxyModel *grid = window.forecastPage()->proxy();
    int rubin2026 = -1;
    for (int row = 0; row < grid->rowCount() && rubin2026 < 0; ++row) {
        if (grid->index(row, ForecastModel::ProgramColumn).data().toString() ==
                QLatin1String("Rubin") &&
            grid->index(row, ForecastModel::YearColumn).data().toInt() == 2026)
            rubin2026 = row;
    }
    QVERIFY(rubin2026 >= 0);
    QVERIFY(grid->setData(grid->index(rubin2026, ForecastModel::UnitsColumn), 2'800'000));
    QVERIFY(grid->setData(grid->index(rubin2026, ForecastModel::YieldModelColumn),
                          QStringLiteral("seeds")));

    for (QAction *top : window.menuBar()->actions()) {
        add(QStringLiteral("menu"), top->text());
        QList<QMenu *> menus { top->menu() };
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            Q_EMIT menu->aboutToShow(); // menus that fill themselves
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    menus << action->menu();
                if (!action->isSeparator() && !action->text().contains(QLatin1Char('/')))
                    add(QStringLiteral("menu"), action->text()); // not recent files' paths
            }
        }
    }
    // Who made the edits above, in the History page's By column and User filter, is data too.
    mDataNames << workbook->editLogUsers();
    std::sort(mDataNames.begin(), mDataNames.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const char *dock : { "undoHistoryDock", "cellDetailsDock" })
        window.findChild<QDockWidget *>(QLatin1String(dock))->show();
    auto *pages = window.findChild<QTabWidget *>();
    // Pages are made when first shown: the Charts page is asked for here to reach its list.
    auto *chartTypes = window.chartsPage()->findChild<QListWidget *>(QStringLiteral("chartTypes"));
    QVERIFY(pages && chartTypes);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QCoreApplication::processEvents();
        const QString where = pages->widget(page)->objectName();
        if (where == QLatin1String("charts")) {
            for (int type = 0; type < chartTypes->count(); ++type) {
                chartTypes->setCurrentRow(type);
                QCoreApplication::processEvents();
                collect(&window, where);
            }
        } else {
            collect(&window, where);
        }
    }

    // One line each, as a failure message would cut a long list short.
    const QStringList found = english();
    for (const QString &line : found)
        qInfo().noquote() << line;
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 texts in English").arg(found.size())));
}

QTEST_MAIN(TestChineseInterface)
#include "tst_chineseinterface.moc"
