// SPDX-License-Identifier: MIT
#pragma once

#include "core/forecastengine.h"
#include "core/forecastinput.h"
#include "reportsettings.h"

#include <QHash>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <functional>
#include <memory>
#include <optional>

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
    /** How charts and the graph enter the document: painted as vectors when a page is
        painted, or as pictures held in the document (for an OpenDocument file). */
    enum class Figures { Painted, Images };

    ReportDocument(Workbook *workbook, const ReportSettings &settings, QPaintDevice *device,
                   const QSizeF &pageSize, QObject *parent = nullptr,
                   Figures figures = Figures::Painted);
    ~ReportDocument() override;

    /** The report's font families: Latin text in DejaVu Sans, Han text in Noto Sans CJK TC. */
    static QStringList fontFamilies();

    /** A table the report summarises, in full as CSV, for the file beside the report. */
    struct FullTable
    {
        QString path;
        QString csv;
    };
    /** The tables summarised in the report (when it has more than summarisedPrograms
        programs), to be written at their paths; empty when settings.outputPath is. */
    QList<FullTable> fullTables() const { return mFullTables; }
    /** Tables of programs longer than this show the programs with the most wafers only. */
    static constexpr int summarisedPrograms = 25;

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
    /** Every program and year of the assumptions table, as CSV. */
    QString assumptionsCsv() const;
    void writeDifferences(QTextCursor &cursor);
    void writeBenefits(QTextCursor &cursor);
    void writeGraph(QTextCursor &cursor);
    void writeSources(QTextCursor &cursor);

    /** A scenario's inputs and results: the open one from memory, another read from the
        workbook once. */
    struct ScenarioForecast
    {
        ForecastInput input;
        ForecastResult result;
    };
    const ScenarioForecast &forecastOf(int scenarioId);
    /** The reference scenario's id: the chosen one, or the root. */
    int referenceId() const;
    /** The scenarios compared with the reference, in the order chosen, without it. */
    QList<int> comparedIds() const;
    /** The scenarios of the comparison chart: the reference, then those compared with it. */
    QList<int> chartedScenarioIds() const;
    /** The share of @p vendorName's AI compute wafers in the report's year under @p forecast,
        or nothing when that scenario lacks the vendor or the year. */
    std::optional<double> shareIn(const ScenarioForecast &forecast,
                                  const QString &vendorName) const;

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
    Figures mFigureMode = Figures::Painted;
    int mImageCount = 0;
    std::unique_ptr<QTextDocument> mDocument;
    std::unique_ptr<ChartModels> mModels;
    QList<Painter> mFigures;
    QList<QSizeF> mFigureSizes;
    QList<int> mCitedSources;
    QStringList mSectionTitles;
    QList<FullTable> mFullTables;
    QHash<int, std::shared_ptr<ScenarioForecast>> mForecasts;
    QList<QObject *> mKeepAlive; // chart views and scenes the figures paint from
};

} // namespace ws
