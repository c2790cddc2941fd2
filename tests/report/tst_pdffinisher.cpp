// SPDX-License-Identifier: MIT
#include "report/pdffinisher.h"
#include "report/pdftextmap.h"

#include "support/toolrun.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

// A one-page PDF written by hand the way Qt writes one (classic cross-reference table, the
// document information as object 1, a /ToUnicode CMap as a plain stream), with offsets counted
// here, independently of the code under test.
QByteArray handWrittenPdf(const QByteArray &cmap)
{
    QList<QByteArray> objects = {
        "<<\n/Title (Old title)\n/Producer (hand)\n/CreationDate (D:20260102030405Z)\n>>",
        "<<\n/Type /Catalog\n/Pages 3 0 R\n>>",
        "<<\n/Type /Pages\n/Kids [4 0 R]\n/Count 1\n>>",
        "<<\n/Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 200 200]\n>>",
        "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << static_cast<int>(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const int xref = static_cast<int>(pdf.size());
    pdf += "xref\n0 6\n0000000000 65535 f \n";
    for (const int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size 6\n/Info 1 0 R\n/Root 2 0 R\n>>\nstartxref\n" +
        QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

const QByteArray cmapHeader = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                              "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
const QByteArray cmapFooter = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

using test::runTool;
using test::ToolRun;

QString pdfinfoField(const QString &pdf, const QString &field)
{
    const QStringList lines =
        runTool(QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf })
            .out.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace

/** The PDF finishing step, on hand-written CMaps and PDFs read back with qpdf and pdfinfo. */
class TestPdfFinisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void radicalsBecomeTheirIdeographs();
    void ligaturesBecomeTheirLetters();
    void mendsCharsRangesAndArrays();
    void leavesAMapWithoutRadicalsAsItWas();
    void finishedFileIsValidAndCarriesTheMendedMap();
    void hostileMetadataMakesValidStrings();
    void refusesAFileWithoutCrossReferenceTable();

private:
    QString finishToFile(const QByteArray &pdf, const PdfMetadata &metadata, const QString &name);
    QTemporaryDir mDir;
    bool mHaveQpdf = false;
};

void TestPdfFinisher::initTestCase()
{
    mHaveQpdf = !QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty();
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: scripts/install-deps installs it");
}

QString TestPdfFinisher::finishToFile(const QByteArray &pdf, const PdfMetadata &metadata,
                                      const QString &name)
{
    QString error;
    const QByteArray finished = PdfFinisher::finish(pdf, metadata, &error);
    if (finished.isEmpty())
        return {};
    const QString path = mDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(finished);
    return path;
}

void TestPdfFinisher::radicalsBecomeTheirIdeographs()
{
    // The Unicode Character Database's compatibility decompositions: KANGXI RADICAL CHILD
    // U+2F26 is 子 U+5B50, KANGXI RADICAL GOLD U+2FA6 is 金 U+91D1, CJK RADICAL MOTHER U+2E9F
    // is 母 U+6BCD. CJK RADICAL REPEAT U+2E80 has none and stays.
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0x2F26))), QString(QChar(0x5B50)));
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0x2FA6))), QString(QChar(0x91D1)));
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0x2E9F))), QString(QChar(0x6BCD)));
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0x2E80))), QString(QChar(0x2E80)));
    // Ordinary text is left alone, compatibility characters outside these blocks too.
    QCOMPARE(PdfTextMap::searchableText(QStringLiteral("A")), QStringLiteral("A"));
    QCOMPARE(PdfTextMap::searchableText(QStringLiteral("²")), QStringLiteral("²"));
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0x5B50))), QString(QChar(0x5B50)));
}

void TestPdfFinisher::ligaturesBecomeTheirLetters()
{
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0xFB01))), QStringLiteral("fi"));
    QCOMPARE(PdfTextMap::searchableText(QString(QChar(0xFB00))), QStringLiteral("ff"));
}

void TestPdfFinisher::mendsCharsRangesAndArrays()
{
    const QByteArray cmap = cmapHeader +
        "2 beginbfchar\n<0003> <2F26>\n<0004> <0041>\nendbfchar\n"
        "3 beginbfrange\n<0010> <0012> <2F24>\n<0020> <0021> <0061>\n"
        "<0030> <0032> [<0042> <2FA6> <FB01>]\nendbfrange\n" +
        cmapFooter;
    // By hand: U+2F24 大 U+5927, U+2F25 女 U+5973, U+2F26 子 U+5B50; the range that holds
    // none of them keeps its form.
    const QByteArray expected = cmapHeader +
        "2 beginbfchar\n<0003> <5B50>\n<0004> <0041>\nendbfchar\n"
        "3 beginbfrange\n<0010> <0012> [<5927> <5973> <5B50>]\n"
        "<0020> <0021> <0061>\n"
        "<0030> <0032> [<0042> <91D1> <00660069>]\nendbfrange\n" +
        cmapFooter;
    QCOMPARE(PdfTextMap::mend(cmap), expected);
}

void TestPdfFinisher::leavesAMapWithoutRadicalsAsItWas()
{
    const QByteArray cmap = cmapHeader +
        "1 beginbfrange\n<0001> <0003> [<0041> <0042> <5B50>]\nendbfrange\n" + cmapFooter;
    QCOMPARE(PdfTextMap::mend(cmap), cmap);
    // Not a CMap this reads (an entry cut short): as it was, not half mended.
    const QByteArray broken = cmapHeader + "1 beginbfchar\n<0003> <2F26>\n<0004>\n" + cmapFooter;
    QCOMPARE(PdfTextMap::mend(broken), broken);
}

void TestPdfFinisher::finishedFileIsValidAndCarriesTheMendedMap()
{
    // Object 5's map gets longer (a range becomes an array): every later offset moves.
    const QByteArray cmap =
        cmapHeader + "1 beginbfrange\n<0001> <0002> <2F25>\nendbfrange\n" + cmapFooter;
    PdfMetadata metadata;
    metadata.title = QStringLiteral("Wafer watch");
    metadata.author = QStringLiteral("A. Analyst");
    metadata.subject = QStringLiteral("AI compute wafers in 2026, scenario Base");
    metadata.creator = QStringLiteral("WaferShare");
    const QString path = finishToFile(handWrittenPdf(cmap), metadata, QStringLiteral("one.pdf"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(pdfinfoField(path, QStringLiteral("Title")), QStringLiteral("Wafer watch"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Author")), QStringLiteral("A. Analyst"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Subject")),
             QStringLiteral("AI compute wafers in 2026, scenario Base"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Creator")), QStringLiteral("WaferShare"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Pages")), QStringLiteral("1"));
    if (!mHaveQpdf)
        QSKIP("qpdf is not installed (scripts/install-deps installs it): structure unchecked");
    const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    QVERIFY2(check.exitCode == 0 && check.out.contains(QStringLiteral("No syntax or stream")),
             qPrintable(check.out + check.err));
    // qpdf reads the stream through the new table and its new /Length: U+2F25 女 U+5973,
    // U+2F26 子 U+5B50.
    const ToolRun stream = runTool(
        QStringLiteral("qpdf"),
        { QStringLiteral("--show-object=5"), QStringLiteral("--filtered-stream-data"), path });
    QVERIFY2(stream.out.contains(QStringLiteral("<0001> <0002> [<5973> <5B50>]")),
             qPrintable(stream.out + stream.err));
}

void TestPdfFinisher::hostileMetadataMakesValidStrings()
{
    PdfMetadata metadata;
    metadata.title = QStringLiteral("a) (b \\ c\\) %1 <x> 世芯電子").arg(QChar(0x0001));
    metadata.author = QStringLiteral("O'Brien\r\nendobj") + QChar(0xD800) + QStringLiteral("z");
    const QString path = finishToFile(handWrittenPdf(cmapHeader + cmapFooter), metadata,
                                      QStringLiteral("hostile.pdf"));
    QVERIFY(!path.isEmpty());
    // Control characters become spaces, the lone surrogate U+FFFD; all else as typed.
    QCOMPARE(pdfinfoField(path, QStringLiteral("Title")),
             QStringLiteral("a) (b \\ c\\)   <x> 世芯電子"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Author")),
             QStringLiteral("O'Brien  endobj\uFFFDz"));
    QCOMPARE(pdfinfoField(path, QStringLiteral("Pages")), QStringLiteral("1"));
    if (!mHaveQpdf)
        QSKIP("qpdf is not installed (scripts/install-deps installs it): structure unchecked");
    const ToolRun check = runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestPdfFinisher::refusesAFileWithoutCrossReferenceTable()
{
    QString error;
    QVERIFY(PdfFinisher::finish("%PDF-1.4\nnot really\n%%EOF\n", {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // A table that points past the objects it lists.
    QByteArray pdf = handWrittenPdf(cmapHeader + cmapFooter);
    const qsizetype firstObject = pdf.indexOf(" 00000 n \n") - 10;
    pdf.replace(firstObject, 10, "0000099999");
    error.clear();
    QVERIFY(PdfFinisher::finish(pdf, {}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPdfFinisher)
#include "tst_pdffinisher.moc"
