// SPDX-License-Identifier: MIT
#include "support/commandrun.h"
#include "support/toolrun.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ws;
using ws::test::runCommand;

/** `wafershare chart`: every type to PNG, SVG and PDF without a display. */
class TestChartCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTypeExportsToEveryFormat_data();
    void everyTypeExportsToEveryFormat();
    void svgKeepsVendorNamesAsText();
    void pdfIsOneVectorPage();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void dpi300IsTheSameLayoutAtMorePixels();
    void printedChartsCarryNoHoverHints();

private:
    QTemporaryDir mDir;
    QString mDb;
};

void TestChartCommand::initTestCase()
{
    mDb = mDir.filePath(QStringLiteral("chart.sqlite"));
    QCOMPARE(runCommand({ QStringLiteral("check"), QStringLiteral("--db"), mDb }).code, 0);
}

void TestChartCommand::everyTypeExportsToEveryFormat_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("suffix");
    for (const char *type :
         { "share", "volume", "donut", "scenarios", "capacity", "tornado", "calibration" }) {
        for (const char *suffix : { "png", "svg", "pdf" })
            QTest::newRow(
                qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(type), QLatin1String(suffix))))
                << QString::fromLatin1(type) << QString::fromLatin1(suffix);
    }
}

void TestChartCommand::everyTypeExportsToEveryFormat()
{
    QFETCH(QString, type);
    QFETCH(QString, suffix);
    const QString out = mDir.filePath(type + QLatin1Char('.') + suffix);
    const auto run =
        runCommand({ QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
                     type, QStringLiteral("--out"), out, QStringLiteral("--width"),
                     QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("600") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFile(out).size() > 1000);
    if (suffix == QLatin1String("png"))
        QCOMPARE(QImage(out).size(), QSize(900, 600));
}

void TestChartCommand::svgKeepsVendorNamesAsText()
{
    const QString out = mDir.filePath(QStringLiteral("text.svg"));
    QCOMPARE(
        runCommand({ QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
                     QStringLiteral("share"), QStringLiteral("--out"), out })
            .code,
        0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char *vendor : { "Nvidia", "Google", "AWS", "AMD" })
        QVERIFY2(text.contains(QLatin1String(vendor)), vendor);
}

void TestChartCommand::pdfIsOneVectorPage()
{
    const QString out = mDir.filePath(QStringLiteral("one.pdf"));
    QCOMPARE(
        runCommand({ QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
                     QStringLiteral("share"), QStringLiteral("--out"), out })
            .code,
        0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") +
                 pdf.count("/Type /Page>"),
             1);
    QVERIFY(!pdf.contains("/Subtype /Image"));
}

void TestChartCommand::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown type") << QStringList { QStringLiteral("--type"),
                                                   QStringLiteral("pie3d"), QStringLiteral("--out"),
                                                   QStringLiteral("x.png") }
                                  << 1;
    QTest::newRow("no out") << QStringList { QStringLiteral("--type"), QStringLiteral("share") }
                            << 1;
    QTest::newRow("bad suffix") << QStringList { QStringLiteral("--out"), QStringLiteral("x.gif") }
                                << 2;
    QTest::newRow("tiny") << QStringList { QStringLiteral("--out"), QStringLiteral("x.png"),
                                           QStringLiteral("--width"), QStringLiteral("5") }
                          << 1;
    QTest::newRow("no scenario") << QStringList { QStringLiteral("--out"), QStringLiteral("x.png"),
                                                  QStringLiteral("--scenario"),
                                                  QStringLiteral("Bear") }
                                 << 1;
    for (const char *dpi : { "0", "-96", "nan", "inf", "1201", "300dpi", "" })
        QTest::newRow(qPrintable(QStringLiteral("dpi '%1'").arg(QLatin1String(dpi))))
            << QStringList { QStringLiteral("--out"), QStringLiteral("x.png"),
                             QStringLiteral("--dpi"), QString::fromLatin1(dpi) }
            << 1;
    // 20,000 × 1200 / 96 = 250,000 pixels on a side.
    QTest::newRow("dpi too many pixels")
        << QStringList { QStringLiteral("--out"),   QStringLiteral("x.png"),
                         QStringLiteral("--width"), QStringLiteral("20000"),
                         QStringLiteral("--dpi"),   QStringLiteral("1200") }
        << 1;
}

void TestChartCommand::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const auto run = runCommand(
        QStringList { QStringLiteral("chart"), QStringLiteral("--db"), mDb } + arguments);
    QCOMPARE(run.code, code);
    QVERIFY(!run.err.isEmpty());
}

namespace {

// What ImageMagick's @p program prints for @p arguments (standard output, then error).
QString magick(const QString &program, const QStringList &arguments)
{
    const test::ToolRun run = test::runTool(program, arguments);
    return run.out + run.err;
}

} // namespace

void TestChartCommand::dpi300IsTheSameLayoutAtMorePixels()
{
    for (const char *tool : { "identify", "convert", "compare" }) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP("ImageMagick is not installed");
    }
    const auto chart = [this](const QString &name, const QString &dpi) {
        return runCommand(
            { QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
              QStringLiteral("share"), QStringLiteral("--width"), QStringLiteral("1200"),
              QStringLiteral("--height"), QStringLiteral("800"), QStringLiteral("--dpi"), dpi,
              QStringLiteral("--out"), mDir.filePath(name) });
    };
    QCOMPARE(chart(QStringLiteral("a.png"), QStringLiteral("96")).code, 0);
    const auto sharp = chart(QStringLiteral("b.png"), QStringLiteral("300"));
    QCOMPARE(sharp.code, 0);
    QVERIFY2(sharp.out.contains(QStringLiteral("3750×2500")), qPrintable(sharp.out));
    // 1200 × 300 / 96 = 3750 and 800 × 300 / 96 = 2500, read back by ImageMagick.
    QCOMPARE(
        magick(QStringLiteral("identify"),
               { QStringLiteral("-format"), QStringLiteral("%w %h %x"), QStringLiteral("-units"),
                 QStringLiteral("PixelsPerInch"), mDir.filePath(QStringLiteral("b.png")) })
            .section(QLatin1Char(' '), 0, 1),
        QStringLiteral("3750 2500"));
    // Scaled back down, it is the 96-dpi picture: the same layout, not text three times larger.
    magick(QStringLiteral("convert"),
           { mDir.filePath(QStringLiteral("b.png")), QStringLiteral("-resize"),
             QStringLiteral("1200x800!"), mDir.filePath(QStringLiteral("b-small.png")) });
    const QString compared = magick(
        QStringLiteral("compare"),
        { QStringLiteral("-metric"), QStringLiteral("RMSE"), mDir.filePath(QStringLiteral("a.png")),
          mDir.filePath(QStringLiteral("b-small.png")), QStringLiteral("null:") });
    const QRegularExpressionMatch normalised =
        QRegularExpression(QStringLiteral("\\(([0-9.eE+-]+)\\)")).match(compared);
    QVERIFY2(normalised.hasMatch(), qPrintable(compared));
    QVERIFY2(normalised.captured(1).toDouble() < 0.08, qPrintable(compared));
}

void TestChartCommand::printedChartsCarryNoHoverHints()
{
    const QString out = mDir.filePath(QStringLiteral("scenarios.svg"));
    QCOMPARE(
        runCommand({ QStringLiteral("chart"), QStringLiteral("--db"), mDb, QStringLiteral("--type"),
                     QStringLiteral("scenarios"), QStringLiteral("--out"), out })
            .code,
        0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
    }
    QVERIFY2(!text.contains(QStringLiteral("tooltip"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("difference to Base")), qPrintable(text));
}

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
