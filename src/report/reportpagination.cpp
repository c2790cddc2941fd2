// SPDX-License-Identifier: MIT
#include "reportpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace ws::ReportPagination {

namespace {

// Enough for every break of a long report to move a few times; a pass that finds nothing to
// move ends the loop long before.
constexpr int maximumPasses = 400;

/** A line of text where the layout put it, in the document's coordinates. */
struct Line
{
    double top = 0;
    int page = 0;
};

/** One piece of the document's main flow: a block (paragraph, heading, figure) or a table. */
struct Item
{
    QTextBlock block;
    QTextTable *table = nullptr;
    int headerRows = 0;
    QList<QList<Line>> rows; // a table's lines, row by row
    QList<Line> lines; // every line, in order

    bool keepWithNext() const
    {
        return !table && block.blockFormat().boolProperty(keepWithNextProperty);
    }
    /** Where the item's own content starts: a table's first row below its headers, which Qt
        never leaves without the headers. */
    int firstPage() const
    {
        for (int r = headerRows; r < rows.size(); ++r) {
            if (!rows[r].isEmpty())
                return rows[r].first().page;
        }
        return lines.first().page;
    }
    int lastPage() const { return lines.last().page; }
};

/** The main flow as laid out now. */
class Flow
{
public:
    explicit Flow(QTextDocument *document)
        : mDocument(document)
        , mLayout(document->documentLayout())
        , mPageHeight(document->pageSize().height())
    {
        document->pageCount(); // lays the whole document out
        for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
            Item item;
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                item.table = table;
                item.headerRows = table->format().headerRowCount();
                for (int r = 0; r < table->rows(); ++r) {
                    QList<Line> row;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() != r || cell.column() != c)
                            continue; // spanned
                        for (auto inCell = cell.begin(); !inCell.atEnd(); ++inCell)
                            row << linesOf(inCell.currentBlock());
                    }
                    std::sort(row.begin(), row.end(),
                              [](const Line &a, const Line &b) { return a.top < b.top; });
                    item.lines << row;
                    item.rows << row;
                }
            } else if (it.currentBlock().isValid() && it.currentBlock().length() > 1) {
                item.block = it.currentBlock();
                item.lines = linesOf(item.block);
            }
            if (!item.lines.isEmpty())
                items << item;
        }
    }

    double pageHeight() const { return mPageHeight; }

    /** The document is changed: sets a page break before item @p index, unless it already
        starts a page (a break there would leave an empty one). */
    bool breakBefore(int index) const
    {
        if (index <= 0 || items[index].lines.first().page != items[index - 1].lastPage())
            return false;
        const Item &item = items[index];
        if (item.table) {
            QTextTableFormat format = item.table->format();
            format.setPageBreakPolicy(format.pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            item.table->setFormat(format);
        } else {
            QTextBlockFormat format;
            format.setPageBreakPolicy(item.block.blockFormat().pageBreakPolicy() |
                                      QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(item.block).mergeBlockFormat(format);
        }
        return true;
    }

    /** The first of the items that must move with item @p index: the headings and labels right
        above it. */
    int chainStart(int index) const
    {
        while (index > 0 && items[index - 1].keepWithNext())
            --index;
        return index;
    }

    /** Moves row @p row of table item @p index to the next page, with the rows below it: the
        row above is padded to the page's end, and Qt's own rule then starts the row on the
        next page (and repeats the headers above it). The first row moves the whole table. */
    bool rowToNextPage(int index, int row) const
    {
        const Item &item = items[index];
        if (row <= item.headerRows)
            return breakBefore(chainStart(index));
        if (item.rows[row].isEmpty())
            return false;
        const Line &first = item.rows[row].first();
        // Far enough that the row's first line no longer fits: the layout then drops the row
        // and trims the padded one back to the page's end.
        const double gap = (first.page + 1) * mPageHeight - first.top + 1.0;
        QPaintDevice *device = mLayout->paintDevice();
        const double deviceScale = device ? device->logicalDpiY() / 96.0 : 1.0;
        const double defaultPadding = item.table->format().cellPadding();
        for (int c = 0; c < item.table->columns(); ++c) {
            QTextTableCell cell = item.table->cellAt(row - 1, c);
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            const double padding = format.hasProperty(QTextFormat::TableCellBottomPadding)
                ? format.bottomPadding()
                : defaultPadding;
            format.setBottomPadding(padding + gap / deviceScale);
            cell.setFormat(format);
        }
        return true;
    }

    QList<Item> items;

private:
    QList<Line> linesOf(const QTextBlock &block) const
    {
        QList<Line> lines;
        const QTextLayout *layout = block.layout();
        if (!layout)
            return lines;
        // The block's rectangle starts at its layout's position in the document; the lines are
        // placed relative to that (a line moved to the next page has a large y).
        const double origin = mLayout->blockBoundingRect(block).top();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const double top = origin + layout->lineAt(i).y();
            lines << Line { top, static_cast<int>(std::floor((top + 0.5) / mPageHeight)) };
        }
        return lines;
    }

    QTextDocument *mDocument;
    QAbstractTextDocumentLayout *mLayout;
    double mPageHeight;
};

/** Headings with what follows them, and whole rows. */
bool keepTogether(const Flow &flow)
{
    const QList<Item> &items = flow.items;
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (item.keepWithNext() && i + 1 < items.size() &&
            items[i + 1].firstPage() > item.lastPage() && flow.breakBefore(flow.chainStart(i)))
            return true;
        if (!item.table) {
            // A paragraph split across pages leaves two lines at least on each side (no orphan
            // at a page's foot, no widow at the next page's head), or moves whole.
            const QList<Line> &lines = item.lines;
            const int first = lines.first().page;
            const int last = lines.last().page;
            if (first != last &&
                (lines.size() < 2 || lines[1].page != first ||
                 lines[lines.size() - 2].page != last) &&
                flow.breakBefore(flow.chainStart(i)))
                return true;
            continue;
        }
        for (int r = item.headerRows; r < item.rows.size(); ++r) {
            const QList<Line> &row = item.rows[r];
            if (!row.isEmpty() && row.first().page != row.last().page && flow.rowToNextPage(i, r))
                return true;
        }
    }
    return false;
}

/** A page with a single line takes one more from the page before. */
bool noSingleLinePage(const Flow &flow)
{
    const QList<Item> &items = flow.items;
    QHash<int, int> linesOnPage;
    for (const Item &item : items) {
        for (const Line &line : item.lines)
            ++linesOnPage[line.page];
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        for (int r = 0; r < std::max<qsizetype>(1, item.rows.size()); ++r) {
            const QList<Line> &lines = item.table ? item.rows[r] : item.lines;
            for (const Line &line : lines) {
                if (line.page == 0 || linesOnPage.value(line.page) != 1)
                    continue;
                if (item.table) {
                    if (r - 1 >= item.headerRows && flow.rowToNextPage(i, r - 1))
                        return true;
                    if (flow.breakBefore(flow.chainStart(i)))
                        return true;
                } else if (item.lines.first().page < line.page) {
                    if (flow.breakBefore(flow.chainStart(i))) // the paragraph's last line
                        return true;
                } else if (i > 0) {
                    const Item &previous = items[i - 1];
                    if (previous.table && previous.rows.size() - 1 > previous.headerRows) {
                        if (flow.rowToNextPage(i - 1, static_cast<int>(previous.rows.size()) - 1))
                            return true;
                    } else if (flow.breakBefore(flow.chainStart(i - 1))) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

} // namespace

int settle(QTextDocument *document)
{
    int moved = 0;
    while (moved < maximumPasses) {
        const Flow flow(document);
        // One edit: the document is laid out again once, not once per padded cell.
        QTextCursor edit(document);
        edit.beginEditBlock();
        const bool changed = keepTogether(flow) || noSingleLinePage(flow);
        edit.endEditBlock();
        if (!changed)
            break;
        ++moved;
    }
    return moved;
}

} // namespace ws::ReportPagination
