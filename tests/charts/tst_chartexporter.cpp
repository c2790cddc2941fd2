// SPDX-License-Identifier: MIT
#include "charts/chartexporter.h"
#include "charts/interactivechartview.h"

#include <QChart>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace ws;

namespace {

const QStringList vendors = { QStringLiteral("Nvidia"), QStringLiteral("Google"),
                              QStringLiteral("AWS"), QStringLiteral("AMD") };
const QColor nvidiaGreen(0x76, 0xB9, 0x00);

/** Four vendors' shares over six years, built by hand so that the exporter is tested apart from
    the application's charts. */
class VendorLinesView : public InteractiveChartView
{
public:
    VendorLinesView()
    {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setTitle(QStringLiteral("<b>Compute wafer share</b>"));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *years = new QValueAxis;
        years->setRange(2022, 2027);
        years->setLabelFormat(QStringLiteral("%d"));
        auto *share = new QValueAxis;
        share->setRange(0, 80);
        chart->addAxis(years, Qt::AlignBottom);
        chart->addAxis(share, Qt::AlignLeft);
        const QList<QColor> colors = { nvidiaGreen, QColor(0x42, 0x85, 0xF4),
                                       QColor(0xFF, 0x99, 0x00), QColor(0xED, 0x1C, 0x24) };
        const QList<QList<double>> shares = { { 70, 66, 60, 55, 52, 50 },
                                              { 12, 15, 18, 22, 24, 25 },
                                              { 4, 5, 6, 6, 8, 9 },
                                              { 5, 6, 7, 8, 8, 9 } };
        for (int v = 0; v < vendors.size(); ++v) {
            auto *series = new QLineSeries;
            series->setName(vendors.at(v));
            series->setPen(QPen(colors.at(v), 3.0));
            for (int i = 0; i < 6; ++i)
                series->append(2022 + i, shares.at(v).at(i));
            chart->addSeries(series);
            series->attachAxis(years);
            series->attachAxis(share);
        }
        replaceChart(chart);
        setRenderHint(QPainter::Antialiasing);
        finishRebuild();
    }
};

// Bounding box of the pixels within a small distance of @p color.
QRect boundsOf(const QImage &image, const QColor &color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QRect bounds;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = line[x];
            if (std::abs(qRed(pixel) - color.red()) < 12 &&
                std::abs(qGreen(pixel) - color.green()) < 12 &&
                std::abs(qBlue(pixel) - color.blue()) < 12)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

// The text of every <text> element of an SVG document, nested <tspan>s included.
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("text"))
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (reader.hasError())
        *error = reader.errorString();
    return texts;
}

} // namespace

/** ChartExporter writing a hand-built four-vendor chart to PNG, SVG and PDF. */
class TestChartExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pngHasAskedSizeAndDpi_data();
    void pngHasAskedSizeAndDpi();
    void pngAt192DpiIsTheSameLayoutAtTwiceThePixels();
    void tooLargeAPngIsRefused();
    void svgKeepsVendorNamesAsText();
    void svgKeepsAMixedScriptNameInOneRun();
    void svgIgnoresTheDpi();
    void pdfIsOneVectorPageOfTheAskedSize();
    void suffixIsCaseInsensitive();
    void unknownSuffixIsRefused();
    void missingFolderCannotWrite_data();
    void missingFolderCannotWrite();
    void exportLeavesTheViewAsItWas();
    void crosshairIsLeftOutOfExports();
    void paintOnHighResolutionDeviceKeepsTextInProportion();
    void mimeDataHoldsPngAndSvg();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    QByteArray exportBytes(const QString &name, QSize size = QSize(1200, 800), double dpi = 96);

    QTemporaryDir mDir;
    std::unique_ptr<VendorLinesView> mView;
};

void TestChartExporter::init()
{
    mView = std::make_unique<VendorLinesView>();
    mView->resize(520, 360);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView.get()));
}

void TestChartExporter::cleanup()
{
    mView.reset();
}

QByteArray TestChartExporter::exportBytes(const QString &name, QSize size, double dpi)
{
    ChartExportSettings settings;
    settings.path = path(name);
    settings.size = size;
    settings.dpi = dpi;
    QString error;
    const auto result = ChartExporter::exportChart(mView->chart(), settings, &error);
    if (result != ChartExporter::Result::Success) {
        qWarning("%s", qPrintable(error));
        return QByteArray();
    }
    QFile file(settings.path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void TestChartExporter::pngHasAskedSizeAndDpi_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dotsPerMeter");
    // 96 / 0.0254 = 3779.5; 192 / 0.0254 = 7559.1; 300 / 0.0254 = 11811.0. The pixels are the
    // size times dpi / 96: 1200 × 300 / 96 = 3750, 800 × 300 / 96 = 2500.
    QTest::newRow("1200x800 at 96") << QSize(1200, 800) << 96.0 << QSize(1200, 800) << 3780;
    QTest::newRow("600x400 at 96") << QSize(600, 400) << 96.0 << QSize(600, 400) << 3780;
    QTest::newRow("1200x800 at 192") << QSize(1200, 800) << 192.0 << QSize(2400, 1600) << 7559;
    QTest::newRow("1200x800 at 300") << QSize(1200, 800) << 300.0 << QSize(3750, 2500) << 11811;
}

void TestChartExporter::pngHasAskedSizeAndDpi()
{
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    QFETCH(QSize, pixels);
    QFETCH(int, dotsPerMeter);
    const QByteArray bytes = exportBytes(QStringLiteral("chart.png"), size, dpi);
    QVERIFY(bytes.startsWith("\x89PNG"));
    QImage image;
    QVERIFY(image.loadFromData(bytes, "PNG"));
    QCOMPARE(image.size(), pixels);
    QCOMPARE(image.dotsPerMeterX(), dotsPerMeter);
    QCOMPARE(image.dotsPerMeterY(), dotsPerMeter);
    // Corners are the chart's white background, not transparency.
    QCOMPARE(image.pixelColor(0, 0).alpha(), 255);
}

void TestChartExporter::pngAt192DpiIsTheSameLayoutAtTwiceThePixels()
{
    const QImage normal = ChartExporter::image(mView->chart(), QSize(600, 400), 96);
    const QImage sharp = ChartExporter::image(mView->chart(), QSize(600, 400), 192);
    QCOMPARE(normal.size(), QSize(600, 400));
    QCOMPARE(sharp.size(), QSize(1200, 800));
    const QRect small = boundsOf(normal, nvidiaGreen);
    const QRect large = boundsOf(sharp, nvidiaGreen);
    QVERIFY(small.isValid());
    // Nvidia's line (and its legend square) sit at twice the coordinates, within the width of
    // the antialiased edge: the same layout, drawn at twice the density.
    QVERIFY2(std::abs(large.left() - 2 * small.left()) <= 3,
             qPrintable(QString::number(large.left())));
    QVERIFY(std::abs(large.top() - 2 * small.top()) <= 3);
    QVERIFY(std::abs(large.right() - 2 * small.right()) <= 4);
    QVERIFY(std::abs(large.bottom() - 2 * small.bottom()) <= 4);
}

void TestChartExporter::tooLargeAPngIsRefused()
{
    // 20,000 × 300 / 96 = 62,500 pixels wide: more than a PNG side may have.
    ChartExportSettings settings;
    settings.path = path(QStringLiteral("huge.png"));
    settings.size = QSize(20000, 800);
    settings.dpi = 300;
    QString error;
    QCOMPARE(ChartExporter::exportChart(mView->chart(), settings, &error),
             ChartExporter::Result::CannotWrite);
    QVERIFY2(error.contains(QStringLiteral("62500")), qPrintable(error));
    QVERIFY(!QFile::exists(settings.path));
    // A vector drawing has no pixels: the same size and dpi make an SVG.
    QVERIFY(exportBytes(QStringLiteral("huge.svg"), QSize(20000, 800), 300).contains("<svg"));
}

void TestChartExporter::svgKeepsVendorNamesAsText()
{
    const QByteArray svg = exportBytes(QStringLiteral("chart.svg"));
    QVERIFY(!svg.isEmpty());
    QString error;
    const QStringList texts = svgTexts(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &vendor : vendors)
        QVERIFY2(texts.contains(vendor), qPrintable(vendor + QStringLiteral(" not in a <text>")));
    QVERIFY(texts.contains(QStringLiteral("2024")));

    QXmlStreamReader reader(svg);
    while (!reader.atEnd() &&
           !(reader.readNext() == QXmlStreamReader::StartElement &&
             reader.name() == QLatin1String("svg"))) { }
    QCOMPARE(reader.attributes().value(QLatin1String("viewBox")).toString(),
             QStringLiteral("0 0 1200 800"));
    // 1200 pixels at 96 dpi are 12.5 inches, 317.5 mm.
    QVERIFY(reader.attributes().value(QLatin1String("width")).startsWith(QLatin1String("317.")));
    QVERIFY(svg.contains("<title>Compute wafer share</title>"));
    QVERIFY(!svg.contains("<image"));
}

void TestChartExporter::svgKeepsAMixedScriptNameInOneRun()
{
    // Han characters come from the CJK face, Latin letters and the hyphen from the UI face:
    // two runs of glyphs that must come out as one <text>.
    const QStringList names = { QStringLiteral("亞馬遜AWS"), QStringLiteral("貿聯-KY") };
    auto *chart = mView->chart();
    const auto series = chart->series();
    for (int i = 0; i < names.size(); ++i)
        series.at(i)->setName(names.at(i));
    const QByteArray svg = exportBytes(QStringLiteral("mixed.svg"));
    QVERIFY(!svg.isEmpty());

    QXmlStreamReader reader(svg);
    QStringList texts;
    QStringList families;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("text")) {
            families << reader.attributes().value(QLatin1String("font-family")).toString();
            texts << reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    for (const QString &name : names)
        QVERIFY2(texts.contains(name), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.contains(QStringLiteral("亞馬遜")));
    QVERIFY(!texts.contains(QStringLiteral("貿聯")));
    QVERIFY(!texts.contains(QStringLiteral("-KY")));
    // Every text names a list of faces that ends in the CSS generic family, so that a viewer
    // without the first faces still draws sans-serif text.
    for (const QString &family : std::as_const(families)) {
        QVERIFY2(family.endsWith(QLatin1String(", sans-serif")), qPrintable(family));
        QVERIFY2(family.contains(QLatin1String("CJK TC")), qPrintable(family));
    }
}

void TestChartExporter::svgIgnoresTheDpi()
{
    const QByteArray svg = exportBytes(QStringLiteral("dpi.svg"), QSize(1200, 800), 300);
    QXmlStreamReader reader(svg);
    while (!reader.atEnd() &&
           !(reader.readNext() == QXmlStreamReader::StartElement &&
             reader.name() == QLatin1String("svg"))) { }
    QCOMPARE(reader.attributes().value(QLatin1String("viewBox")).toString(),
             QStringLiteral("0 0 1200 800"));
    // Still 1200 pixels at 96 dpi: 12.5 inches, 317.5 mm.
    QVERIFY(reader.attributes().value(QLatin1String("width")).startsWith(QLatin1String("317.")));
}

void TestChartExporter::pdfIsOneVectorPageOfTheAskedSize()
{
    const QByteArray pdf = exportBytes(QStringLiteral("chart.pdf"));
    QVERIFY(pdf.startsWith("%PDF"));
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 1);
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))));
    // 1200 × 800 pixels at 96 dpi are 12.5 × 8.33 inches: 900 × 600 points.
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("/MediaBox\\s*\\[\\s*0 0 900(\\.0*)? 600(\\.0*)?\\s*\\]"))),
             qPrintable(text.mid(text.indexOf(QStringLiteral("/MediaBox")), 40)));
}

void TestChartExporter::suffixIsCaseInsensitive()
{
    QVERIFY(exportBytes(QStringLiteral("upper.PNG"), QSize(300, 200)).startsWith("\x89PNG"));
    QVERIFY(exportBytes(QStringLiteral("upper.Pdf"), QSize(300, 200)).startsWith("%PDF"));
}

void TestChartExporter::unknownSuffixIsRefused()
{
    ChartExportSettings settings;
    settings.path = path(QStringLiteral("chart.bmp"));
    QString error;
    QCOMPARE(ChartExporter::exportChart(mView->chart(), settings, &error),
             ChartExporter::Result::UnknownFormat);
    for (const char *suffix : { ".png", ".svg", ".pdf" })
        QVERIFY2(error.contains(QLatin1String(suffix)), qPrintable(error));
    QVERIFY(!QFile::exists(settings.path));
}

void TestChartExporter::missingFolderCannotWrite_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << QStringLiteral("missing/chart.png");
    QTest::newRow("svg") << QStringLiteral("missing/chart.svg");
    QTest::newRow("pdf") << QStringLiteral("missing/chart.pdf");
}

void TestChartExporter::missingFolderCannotWrite()
{
    QFETCH(QString, name);
    ChartExportSettings settings;
    settings.path = path(name);
    QString error;
    QCOMPARE(ChartExporter::exportChart(mView->chart(), settings, &error),
             ChartExporter::Result::CannotWrite);
    QVERIFY(error.contains(QStringLiteral("missing")));
    QVERIFY(!QFile::exists(settings.path));
}

void TestChartExporter::exportLeavesTheViewAsItWas()
{
    QChart *chart = mView->chart();
    const QRectF geometry = chart->geometry();
    const QRectF plotArea = chart->plotArea();
    const QImage before = mView->grab().toImage();
    QVERIFY(!exportBytes(QStringLiteral("a.png")).isEmpty());
    QVERIFY(!exportBytes(QStringLiteral("a.svg"), QSize(300, 900)).isEmpty());
    QVERIFY(!exportBytes(QStringLiteral("a.pdf"), QSize(1600, 500), 150).isEmpty());
    QCOMPARE(chart->geometry(), geometry);
    QCOMPARE(chart->plotArea(), plotArea);
    QCOMPARE(chart->scene(), mView->scene());
    QCOMPARE(mView->grab().toImage(), before);
}

void TestChartExporter::crosshairIsLeftOutOfExports()
{
    QGraphicsLineItem *crosshair = nullptr;
    const auto items = mView->scene()->items();
    for (QGraphicsItem *item : items) {
        if (ChartExporter::isInteractive(item))
            crosshair = qgraphicsitem_cast<QGraphicsLineItem *>(item);
    }
    QVERIFY(crosshair);
    const QImage clean = ChartExporter::image(mView->chart(), QSize(600, 400));
    QTest::mouseMove(mView->viewport(), mView->chart()->plotArea().center().toPoint());
    QTRY_VERIFY(crosshair->isVisible());
    QCOMPARE(ChartExporter::image(mView->chart(), QSize(600, 400)), clean);
    QVERIFY(crosshair->isVisible());
}

void TestChartExporter::paintOnHighResolutionDeviceKeepsTextInProportion()
{
    // A device at 192 dpi painted without scaling, as a printer or a report would: the chart
    // must come out as the 192 dpi export does, not with text at half its proportion.
    QImage device(1200, 800, QImage::Format_ARGB32_Premultiplied);
    device.setDotsPerMeterX(7559);
    device.setDotsPerMeterY(7559);
    device.fill(Qt::white);
    {
        QPainter painter(&device);
        painter.setRenderHint(QPainter::Antialiasing);
        ChartExporter::paint(mView->chart(), &painter, QRectF(0, 0, 1200, 800));
    }
    const QRect painted = boundsOf(device, nvidiaGreen);
    // The 600 × 400 layout at 192 dpi: 1200 × 800 pixels, as on the device.
    const QRect exported =
        boundsOf(ChartExporter::image(mView->chart(), QSize(600, 400), 192), nvidiaGreen);
    QVERIFY(painted.isValid());
    QVERIFY2(std::abs(painted.left() - exported.left()) <= 3 &&
                 std::abs(painted.right() - exported.right()) <= 3 &&
                 std::abs(painted.top() - exported.top()) <= 3 &&
                 std::abs(painted.bottom() - exported.bottom()) <= 3,
             qPrintable(QStringLiteral("%1,%2 %3x%4 vs %5,%6 %7x%8")
                            .arg(painted.x())
                            .arg(painted.y())
                            .arg(painted.width())
                            .arg(painted.height())
                            .arg(exported.x())
                            .arg(exported.y())
                            .arg(exported.width())
                            .arg(exported.height())));
}

void TestChartExporter::mimeDataHoldsPngAndSvg()
{
    std::unique_ptr<QMimeData> data(ChartExporter::mimeData(mView->chart(), QSize(400, 300)));
    QVERIFY(data->hasImage());
    QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(400, 300));
    QImage png;
    QVERIFY(png.loadFromData(data->data(QStringLiteral("image/png")), "PNG"));
    QCOMPARE(png.size(), QSize(400, 300));
    QString error;
    const QStringList texts = svgTexts(data->data(QStringLiteral("image/svg+xml")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(texts.contains(QStringLiteral("AMD")));
}

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
