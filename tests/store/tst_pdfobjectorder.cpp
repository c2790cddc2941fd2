// SPDX-License-Identifier: MIT
#include "files/pdfobjectorder.h"

#include "support/toolrun.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

// One page with two fonts, the way Qt writes them: a Type0 font naming its subset
// "/Q?????+Name" after its descriptor's object number (Q, then that number's base-26 digits,
// lowest first). @p swapped numbers the two fonts' descriptors the other way round and writes
// them in the other order, as Qt does when its hash of fonts is iterated in another order.
QMap<int, QByteArray> twoFontObjects(bool swapped)
{
    // Descriptor 7 is QHAAAA (7 = H), 8 is QIAAAA.
    const int sans = swapped ? 8 : 7;
    const int bold = swapped ? 7 : 8;
    const auto tag = [](int descriptor) {
        return descriptor == 7 ? QByteArray("QHAAAA") : "QIAAAA";
    };
    const auto object = [](int number, const QByteArray &body) {
        return QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    QMap<int, QByteArray> objects;
    objects.insert(1, object(1, "<<\n/Producer (hand)\n>>"));
    objects.insert(2, object(2, "<<\n/Type /Catalog\n/Pages 3 0 R\n>>"));
    objects.insert(3, object(3, "<<\n/Type /Pages\n/Kids [4 0 R]\n/Count 1\n>>"));
    objects.insert(4,
                   object(4,
                          "<<\n/Type /Page\n/Parent 3 0 R\n/Resources << /Font << /F5 5 0 R "
                          "/F6 6 0 R >> >>\n/Contents 9 0 R\n>>"));
    objects.insert(5,
                   object(5,
                          "<< /Type /Font /Subtype /Type0 /BaseFont /" + tag(sans) +
                              "+Sans /FontDescriptor " + QByteArray::number(sans) + " 0 R >>"));
    objects.insert(6,
                   object(6,
                          "<< /Type /Font /Subtype /Type0 /BaseFont /" + tag(bold) +
                              "+Sans-Bold /FontDescriptor " + QByteArray::number(bold) +
                              " 0 R >>"));
    objects.insert(
        sans,
        object(sans, "<< /Type /FontDescriptor\n/FontName /" + tag(sans) + "+Sans\n/Flags 4 >>"));
    objects.insert(
        bold,
        object(bold,
               "<< /Type /FontDescriptor\n/FontName /" + tag(bold) + "+Sans-Bold\n/Flags 4 >>"));
    const QByteArray content = "BT /F5 12 Tf (1 0 R is text, not a reference) Tj ET";
    objects.insert(9,
                   object(9,
                          "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                              content + "\nendstream"));
    return objects;
}

const QByteArray header = "%PDF-1.4\n";
const QByteArray trailer = "trailer\n<<\n/Size 10\n/Info 1 0 R\n/Root 2 0 R\n>>\n";

/** The objects as one file, by number, with the table of their offsets counted here. */
QByteArray classicPdf(const QMap<int, QByteArray> &objects)
{
    QByteArray pdf = header;
    QList<qsizetype> offsets;
    for (const QByteArray &object : objects) {
        offsets << pdf.size();
        pdf += object;
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    return pdf + trailer + "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
}

} // namespace

/** PdfObjectOrder: a PDF whose objects were numbered in another order comes out the same. */
class TestPdfObjectOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eitherNumberingGivesTheSameBytes();
    void objectsComeInReadingOrder();
    void qpdfFindsTheResultSound();
    void reorderReadsAWholeFile();
};

void TestPdfObjectOrder::eitherNumberingGivesTheSameBytes()
{
    const QByteArray first = PdfObjectOrder::write(header, twoFontObjects(false), trailer);
    const QByteArray second = PdfObjectOrder::write(header, twoFontObjects(true), trailer);
    QCOMPARE(first, second);
}

void TestPdfObjectOrder::objectsComeInReadingOrder()
{
    const QByteArray pdf = PdfObjectOrder::write(header, twoFontObjects(true), trailer);
    // Breadth first from the trailer (Info, Root), each object's references as written:
    // 1 Info, 2 Catalog, 3 Pages, 4 Page, 5 and 6 its fonts, 7 its contents, then 8 and 9 the
    // descriptors of the fonts 5 and 6. Subset tags follow: 8 is QIAAAA, 9 is QJAAAA.
    QVERIFY(pdf.contains("5 0 obj\n<< /Type /Font /Subtype /Type0 /BaseFont /QIAAAA+Sans "
                         "/FontDescriptor 8 0 R >>"));
    QVERIFY(pdf.contains("6 0 obj\n<< /Type /Font /Subtype /Type0 /BaseFont /QJAAAA+Sans-Bold "
                         "/FontDescriptor 9 0 R >>"));
    QVERIFY(pdf.contains("7 0 obj\n<< /Length"));
    QVERIFY(pdf.contains("8 0 obj\n<< /Type /FontDescriptor\n/FontName /QIAAAA+Sans\n"));
    QVERIFY(pdf.contains("9 0 obj\n<< /Type /FontDescriptor\n/FontName /QJAAAA+Sans-Bold\n"));
    QVERIFY(pdf.contains("/Contents 7 0 R"));
    // A stream's data is not rewritten, even where it looks like a reference.
    QVERIFY(pdf.contains("(1 0 R is text, not a reference)"));
    QVERIFY(pdf.contains("/Size 10\n"));
    // Every offset in the table points at its object.
    const qsizetype xref = pdf.indexOf("xref\n0 10\n");
    QVERIFY(xref > 0);
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    for (int number = 1; number <= 9; ++number) {
        const qsizetype offset = lines.at(2 + number).left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(number) + " 0 obj"),
                 qPrintable(QString::number(number)));
    }
    QVERIFY(pdf.endsWith("startxref\n" + QByteArray::number(xref) + "\n%%EOF\n"));
}

void TestPdfObjectOrder::qpdfFindsTheResultSound()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
        QSKIP("qpdf is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ordered.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(PdfObjectOrder::write(header, twoFontObjects(true), trailer));
    file.close();
    const test::ToolRun check =
        test::runTool(QStringLiteral("qpdf"), { QStringLiteral("--check"), path });
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestPdfObjectOrder::reorderReadsAWholeFile()
{
    const QByteArray expected = PdfObjectOrder::write(header, twoFontObjects(false), trailer);
    QCOMPARE(PdfObjectOrder::reorder(classicPdf(twoFontObjects(true))), expected);
    QCOMPARE(PdfObjectOrder::reorder(classicPdf(twoFontObjects(false))), expected);
    // Not a file it reads: left as it is.
    for (const QByteArray &other : { QByteArray("%PDF-1.4\nno table"), QByteArray() })
        QCOMPARE(PdfObjectOrder::reorder(other), other);
}

QTEST_GUILESS_MAIN(TestPdfObjectOrder)
#include "tst_pdfobjectorder.moc"
