// SPDX-License-Identifier: MIT
#include "desktop/exportchartdialog.h"
#include "desktop/mainwindow.h"
#include "desktop/reportpage.h"
#include "models/workbook.h"
#include "store/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace ws;

namespace {

// The action of the menu bar called @p menu ▸ @p text (both as written, with their '&').
QAction *menuAction(MainWindow *window, const QString &menu, const QString &text)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text() != menu)
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// Runs @p open, which shows a modal dialog, and hands the dialog to @p inspect, which must close
// it. Returns whether a dialog of type T came up at all.
template<typename T>
bool withModalDialog(const std::function<void()> &open, const std::function<void(T *)> &inspect)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            inspect(dialog);
        }
    });
    poll.start();
    open();
    poll.stop();
    return seen;
}

// Text a person reads with a literal '&' in it: '&&' shows one '&' on purpose, and a label
// with a buddy, like a button, turns its one '&' into an underlined mnemonic.
bool showsLiteralAmpersand(QString text, bool hasMnemonic)
{
    text.remove(QStringLiteral("&&"));
    return text.count(QLatin1Char('&')) > (hasMnemonic ? 1 : 0);
}

} // namespace

/** Help and the defaults a new user meets: the guide offline, a print preview, save dialogs in
    the documents folder, dialogs without stray '&', and About's newest source date. */
class TestHelpAndDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void f1OpensTheGuideWithItsPictures();
    void printPreviewShowsTheReport();
    void saveDialogsStartInDocumentsThenInTheLastFolder();
    void exportChartDialogShowsNoLiteralAmpersand();
    void aboutGivesTheNewestSourceDate();

private:
    std::unique_ptr<MainWindow> start();

    QTemporaryDir mDir;
    QString mDocuments;
};

void TestHelpAndDefaults::initTestCase()
{
    // A home of our own with a Documents folder and no user-dirs.dirs: the documents folder is
    // then $HOME/Documents (the XDG default). The program runs in its source folder, as it
    // does when started from a build beside it.
    const QString home = mDir.filePath(QStringLiteral("home"));
    mDocuments = home + QStringLiteral("/Documents");
    QVERIFY(QDir().mkpath(mDocuments));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.config")));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    QVERIFY(QDir::setCurrent(QStringLiteral(WS_SOURCE_DIR)));
}

void TestHelpAndDefaults::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestHelpAndDefaults::start()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("help.sqlite")));
    if (!opened.database)
        return nullptr;
    auto window =
        std::make_unique<MainWindow>(std::make_unique<Workbook>(std::move(opened.database)));
    window->show();
    return window;
}

void TestHelpAndDefaults::f1OpensTheGuideWithItsPictures()
{
    auto window = start();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *guide = window->findChild<QWidget *>(QStringLiteral("userGuide"));
    QVERIFY2(guide && guide->isVisible(), "F1 showed no guide window");
    auto *browser = guide->findChild<QTextBrowser *>();
    QVERIFY(browser);

    // Every heading of docs/guide.md, read from the file itself, is in the window's text.
    QFile file(QStringLiteral(WS_SOURCE_DIR "/docs/guide.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    static const QRegularExpression heading(QStringLiteral("^#+ (.+)$"),
                                            QRegularExpression::MultilineOption);
    QStringList headings;
    for (auto it = heading.globalMatch(markdown); it.hasNext();)
        headings << it.next().captured(1).trimmed();
    QVERIFY(headings.contains(QStringLiteral("Exploring the charts")));
    const QString shown = browser->toPlainText();
    for (const QString &title : std::as_const(headings))
        QVERIFY2(shown.contains(title), qPrintable(title));

    // Each picture the guide links to is found inside the program: a real image.
    static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    int pictures = 0;
    for (auto it = picture.globalMatch(markdown); it.hasNext();) {
        const QUrl link(it.next().captured(1));
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, link);
        QImage image;
        if (loaded.typeId() == QMetaType::QByteArray)
            image.loadFromData(loaded.toByteArray());
        else
            image = loaded.value<QImage>();
        QVERIFY2(image.width() > 100, qPrintable(link.toString()));
        ++pictures;
    }
    QVERIFY(pictures >= 7); // docs/guide.md shows seven screenshots

    // The screenshots are 1,360 pixels wide or more; each is shown no wider than the text.
    int fitted = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat shownPicture = it.fragment().charFormat().toImageFormat();
            if (!shownPicture.isValid())
                continue;
            // As wide as the text, less margins and a scroll bar: at least 80 % of the view.
            QVERIFY2(shownPicture.width() >= 0.8 * browser->viewport()->width() &&
                         shownPicture.width() <= browser->viewport()->width(),
                     qPrintable(QStringLiteral("%1: %2 of %3")
                                    .arg(shownPicture.name())
                                    .arg(shownPicture.width())
                                    .arg(browser->viewport()->width())));
            ++fitted;
        }
    }
    QCOMPARE(fitted, pictures);

    // Help ▸ User Guide brings the same window back rather than opening a second.
    guide->close();
    QAction *menuEntry =
        menuAction(window.get(), QStringLiteral("&Help"), QStringLiteral("&User Guide"));
    QVERIFY(menuEntry);
    menuEntry->trigger();
    QVERIFY(guide->isVisible());
    QCOMPARE(window->findChildren<QWidget *>(QStringLiteral("userGuide")).size(), 1);
}

void TestHelpAndDefaults::printPreviewShowsTheReport()
{
    auto window = start();
    QVERIFY(window);
    QAction *preview =
        menuAction(window.get(), QStringLiteral("&File"), QStringLiteral("Print Pre&view…"));
    QVERIFY(preview);
    int pages = 0;
    const bool shown = withModalDialog<QPrintPreviewDialog>(
        [&] { preview->trigger(); },
        [&](QPrintPreviewDialog *dialog) {
            QCoreApplication::processEvents();
            if (auto *widget = dialog->findChild<QPrintPreviewWidget *>()) {
                widget->updatePreview();
                pages = widget->pageCount();
            }
            dialog->reject();
        });
    QVERIFY2(shown, "File ▸ Print Preview opened no preview dialog");
    // The default report: title page, summary, charts, tables and sources take several pages.
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
}

void TestHelpAndDefaults::saveDialogsStartInDocumentsThenInTheLastFolder()
{
    auto window = start();
    QVERIFY(window);
    const QString elsewhere = mDir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString chosen = elsewhere + QStringLiteral("/q3.pdf");

    QString firstFolder;
    bool shown = withModalDialog<QFileDialog>([&] { window->reportPage()->exportPdf(); },
                                              [&](QFileDialog *dialog) {
                                                  firstFolder = dialog->directory().absolutePath();
                                                  dialog->setDirectory(elsewhere);
                                                  dialog->selectFile(chosen);
                                                  QTest::qWait(100); // the folder is read
                                                  static_cast<QDialog *>(dialog)->accept();
                                              });
    QVERIFY(shown);
    // Not the folder the program runs in (its source folder here), but Documents.
    QCOMPARE(firstFolder, mDocuments);
    // Saved in the other folder (under the name the dialog settled on).
    QCOMPARE(QDir(elsewhere).entryList({ QStringLiteral("*.pdf") }).size(), 1);

    QString secondFolder;
    shown = withModalDialog<QFileDialog>([&] { window->reportPage()->exportPdf(); },
                                         [&](QFileDialog *dialog) {
                                             secondFolder = dialog->directory().absolutePath();
                                             dialog->reject();
                                         });
    QVERIFY(shown);
    QCOMPARE(secondFolder, elsewhere);
}

void TestHelpAndDefaults::exportChartDialogShowsNoLiteralAmpersand()
{
    auto window = start();
    QVERIFY(window);
    QAction *exportChart =
        menuAction(window.get(), QStringLiteral("&File"), QStringLiteral("&Export Chart…"));
    QVERIFY(exportChart);
    QStringList literal;
    QString suggested;
    const bool shown = withModalDialog<ExportChartDialog>(
        [&] { exportChart->trigger(); },
        [&](ExportChartDialog *dialog) {
            suggested = dialog->path();
            if (showsLiteralAmpersand(dialog->windowTitle(), false))
                literal << dialog->windowTitle();
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && showsLiteralAmpersand(label->text(), label->buddy()))
                    literal << label->text();
            }
            for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && showsLiteralAmpersand(button->text(), true))
                    literal << button->text();
            }
            dialog->reject();
        });
    QVERIFY(shown);
    QVERIFY2(literal.isEmpty(), qPrintable(literal.join(QStringLiteral(" | "))));
    // A first export is offered in Documents too.
    QCOMPARE(QFileInfo(suggested).absolutePath(), mDocuments);
}

void TestHelpAndDefaults::aboutGivesTheNewestSourceDate()
{
    auto window = start();
    QVERIFY(window);
    QAction *about =
        menuAction(window.get(), QStringLiteral("&Help"), QStringLiteral("&About WaferShare"));
    QVERIFY(about);
    QString text;
    const bool shown = withModalDialog<QMessageBox>([&] { about->trigger(); },
                                                    [&](QMessageBox *box) {
                                                        text = box->text();
                                                        box->accept();
                                                    });
    QVERIFY(shown);
    // data/source.csv by hand: the newest dates are 2026-05 (month; source 4, PANews),
    // 2026-02-02 (day; source 23) and 2026 (year; source 38, which starts on 1 January 2026).
    // May 2026 is the newest, shown at its precision; before, About gave the newest of the
    // published figures' sources only, as stored: "2026-02-02".
    QVERIFY2(text.contains(QStringLiteral("the newest published May 2026;")), qPrintable(text));
}

QTEST_MAIN(TestHelpAndDefaults)
#include "tst_helpanddefaults.moc"
