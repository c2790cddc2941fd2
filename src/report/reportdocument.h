// SPDX-License-Identifier: MIT
#pragma once

#include "reportsettings.h"

#include <QHash>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>
#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;

namespace ws {

class ChartModels;
class Workbook;

/** A report as a text document: sections written from the workbook's numbers, tables that
    break across pages with their headers repeated, and charts and the supply-chain graph as
    vector figures drawn when the page is painted. User text (titles, names) is inserted as
    plain text, never as markup. */
class ReportDocument : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /** Lays the report out for @p device (its resolution sets the units), with pages whose
        text area is @p pageSize in the device's units. */
    ReportDocument(Workbook *workbook, const ReportSettings &settings, QPaintDevice *device,
                   const QSizeF &pageSize, QObject *parent = nullptr);
    ~ReportDocument() override;

    QTextDocument *document() const { return mDocument.get(); }
    /** The sections written, in order (the title page's heading included). */
    QStringList sectionTitles() const { return mSectionTitles; }

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    using Painter = std::function<void(QPainter *, const QRectF &)>;

    void build();
    void writeTitle(QTextCursor &cursor);
    /** The year's shares and wafers by vendor, on the title page. */
    void writeKeyFigures(QTextCursor &cursor);
    void writeSummary(QTextCursor &cursor);
    void writeCharts(QTextCursor &cursor);
    void writeShares(QTextCursor &cursor);
    /** Where the CoWoS wafers of a program-year come from, in words for the table. */
    QString cowosBasisText(int programIndex, int yearIndex) const;
    void writeCalibration(QTextCursor &cursor);
    void writeAssumptions(QTextCursor &cursor);
    void writeDifferences(QTextCursor &cursor);
    void writeBenefits(QTextCursor &cursor);
    void writeGraph(QTextCursor &cursor);
    void writeSources(QTextCursor &cursor);

    void heading(QTextCursor &cursor, const QString &text);
    /** A paragraph; @p keepWithNext keeps it on the page of what follows (a table's label). */
    void paragraph(QTextCursor &cursor, const QString &text, bool keepWithNext = false);
    void figure(QTextCursor &cursor, const QSizeF &size, Painter paint, const QString &caption);
    /** The largest figure a page holds together with a heading and the caption. */
    QSizeF maximumFigureSize() const;
    /** [n] for a source, numbering sources in the order the report first cites them. */
    QString cite(int sourceId);

    Workbook *mWorkbook;
    ReportSettings mSettings;
    QSizeF mPageSize;
    double mDotsPerPoint = 1.0; // device units per typographic point
    std::unique_ptr<QTextDocument> mDocument;
    std::unique_ptr<ChartModels> mModels;
    QList<Painter> mFigures;
    QList<QSizeF> mFigureSizes;
    QList<int> mCitedSources;
    QStringList mSectionTitles;
    QList<QObject *> mKeepAlive; // chart views and scenes the figures paint from
};

} // namespace ws
