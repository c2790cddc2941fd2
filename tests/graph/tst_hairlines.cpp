// SPDX-License-Identifier: MIT
#include "graph/hairlines.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTransform>

#include <cmath>

using namespace ws;

namespace {

constexpr QRgb ink = 0xFF336699;
constexpr QRgb paper = 0xFFFFFFFF;

QImage blank(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(paper);
    return image;
}

/** The pixels of @p image in @p colour, as x, y pairs. */
QSet<QPoint> lit(const QImage &image, QRgb colour)
{
    QSet<QPoint> points;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == colour)
                points.insert(QPoint(x, y));
    return points;
}

QSet<QPoint> row(int y, int fromX, int toX)
{
    QSet<QPoint> points;
    for (int x = fromX; x <= toX; ++x)
        points.insert(QPoint(x, y));
    return points;
}

} // namespace

/** The one-pixel lines the zoomed-out graph draws its relations with. */
class TestHairlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void horizontalLightsTheColumnsItCrosses()
    {
        // Pixel centres x + 0.5 for x = 1..8 lie within 1.5..8.5; the row is y = 2.
        QImage image = blank(10, 5);
        drawHairlines(image, { QLineF(1.5, 2.5, 8.5, 2.5) }, QTransform(), ink);
        QCOMPARE(lit(image, ink), row(2, 1, 8));
        QCOMPARE(lit(image, paper).size(), 50 - 8);
    }

    void verticalAndDiagonal()
    {
        QImage image = blank(10, 10);
        drawHairlines(image, { QLineF(3.2, 0, 3.2, 5) }, QTransform(), ink);
        QSet<QPoint> column;
        for (int y = 0; y < 5; ++y)
            column.insert(QPoint(3, y));
        QCOMPARE(lit(image, ink), column);

        // From corner to corner: at centre column x + 0.5 the line is at y = x + 0.5.
        image = blank(10, 10);
        drawHairlines(image, { QLineF(0, 0, 10, 10) }, QTransform(), ink);
        QSet<QPoint> diagonal;
        for (int i = 0; i < 10; ++i)
            diagonal.insert(QPoint(i, i));
        QCOMPARE(lit(image, ink), diagonal);
    }

    void shallowSlopeStepsOnceAcrossTheRows()
    {
        // From (0, 0) to (8, 2): y = x / 4 at the centres 0.5..7.5, so rows 0 (x 0..3: y ≤ 0.875)
        // and 1 (x 4..7: y = 1.125..1.875).
        QImage image = blank(8, 3);
        drawHairlines(image, { QLineF(8, 2, 0, 0) }, QTransform(), ink);
        QCOMPARE(lit(image, ink), row(0, 0, 3) | row(1, 4, 7));
    }

    void clippedToTheImage()
    {
        QImage image = blank(20, 10);
        drawHairlines(image,
                      { QLineF(-100, 5.5, 200, 5.5), // across, far beyond both sides
                        QLineF(-50, -50, -10, -10), // wholly outside
                        QLineF(30, 0, 30, 10), // beside it
                        QLineF(qQNaN(), 1, 5, 1), QLineF(0, 1, qInf(), 1) },
                      QTransform(), ink);
        QCOMPARE(lit(image, ink), row(5, 0, 19));
    }

    void mappedByTheTransform()
    {
        // (0, 0)–(4, 0) scaled by 2 and moved by (0.5, 1.5): (0.5, 1.5)–(8.5, 1.5).
        QImage image = blank(12, 4);
        drawHairlines(image, { QLineF(0, 0, 4, 0) },
                      QTransform::fromTranslate(0.5, 1.5).scale(2, 2), ink);
        QCOMPARE(lit(image, ink), row(1, 0, 8));
    }

    void shorterThanAPixelIsAPoint()
    {
        QImage image = blank(5, 5);
        drawHairlines(image, { QLineF(2.6, 3.6, 2.8, 3.7) }, QTransform(), ink);
        QCOMPARE(lit(image, ink), QSet<QPoint> { QPoint(2, 3) });
    }

    void matchesQPainterWithinAPixel()
    {
        // Against QPainter's own aliased cosmetic lines: the same pixels, give or take the
        // rounding of a tie, so every pixel of one is at most one pixel from the other's.
        QRandomGenerator random(11);
        for (int n = 0; n < 200; ++n) {
            const QLineF line(random.bounded(60.0) - 5, random.bounded(40.0) - 5,
                              random.bounded(60.0) - 5, random.bounded(40.0) - 5);
            QImage ours = blank(50, 30);
            drawHairlines(ours, { line }, QTransform(), ink);
            QImage theirs = blank(50, 30);
            {
                QPainter painter(&theirs);
                painter.setPen(QPen(QColor(ink), 0));
                painter.drawLine(line);
            }
            const QSet<QPoint> a = lit(ours, ink);
            const QSet<QPoint> b = lit(theirs, ink);
            QVERIFY2(std::abs(a.size() - b.size()) <= 2,
                     qPrintable(QStringLiteral("line %1: %2 pixels, QPainter %3")
                                    .arg(n)
                                    .arg(a.size())
                                    .arg(b.size())));
            const auto near = [](const QPoint &p, const QSet<QPoint> &set) {
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if (set.contains(p + QPoint(dx, dy)))
                            return true;
                return false;
            };
            for (const QPoint &p : a)
                QVERIFY2(near(p, b), qPrintable(QStringLiteral("line %1").arg(n)));
            for (const QPoint &p : b)
                QVERIFY2(near(p, a), qPrintable(QStringLiteral("line %1").arg(n)));
        }
    }

    void otherFormatsAreLeftAlone()
    {
        QImage image(4, 4, QImage::Format_RGB16);
        image.fill(Qt::white);
        const QImage before = image;
        drawHairlines(image, { QLineF(0, 0, 4, 4) }, QTransform(), ink);
        QCOMPARE(image, before);
    }
};

QTEST_GUILESS_MAIN(TestHairlines)
#include "tst_hairlines.moc"
