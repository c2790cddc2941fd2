// SPDX-License-Identifier: MIT
#include "support/commandrun.h"

#include <QFile>
#include <QImage>
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

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
