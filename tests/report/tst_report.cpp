// SPDX-License-Identifier: MIT
#include "core/forecastengine.h"
#include "core/localname.h"
#include "models/workbook.h"
#include "report/reportdocument.h"
#include "report/reportexporter.h"
#include "store/database.h"
#include "support/largeworkbook.h"
#include "support/toolrun.h"

#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

// Poppler's tools read the PDF back as any reader would.
QString run(const QString &program, const QStringList &arguments)
{
    return test::runTool(program, arguments).out;
}

} // namespace

/** The PDF report, read back with pdfinfo, pdftotext and pdffonts. */
class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageIsNumbered();
    void sectionsComeInOrder();
    void numbersAreTheEngines();
    void calibrationHasOneTablePerVintage();
    void userTextIsPrintedLiterallyAndChineseNamesRender();
    void fileIsValidAndCarriesItsMetadata();
    void hanTextIsInTheTraditionalChineseFaceWhateverTheLocale();
    void hostileTitleAndAuthorMakeAValidFile();
    void fontsAreEmbedded();
    void chosenSectionsOnly();
    void textIsDarkOnPaperUnderADarkPalette();
    void companyNamesArePrintedLiterally();
    void namesLeadInTheChosenLanguage();
    void cancelledExportLeavesTheFileAsItWas();
    void citesEachSourceInFullAtItsPrecision();
    void longTablesAreSummarisedWithTheFullTableBeside();
    void differencesCompareTheChosenScenariosWithTheReference();
    void unknownScenarioOrReferenceIsRefused();
    void writesAnOpenDocumentTextWithTablesAndPictures();

private:
    QString text() const { return run(QStringLiteral("pdftotext"), { mPdf, QStringLiteral("-") }); }

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    QString mPdf;
    int mPages = 0;
};

void TestReport::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("report.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    mPdf = mDir.filePath(QStringLiteral("report.pdf"));
    ReportSettings settings;
    settings.title = QStringLiteral("Wafer <b>watch</b> & co");
    settings.author = QStringLiteral("Desk");
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, mPdf, &error),
             ReportExporter::Result::Success);
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(run(QStringLiteral("pdfinfo"), { mPdf }));
    QVERIFY(pages.hasMatch());
    mPages = pages.captured(1).toInt();
    QVERIFY(mPages >= 4);
}

void TestReport::cleanupTestCase()
{
    mWorkbook.reset();
}

void TestReport::everyPageIsNumbered()
{
    for (int page = 1; page <= mPages; ++page) {
        const QString text =
            run(QStringLiteral("pdftotext"),
                { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                  QString::number(page), mPdf, QStringLiteral("-") });
        QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(mPages)),
                 qPrintable(text.left(200)));
    }
}

void TestReport::sectionsComeInOrder()
{
    const QString all = text();
    qsizetype at = 0;
    for (const char *heading :
         { "Summary", "Charts", "Shares by vendor and year", "Published figures beside the model",
           "Assumptions of scenario Base", "Differences from Base", "Who benefits in 2026",
           "The supply chain", "Sources" }) {
        const qsizetype found = all.indexOf(QLatin1String(heading), at);
        QVERIFY2(found >= 0, heading);
        at = found;
    }
}

void TestReport::numbersAreTheEngines()
{
    // The summary states each vendor's 2026 share as the engine computes it, to one decimal.
    const ForecastInput &input = mWorkbook->input();
    const QString all = text();
    for (const char *vendor : { "Nvidia", "Google", "AWS", "AMD" }) {
        const int v = input.vendorIndex(QLatin1String(vendor));
        const double share =
            mWorkbook->result().sharePercent(Metric::ComputeWafers, v, input.yearIndex(2026));
        const QString expected =
            QStringLiteral("%1 %2 %").arg(QLatin1String(vendor)).arg(share, 0, 'f', 1);
        QVERIFY2(all.contains(expected), qPrintable(expected));
    }
    // The article is cited, and listed among the sources.
    QVERIFY(all.contains(QStringLiteral("published 55 % [")));
    // So are the sources of the assumptions (data/source.csv 37 backs most of them), and the
    // report says whether any number rests on none.
    QVERIFY(all.contains(QStringLiteral("WaferShare analyst assumptions")));
    QVERIFY(all.contains(QStringLiteral("Every number of the workbook cites a source.")));
}

void TestReport::calibrationHasOneTablePerVintage()
{
    // The section only, so that the vintage headings are read in their own order.
    const QString all = text();
    const qsizetype from = all.indexOf(QStringLiteral("Published figures beside the model"));
    const qsizetype to = all.indexOf(QStringLiteral("Assumptions of scenario Base"), from);
    QVERIFY(from >= 0 && to > from);
    const QString section = all.mid(from, to - from);
    // data/reported_value.csv: vintages sorted by name, each once.
    qsizetype at = 0;
    for (const char *vintage :
         { "Vintage: JPMorgan, January 2026", "Vintage: Morgan Stanley, December 2025",
           "Vintage: Morgan Stanley, February 2025", "Vintage: Morgan Stanley, October 2025" }) {
        const qsizetype found = section.indexOf(QLatin1String(vintage), at);
        QVERIFY2(found >= 0, vintage);
        QCOMPARE(section.count(QLatin1String(vintage)), 1);
        at = found;
    }
    // A named scope (its label may wrap in the cell), a market total and a volume residual in
    // percent are shown.
    QVERIFY(section.contains(QStringLiteral("AWS via Alchip:")));
    QVERIFY(section.contains(QStringLiteral("All vendors")));
    QVERIFY(section.contains(QStringLiteral("Residual %")));
}

void TestReport::userTextIsPrintedLiterallyAndChineseNamesRender()
{
    const QString all = text();
    QVERIFY(all.contains(QStringLiteral("Wafer <b>watch</b> & co")));
    QVERIFY(all.contains(QStringLiteral("By Desk")));
    // data/company.csv: Alchip, ASE, Gold Circuit, Wiwynn and TSMC, exactly as typed. Qt's
    // writer mapped 子 and 金 back to the Kangxi radicals ⼦ (U+2F26) and ⾦ (U+2FA6) that the
    // font draws with the same glyphs.
    for (const QString &name :
         { QStringLiteral("世芯電子"), QStringLiteral("日月光投控"), QStringLiteral("金像電"),
           QStringLiteral("緯穎"), QStringLiteral("台積電") })
        QVERIFY2(all.contains(name), qPrintable(name));
    // The charts draw with the application's font, whose Han fallback is the Traditional
    // Chinese face: their Latin text and digits still come back (a substitute tried first
    // drew them in the Han face, and the year of every chart title was lost).
    QVERIFY(all.contains(QStringLiteral("AI compute wafer share, 2026")));
    for (const QChar c : all)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1").arg(c.unicode(), 4, 16)));
}

void TestReport::fileIsValidAndCarriesItsMetadata()
{
    const auto field = [this](const QString &name) {
        const QStringList lines = run(QStringLiteral("pdfinfo"),
                                      { QStringLiteral("-enc"), QStringLiteral("UTF-8"), mPdf })
                                      .split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(name + QLatin1Char(':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return QString();
    };
    QCOMPARE(field(QStringLiteral("Title")), QStringLiteral("Wafer <b>watch</b> & co"));
    QCOMPARE(field(QStringLiteral("Author")), QStringLiteral("Desk"));
    QCOMPARE(field(QStringLiteral("Subject")),
             QStringLiteral("AI compute wafers in 2026, scenario Base"));
    QCOMPARE(field(QStringLiteral("Creator")), QStringLiteral("WaferShare"));
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QSKIP("qpdf is not installed (scripts/install-deps installs it): structure unchecked");
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), { QStringLiteral("--check"), mPdf });
    QVERIFY(qpdf.waitForFinished(60'000));
    const QString out = QString::fromUtf8(qpdf.readAllStandardOutput());
    QVERIFY2(qpdf.exitCode() == 0 && out.contains(QStringLiteral("No syntax or stream")),
             qPrintable(out + QString::fromUtf8(qpdf.readAllStandardError())));
}

void TestReport::hostileTitleAndAuthorMakeAValidFile()
{
    ReportSettings settings;
    settings.sections = { QStringLiteral("summary") };
    settings.title = QStringLiteral("Wafers (2026) \\ part) 1 %1 世芯電子").arg(QChar(0x07));
    settings.author = QStringLiteral("O'Neil (desk) \\\\ <b>");
    const QString pdf = mDir.filePath(QStringLiteral("hostile.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error),
             ReportExporter::Result::Success);
    const QString info =
        run(QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf });
    // The bell becomes a space; parentheses and backslashes stay as typed.
    QVERIFY2(
        info.contains(QStringLiteral("Title:           Wafers (2026) \\ part) 1   世芯電子\n")),
        qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Author:          O'Neil (desk) \\\\ <b>\n")),
             qPrintable(info));
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QSKIP("qpdf is not installed (scripts/install-deps installs it): structure unchecked");
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
    QVERIFY(qpdf.waitForFinished(60'000));
    QVERIFY2(qpdf.exitCode() == 0, qpdf.readAllStandardOutput().constData());
}

void TestReport::hanTextIsInTheTraditionalChineseFaceWhateverTheLocale()
{
    // The command line in a fresh process per locale: fontconfig reads the language once.
    // Left to it, Han text fell back to Noto Sans CJK JP under C, en_US and ja_JP.
    for (const QString &locale :
         { QStringLiteral("C"), QStringLiteral("en_US.UTF-8"), QStringLiteral("ja_JP.UTF-8") }) {
        const QString pdf = mDir.filePath(QStringLiteral("locale-%1.pdf").arg(locale));
        QProcess program;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), locale);
        environment.insert(QStringLiteral("LC_ALL"), locale);
        environment.remove(QStringLiteral("FC_LANG"));
        program.setProcessEnvironment(environment);
        program.start(QStringLiteral(WS_PROGRAM),
                      { QStringLiteral("report"), QStringLiteral("--db"),
                        mDir.filePath(QStringLiteral("locale.sqlite")), QStringLiteral("--out"),
                        pdf, QStringLiteral("--sections"), QStringLiteral("benefits,graph") });
        QVERIFY(program.waitForFinished(120'000));
        QVERIFY2(program.exitCode() == 0, program.readAllStandardError().constData());
        const QString fonts = run(QStringLiteral("pdffonts"), { pdf });
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKtc")), qPrintable(locale + fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("CJKjp")) &&
                     !fonts.contains(QStringLiteral("CJKsc")),
                 qPrintable(locale + fonts));
    }
}

void TestReport::fontsAreEmbedded()
{
    const QStringList lines =
        run(QStringLiteral("pdffonts"), { mPdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type… encoding emb sub uni object generation: emb is the fifth from the end.
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
    }
}

void TestReport::chosenSectionsOnly()
{
    ReportSettings settings;
    settings.sections = { QStringLiteral("benefits"), QStringLiteral("summary") };
    const QString pdf = mDir.filePath(QStringLiteral("two.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error),
             ReportExporter::Result::Success);
    const QString all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(all.indexOf(QStringLiteral("Who benefits")) < all.indexOf(QStringLiteral("Summary")));
    QVERIFY(!all.contains(QStringLiteral("Assumptions of scenario")));
}

void TestReport::textIsDarkOnPaperUnderADarkPalette()
{
    // Under the dark colours the screen's text colour is light grey: the page is white whatever
    // the screen, so the text on it must not take the screen's colour.
    const QPalette before = QGuiApplication::palette();
    const auto restore = qScopeGuard([&before] { QGuiApplication::setPalette(before); });
    QPalette dark = before;
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    QGuiApplication::setPalette(dark);
    ReportSettings settings;
    settings.sections = { QStringLiteral("summary") };
    const QString pdf = mDir.filePath(QStringLiteral("dark.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error),
             ReportExporter::Result::Success);
    // Rendered by poppler, the body below the running head (the top tenth) holds dark ink.
    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"),
          QStringLiteral("50"), QStringLiteral("-singlefile"), pdf,
          mDir.filePath(QStringLiteral("dark")) });
    const QImage page(mDir.filePath(QStringLiteral("dark.png")));
    QVERIFY(!page.isNull());
    int darkPixels = 0;
    for (int y = page.height() / 10; y < page.height() * 9 / 10; ++y) {
        for (int x = 0; x < page.width(); ++x)
            darkPixels += qGray(page.pixel(x, y)) < 96;
    }
    QVERIFY2(darkPixels > 500, qPrintable(QString::number(darkPixels)));
}

void TestReport::companyNamesArePrintedLiterally()
{
    Company company;
    company.name = QStringLiteral("<b>x</b>");
    company.tier = QStringLiteral("server");
    QCOMPARE(mWorkbook->supplyChain()->addCompany(company), QString());
    ReportSettings settings;
    settings.sections = { QStringLiteral("graph") };
    const QString pdf = mDir.filePath(QStringLiteral("graph.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error),
             ReportExporter::Result::Success);
    // The graph is drawn as vectors with its names as text: the new company's name comes back
    // as typed, tags and all.
    QVERIFY(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
                .contains(QStringLiteral("<b>x</b>")));
}

void TestReport::namesLeadInTheChosenLanguage()
{
    setNameLanguage(NameLanguage::Chinese);
    const auto english = qScopeGuard([] { setNameLanguage(NameLanguage::English); });
    ReportSettings settings;
    settings.sections = { QStringLiteral("summary"), QStringLiteral("benefits") };
    const QString pdf = mDir.filePath(QStringLiteral("chinese-names.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error),
             ReportExporter::Result::Success);
    // data/vendor.csv and data/company.csv: Nvidia is 輝達, Wiwynn 緯穎; the company keeps its
    // English name beside the Chinese one.
    // Nvidia's 2026 share of AI compute wafers in Base, by hand from data/assumption.csv:
    // Blackwell 4.1 M × 2 / (61 × 0.4738) = 283,713 and Rubin 2.9 M × 2 / (59 × 0.4300) =
    // 228,626 wafers (Hopper ships none), 512,339 of all vendors' 941,448: 54.4 %.
    const QString all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY2(all.contains(QStringLiteral("輝達 54.4 %")), qPrintable(all.left(2000)));
    QVERIFY2(all.contains(QStringLiteral("緯穎 Wiwynn")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("Nvidia 54.4 %")));
}

void TestReport::cancelledExportLeavesTheFileAsItWas()
{
    const QString path = mDir.filePath(QStringLiteral("earlier.pdf"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier report");
    }
    int asked = 0;
    QString error;
    const auto result = ReportExporter::exportPdf(mWorkbook.get(), ReportSettings(), path, &error,
                                                  [&asked](int page, int) {
                                                      ++asked;
                                                      return page < 2; // stop at page 3
                                                  });
    QCOMPARE(result, ReportExporter::Result::Cancelled);
    QCOMPARE(asked, 3);
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("an earlier report"));
    const QString fresh = mDir.filePath(QStringLiteral("never.pdf"));
    QCOMPARE(ReportExporter::exportPdf(mWorkbook.get(), ReportSettings(), fresh, &error,
                                       [](int, int) { return false; }),
             ReportExporter::Result::Cancelled);
    QVERIFY(!QFile::exists(fresh));
}

void TestReport::citesEachSourceInFullAtItsPrecision()
{
    // The source list as the document holds it, one reference a line (the PDF's text would
    // break long lines where the page does).
    QImage device(10, 10, QImage::Format_RGB32);
    const ReportDocument report(mWorkbook.get(), ReportSettings(), &device, QSizeF(600, 900));
    const QStringList lines = report.document()->toPlainText().split(QLatin1Char('\n'));
    const auto reference = [&](const QString &rest) {
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('[')) && line.section(QLatin1Char(' '), 1) == rest)
                return true;
        }
        return false;
    };
    // data/source.csv, source 1: a title of its own, dated to the month only.
    const QString article = QStringLiteral(
        "CommonWealth Magazine (天下雜誌). 亞馬遜AI晶片逆襲輝達!世芯股價飆、緯穎吃大單,"
        "台廠還有誰受惠? November 2025. https://blog.104.com.tw/?p=222177");
    QVERIFY2(reference(article),
             qPrintable(lines.filter(QStringLiteral("CommonWealth")).join(QLatin1Char('\n'))));
    // Source 2: a description in square brackets, dated to the day.
    const QString description = QStringLiteral(
        "Simmtester (reprint of Tom's Hardware). [Morgan Stanley AI compute wafer shares "
        "2024-2025 (Tom's Hardware article, reprinted)]. 21 February 2025. "
        "https://simmtester.com/News/IndustryArticle/26880");
    QVERIFY2(reference(description),
             qPrintable(lines.filter(QStringLiteral("Simmtester")).join(QLatin1Char('\n'))));
    // Source 37 has neither address nor date, and says so.
    QVERIFY(reference(QStringLiteral("WaferShare default data set. WaferShare analyst "
                                     "assumptions. date unknown.")));
    // And the PDF prints the month as such.
    QVERIFY(text().contains(QStringLiteral("November 2025")));
}

void TestReport::longTablesAreSummarisedWithTheFullTableBeside()
{
    // The default workbook's 20 programs and 30 generated ones, 2024–2027: 50 programs.
    const QString path = mDir.filePath(QStringLiteral("fifty.sqlite"));
    QVERIFY(test::addGeneratedPrograms(path, 30, 4));
    auto opened = Database::open(path);
    QVERIFY(opened.database);
    Workbook workbook(std::move(opened.database));
    ReportSettings settings;
    settings.sections = { QStringLiteral("assumptions") };
    const QString pdf = mDir.filePath(QStringLiteral("fifty.pdf"));
    QString error;
    QCOMPARE(ReportExporter::exportPdf(&workbook, settings, pdf, &error),
             ReportExporter::Result::Success);
    const QString all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).simplified();
    QVERIFY2(all.contains(QStringLiteral("25 more program(s) are not shown")),
             qPrintable(all.right(800)));
    // Totals over every program, not only those shown: Base's 2026 units of the default
    // packages sum to 16,980,000 (sqlite3 on data/assumption.csv's rows); the generated ones
    // add 1,000 × (3 + 4 + … + 32) = 525,000.
    QVERIFY(all.contains(QStringLiteral("All 50 programs together: 17,505,000 units")));
    QVERIFY(all.contains(QStringLiteral("fifty-assumptions.csv")));
    // The CSV beside it has every program and year: a header and 50 × 4 records.
    QFile csv(mDir.filePath(QStringLiteral("fifty-assumptions.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 50 * 4 + 1); // the last line ends with a line feed
    // With a byte order mark, so that Excel reads its UTF-8.
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBFProgram,Vendor,Year,units,"));
    QCOMPARE(
        std::count_if(lines.cbegin(), lines.cend(),
                      [](const QByteArray &line) { return line.startsWith("Generated 00029,"); }),
        4);
}

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString err;
};

ProgramRun runProgram(const QStringList &arguments)
{
    QProcess program;
    program.start(QStringLiteral(WS_PROGRAM), arguments);
    ProgramRun result;
    if (program.waitForFinished(120'000)) {
        result.exitCode = program.exitCode();
        result.err = QString::fromUtf8(program.readAllStandardError());
    }
    return result;
}

} // namespace

void TestReport::differencesCompareTheChosenScenariosWithTheReference()
{
    const QString db = mDir.filePath(QStringLiteral("compare.sqlite"));
    const QString pdf = mDir.filePath(QStringLiteral("compare.pdf"));
    // Base as the report's scenario with AWS upside ticked: before, the section said "Base is
    // the root scenario: there is nothing to compare it with".
    ProgramRun report = runProgram(
        { QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf,
          QStringLiteral("--sections"), QStringLiteral("differences"), QStringLiteral("--scenario"),
          QStringLiteral("Base"), QStringLiteral("--scenario"), QStringLiteral("AWS upside") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QString all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).simplified();
    QVERIFY(!all.contains(QStringLiteral("nothing to compare")));
    QVERIFY(all.contains(QStringLiteral("Differences from Base")));
    // data/scenario.csv's notes, worked out from the assumptions: AWS takes 6.9 % of 2026's AI
    // compute wafers in Base and 11.2 % in AWS upside (4.3 points more); Nvidia 54.4 and 51.9.
    QVERIFY2(all.contains(QStringLiteral("AWS 6.9 % 11.2 % +4.3")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Nvidia 54.4 % 51.9 % -2.5")));

    // An explicit reference: AMD at December allocation, where AMD takes 2.6 %.
    report =
        runProgram({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                     pdf, QStringLiteral("--sections"), QStringLiteral("summary,differences"),
                     QStringLiteral("--scenario"), QStringLiteral("AWS upside"),
                     QStringLiteral("--reference"), QStringLiteral("AMD at December allocation") });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).simplified();
    QVERIFY(all.contains(QStringLiteral("Differences from AMD at December allocation")));
    QVERIFY(all.contains(QStringLiteral("Against AMD at December allocation, the biggest movers")));
    QVERIFY2(all.contains(QStringLiteral("AMD 2.6 % 5.9 % +3.")), qPrintable(all));
}

void TestReport::unknownScenarioOrReferenceIsRefused()
{
    const QString db = mDir.filePath(QStringLiteral("compare.sqlite"));
    const QString pdf = mDir.filePath(QStringLiteral("refused.pdf"));
    for (const QString &option : { QStringLiteral("--scenario"), QStringLiteral("--reference") }) {
        const ProgramRun report =
            runProgram({ QStringLiteral("report"), QStringLiteral("--db"), db,
                         QStringLiteral("--out"), pdf, option, QStringLiteral("Bsae") });
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.err.contains(QStringLiteral("%1: there is no scenario named 'Bsae' "
                                                    "(scenarios: Base, AWS upside, AMD at "
                                                    "December allocation)")
                                         .arg(option)),
                 qPrintable(report.err));
        QVERIFY(!QFile::exists(pdf));
    }
}

void TestReport::writesAnOpenDocumentTextWithTablesAndPictures()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed: the OpenDocument package is read with its zipfile");
    const QString db = mDir.filePath(QStringLiteral("odt.sqlite"));
    const QString odt = mDir.filePath(QStringLiteral("report.odt"));
    ProgramRun report = runProgram(
        { QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), odt });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    // Read back with Python's zipfile and XML parser: the package's first entry is the
    // uncompressed mimetype (ODF 1.2 part 3, 3.3), content.xml holds the sections and tables,
    // and the five charts and the graph's parts (its captions say how many) are PNG pictures the
    // manifest lists.
    const QString script = QStringLiteral(R"(
import sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
first = z.infolist()[0]
print("first", first.filename, first.compress_type, z.read("mimetype").decode())
ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
content = ET.fromstring(z.read("content.xml"))
print("tables", len(content.findall(".//table:table", ns)))
text = "".join(content.itertext())
for needle in ["Shares by vendor and year", "Assumptions of scenario Base", "Who benefits in 2026", "世芯電子", "Sources"]:
    print("has", needle, needle in text)
pictures = [n for n in z.namelist() if n.startswith("Pictures/")]
import re
part = re.search(r"Part 1 of ([0-9]+) ", text)
expected = 5 + (int(part.group(1)) if part else 1)
print("pictures", len(pictures) == expected, all(z.read(n)[:4] == b"\x89PNG" for n in pictures))
manifest = z.read("META-INF/manifest.xml").decode()
print("listed", all(n in manifest for n in pictures))
)");
    QProcess python;
    python.start(QStringLiteral("python3"), { QStringLiteral("-c"), script, odt });
    QVERIFY(python.waitForFinished(60'000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QVERIFY2(
        out.contains(QStringLiteral("first mimetype 0 application/vnd.oasis.opendocument.text")),
        qPrintable(out));
    const QRegularExpressionMatch tables =
        QRegularExpression(QStringLiteral("tables (\\d+)")).match(out);
    QVERIFY(tables.hasMatch());
    // Shares, four calibration vintages and one without, assumptions, differences (none:
    // Base only, a sentence), benefits: at least eight.
    QVERIFY2(tables.captured(1).toInt() >= 8, qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral(" False")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("pictures True True")), qPrintable(out));

    // Any other ending is refused, and nothing is written.
    const QString docx = mDir.filePath(QStringLiteral("report.docx"));
    report = runProgram(
        { QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), docx });
    QCOMPARE(report.exitCode, 1);
    QVERIFY2(report.err.contains(QStringLiteral("--out must name a .pdf or an .odt")),
             qPrintable(report.err));
    QVERIFY(!QFile::exists(docx));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
