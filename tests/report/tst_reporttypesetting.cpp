// SPDX-License-Identifier: MIT
#include "models/workbook.h"
#include "report/reportexporter.h"
#include "store/database.h"
#include "support/toolrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ws;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    return test::runTool(program, arguments).out;
}

/** A line of text as poppler reads it back from the PDF. */
struct TextLine
{
    double top = 0;
    double bottom = 0;
    QString text;
    QList<double> wordHeights;
};

/** The body's lines of each page (the running header and footer left out), from
    `pdftotext -bbox-layout`: what a reader sees, whatever the program meant to draw. */
QList<QList<TextLine>> pageLines(const QString &pdf)
{
    QList<QList<TextLine>> pages;
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"),
                             { QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-") }));
    double pageHeight = 0;
    TextLine line;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("page")) {
            pages.append(QList<TextLine>());
            pageHeight = xml.attributes().value(QLatin1String("height")).toDouble();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("line")) {
            line = TextLine();
            line.top = xml.attributes().value(QLatin1String("yMin")).toDouble();
            line.bottom = xml.attributes().value(QLatin1String("yMax")).toDouble();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("word")) {
            const double height = xml.attributes().value(QLatin1String("yMax")).toDouble() -
                xml.attributes().value(QLatin1String("yMin")).toDouble();
            line.wordHeights << height;
            line.text += xml.readElementText() + QLatin1Char(' ');
        } else if (xml.isEndElement() && xml.name() == QLatin1String("line")) {
            // The header sits 26–40 pt from the top, the footer 38–24 pt from the bottom
            // (reportexporter.cpp); the body lies between 62 pt and 58 pt from the edges.
            if (line.top > 45 && line.top < pageHeight - 45)
                pages.last() << line;
        }
    }
    return pages;
}

QString pageText(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"),
               { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-") });
}

} // namespace

/** The report's typesetting, read back from PDFs at A4 portrait and Letter landscape. */
class TestReportTypesetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tableWordsAreNeverBroken();
    void noPageEndsWithAHeading();
    void noPageHoldsASingleLine();
    void graphFiguresAreWholeAndLegible();
    void titlePageCarriesTheKeyFigures();
    void sourcesGiveTheirAddressesInFull();
    void noScreenOnlyHintsOnPaper();

private:
    QString exportReport(const QString &name, ReportSettings settings);

    QTemporaryDir mDir;
    std::unique_ptr<Workbook> mWorkbook;
    QStringList mPdfs; // A4 portrait, Letter landscape
};

QString TestReportTypesetting::exportReport(const QString &name, ReportSettings settings)
{
    const QString pdf = mDir.filePath(name);
    QString error;
    if (ReportExporter::exportPdf(mWorkbook.get(), settings, pdf, &error) !=
        ReportExporter::Result::Success)
        return {};
    return pdf;
}

void TestReportTypesetting::initTestCase()
{
    auto opened = Database::open(mDir.filePath(QStringLiteral("typeset.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    mWorkbook = std::make_unique<Workbook>(std::move(opened.database));
    ReportSettings settings;
    settings.author = QStringLiteral("Desk");
    mPdfs << exportReport(QStringLiteral("a4.pdf"), settings);
    settings.pageSize = QPageSize::Letter;
    settings.orientation = QPageLayout::Landscape;
    mPdfs << exportReport(QStringLiteral("letter.pdf"), settings);
    QVERIFY(!mPdfs.contains(QString()));
}

void TestReportTypesetting::cleanupTestCase()
{
    mWorkbook.reset();
}

void TestReportTypesetting::tableWordsAreNeverBroken()
{
    // The assumptions name every yield model and the calibration's scopes "Other AI
    // accelerators"; a word cut at a cell's edge comes back as its first part.
    const QStringList words = { QStringLiteral("negative_binomial"), QStringLiteral("poisson"),
                                QStringLiteral("murphy"), QStringLiteral("accelerators"),
                                QStringLiteral("(Blackwell)") };
    const QRegularExpression oneDigitAndSeparator(QStringLiteral("^\\d[.,]$"));
    // The tables only: a chart's rotated labels come back from the PDF in pieces.
    ReportSettings settings;
    settings.sections = { QStringLiteral("shares"), QStringLiteral("calibration"),
                          QStringLiteral("assumptions"), QStringLiteral("benefits") };
    QStringList pdfs = { exportReport(QStringLiteral("tables-a4.pdf"), settings) };
    settings.pageSize = QPageSize::Letter;
    settings.orientation = QPageLayout::Landscape;
    pdfs << exportReport(QStringLiteral("tables-letter.pdf"), settings);
    QVERIFY(!pdfs.contains(QString()));
    for (const QString &pdf : std::as_const(pdfs)) {
        QHash<QString, int> whole;
        for (const QList<TextLine> &page : pageLines(pdf)) {
            for (const TextLine &line : page) {
                for (const QString &word : line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    // A number cut after its separator ("0." over "11").
                    QVERIFY2(!oneDigitAndSeparator.match(word).hasMatch(),
                             qPrintable(pdf + QLatin1String(": ") + line.text));
                    for (const QString &expected : words) {
                        if (word == expected)
                            ++whole[expected];
                        else
                            QVERIFY2(!(word.size() >= 4 && expected.startsWith(word)),
                                     qPrintable(pdf + QLatin1String(": ") + line.text));
                    }
                }
            }
        }
        for (const QString &expected : words)
            QVERIFY2(whole.value(expected) > 0, qPrintable(expected));
    }
}

void TestReportTypesetting::noPageEndsWithAHeading()
{
    for (const QString &pdf : std::as_const(mPdfs)) {
        const QList<QList<TextLine>> pages = pageLines(pdf);
        QVERIFY(pages.size() > 5);
        for (int p = 0; p < pages.size(); ++p) {
            QList<TextLine> lines = pages[p];
            QVERIFY(!lines.isEmpty());
            const auto last = std::max_element(
                lines.cbegin(), lines.cend(),
                [](const TextLine &a, const TextLine &b) { return a.bottom < b.bottom; });
            // Headings are set in 14 pt: DejaVu Sans's line box is 1.16 em, 16.3 pt; body text
            // is at most 12 pt (13.9 pt).
            QVERIFY2(last->bottom - last->top < 15.0,
                     qPrintable(QStringLiteral("%1 page %2 ends with '%3'")
                                    .arg(pdf)
                                    .arg(p + 1)
                                    .arg(last->text)));
        }
    }
}

void TestReportTypesetting::noPageHoldsASingleLine()
{
    for (const QString &pdf : std::as_const(mPdfs)) {
        const QList<QList<TextLine>> pages = pageLines(pdf);
        for (int p = 0; p < pages.size(); ++p)
            QVERIFY2(pages[p].size() >= 2,
                     qPrintable(QStringLiteral("%1 page %2").arg(pdf).arg(p + 1)));
    }
}

void TestReportTypesetting::graphFiguresAreWholeAndLegible()
{
    ReportSettings settings;
    settings.sections = { QStringLiteral("graph") };
    for (const bool letter : { false, true }) {
        if (letter) {
            settings.pageSize = QPageSize::Letter;
            settings.orientation = QPageLayout::Landscape;
        }
        const QString pdf = exportReport(QStringLiteral("graph-%1.pdf").arg(letter), settings);
        QVERIFY(!pdf.isEmpty());
        const QList<QList<TextLine>> pages = pageLines(pdf);
        for (int p = 0; p < pages.size(); ++p) {
            // A figure cut by a page break leaves names on a page without the caption under
            // the figure (the caption follows the figure's last slice).
            const QString text =
                pageText(pdf, p + 1).remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(text.contains(QStringLiteral("Companiesbytier")),
                     qPrintable(QStringLiteral("%1 page %2").arg(pdf).arg(p + 1)));
            // Every word at least 6 pt: its box at least 1.1 times that (DejaVu Sans 1.16 em,
            // the CJK faces more).
            for (const TextLine &line : pages[p]) {
                for (const double height : line.wordHeights)
                    QVERIFY2(height >= 6.0 * 1.1,
                             qPrintable(QStringLiteral("%1 page %2: '%3' is %4 pt high")
                                            .arg(pdf)
                                            .arg(p + 1)
                                            .arg(line.text)
                                            .arg(height)));
            }
        }
    }
}

void TestReportTypesetting::titlePageCarriesTheKeyFigures()
{
    // `wafershare shares --year 2026` on the default data set prints Nvidia 512,339.3 wafers
    // (54.420 %), Google 215,129.9 (22.851 %), AWS 64,933.8 (6.897 %), AMD 57,849.4 (6.145 %),
    // Microsoft 8,505.6, Meta 29,721.3 and Others 52,968.6: 941,447.9 wafers in all. Nvidia by
    // hand (tst_report): 4.1 M × 2 / (61 × 0.4738) + 2.9 M × 2 / (59 × 0.4300) = 512,339.
    const QRegularExpression rows[] = {
        QRegularExpression(QStringLiteral("Nvidia\\s+54\\.4 %\\s+512,339")),
        QRegularExpression(QStringLiteral("Google\\s+22\\.9 %\\s+215,130")),
        QRegularExpression(QStringLiteral("AWS\\s+6\\.9 %\\s+64,934")),
        QRegularExpression(QStringLiteral("AMD\\s+6\\.1 %\\s+57,849")),
        QRegularExpression(QStringLiteral("All vendors\\s+100\\.0 %\\s+941,448")),
    };
    for (const QString &pdf : std::as_const(mPdfs)) {
        const QString title = pageText(pdf, 1);
        for (const QRegularExpression &row : rows)
            QVERIFY2(row.match(title).hasMatch(),
                     qPrintable(row.pattern() + QLatin1Char('\n') + title));
        QVERIFY(title.contains(QStringLiteral("By Desk")));
        QVERIFY(title.contains(QStringLiteral("scenario Base")));
        QVERIFY(title.contains(QStringLiteral("year 2026")));
        QVERIFY(title.contains(QString::number(QDate::currentDate().year())));
    }
}

void TestReportTypesetting::sourcesGiveTheirAddressesInFull()
{
    // data/source.csv, read here on its own: each source the report lists (found by its
    // title) is given with its whole address. Lines may break inside an address, so the text
    // is compared without white space.
    QFile csv(QStringLiteral(WS_DEFAULT_DATA_DIR "/source.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString all = run(QStringLiteral("pdftotext"), { mPdfs.first(), QStringLiteral("-") })
                            .remove(QRegularExpression(QStringLiteral("\\s")));
    const QString sources = all.mid(all.lastIndexOf(QStringLiteral("Sources[1]")));
    QVERIFY(!sources.isEmpty());
    // id, title, title_kind, publisher, url: the first five fields, none of them quoted with a
    // comma inside except the title.
    const QRegularExpression row(
        QStringLiteral("^\\d+,(\"(?:[^\"]|\"\")*\"|[^,]*),(title|description),([^,]*),([^,]*),"));
    int listed = 0;
    csv.readLine(); // header
    while (!csv.atEnd()) {
        const QRegularExpressionMatch match = row.match(QString::fromUtf8(csv.readLine()));
        if (!match.hasMatch())
            continue;
        QString title = match.captured(1);
        if (title.startsWith(QLatin1Char('"')))
            title = title.mid(1, title.size() - 2)
                        .replace(QStringLiteral("\"\""), QStringLiteral("\""));
        title.remove(QRegularExpression(QStringLiteral("\\s")));
        const QString url = match.captured(4);
        if (!sources.contains(title))
            continue;
        ++listed;
        if (!url.isEmpty())
            QVERIFY2(sources.contains(url), qPrintable(url));
    }
    QVERIFY2(listed >= 25, qPrintable(QString::number(listed))); // [1] to [30] on 2026-12-03
}

void TestReportTypesetting::noScreenOnlyHintsOnPaper()
{
    for (const QString &pdf : std::as_const(mPdfs)) {
        const QString all = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(all.contains(QStringLiteral("by scenario, 2026"))); // the chart is there
        QVERIFY(!all.contains(QStringLiteral("tooltip"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QStringLiteral("hover"), Qt::CaseInsensitive));
        QVERIFY(!all.contains(QStringLiteral("click"), Qt::CaseInsensitive));
    }
}

QTEST_MAIN(TestReportTypesetting)
#include "tst_reporttypesetting.moc"
