// SPDX-License-Identifier: MIT
#include "report/reportpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace ws;

namespace {

constexpr double pageHeight = 300;

/** The pages of a block's lines, as Qt's layout placed them. */
QList<int> pagesOf(const QTextDocument &document, const QTextBlock &block)
{
    QList<int> pages;
    const double top = document.documentLayout()->blockBoundingRect(block).top();
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        pages << static_cast<int>(
            std::floor((top + block.layout()->lineAt(i).y() + 0.5) / pageHeight));
    return pages;
}

void addParagraph(QTextCursor &cursor, const QString &text, bool keepWithNext = false)
{
    QTextBlockFormat format;
    if (keepWithNext)
        format.setProperty(ReportPagination::keepWithNextProperty, true);
    cursor.insertBlock(format);
    cursor.insertText(text);
}

/** How many one-line paragraphs the first page holds. */
int linesPerPage()
{
    QTextDocument document;
    document.setPageSize(QSizeF(400, pageHeight));
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("first"));
    int lines = 1;
    while (document.pageCount() == 1) {
        addParagraph(cursor, QStringLiteral("line"));
        ++lines;
    }
    return lines - 1;
}

} // namespace

/** The page-break rules on small documents, checked on the positions Qt's layout gives. */
class TestReportPagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastPageTakesASecondLine();
    void headingMovesToWhatFollows();
    void rowsAreNeverSplit();
    void paragraphLeavesNoOrphanLine();
};

void TestReportPagination::lastPageTakesASecondLine()
{
    const int perPage = linesPerPage();
    QVERIFY(perPage > 5);
    QTextDocument document;
    document.setPageSize(QSizeF(400, pageHeight));
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("line 1"));
    for (int i = 2; i <= perPage + 1; ++i)
        addParagraph(cursor, QStringLiteral("line %1").arg(i));
    QCOMPARE(pagesOf(document, document.lastBlock()), QList<int>({ 1 }));
    QCOMPARE(pagesOf(document, document.lastBlock().previous()), QList<int>({ 0 }));
    QVERIFY(ReportPagination::settle(&document) > 0);
    QCOMPARE(document.pageCount(), 2);
    // The line before came over: two lines on the second page.
    QCOMPARE(pagesOf(document, document.lastBlock().previous()), QList<int>({ 1 }));
    QCOMPARE(pagesOf(document, document.lastBlock().previous().previous()), QList<int>({ 0 }));
}

void TestReportPagination::headingMovesToWhatFollows()
{
    const int perPage = linesPerPage();
    QTextDocument document;
    document.setPageSize(QSizeF(400, pageHeight));
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("line 1"));
    for (int i = 2; i < perPage; ++i)
        addParagraph(cursor, QStringLiteral("line %1").arg(i));
    addParagraph(cursor, QStringLiteral("Heading"), true); // the first page's last line
    const QTextBlock heading = document.lastBlock();
    for (int i = 0; i < 4; ++i)
        addParagraph(cursor, QStringLiteral("after %1").arg(i));
    QCOMPARE(pagesOf(document, heading), QList<int>({ 0 }));
    QCOMPARE(pagesOf(document, heading.next()), QList<int>({ 1 }));
    ReportPagination::settle(&document);
    QCOMPARE(pagesOf(document, heading), QList<int>({ 1 }));
    QCOMPARE(pagesOf(document, heading.previous()), QList<int>({ 0 }));
}

void TestReportPagination::rowsAreNeverSplit()
{
    QTextDocument document;
    document.setPageSize(QSizeF(400, pageHeight));
    QTextCursor cursor(&document);
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(3);
    QTextTable *table = cursor.insertTable(40, 2, format);
    for (int r = 0; r < table->rows(); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(QStringLiteral("row %1").arg(r));
        // Three lines in one cell of every other row, so that rows end at many heights.
        table->cellAt(r, 1).firstCursorPosition().insertText(
            r % 2 ? QStringLiteral("one\u2028two\u2028three") : QStringLiteral("one"));
    }
    const auto splitRows = [&] {
        int split = 0;
        for (int r = 1; r < table->rows(); ++r) {
            QList<int> pages;
            for (int c = 0; c < 2; ++c)
                pages << pagesOf(document, table->cellAt(r, c).firstCursorPosition().block());
            if (*std::min_element(pages.cbegin(), pages.cend()) !=
                *std::max_element(pages.cbegin(), pages.cend()))
                ++split;
        }
        return split;
    };
    QVERIFY(document.pageCount() >= 3);
    QVERIFY(splitRows() > 0); // Qt alone moves lines, not rows
    ReportPagination::settle(&document);
    QCOMPARE(splitRows(), 0);
}

void TestReportPagination::paragraphLeavesNoOrphanLine()
{
    const int perPage = linesPerPage();
    QTextDocument document;
    document.setPageSize(QSizeF(400, pageHeight));
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("line 1"));
    for (int i = 2; i < perPage; ++i)
        addParagraph(cursor, QStringLiteral("line %1").arg(i));
    // Four lines from the first page's last line on: one at its foot, three on the next.
    addParagraph(cursor, QStringLiteral("one\u2028two\u2028three\u2028four"));
    const QTextBlock paragraph = document.lastBlock();
    QCOMPARE(pagesOf(document, paragraph), QList<int>({ 0, 1, 1, 1 }));
    ReportPagination::settle(&document);
    QCOMPARE(pagesOf(document, paragraph), QList<int>({ 1, 1, 1, 1 }));
}

QTEST_MAIN(TestReportPagination)
#include "tst_reportpagination.moc"
