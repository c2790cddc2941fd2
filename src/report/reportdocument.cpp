// SPDX-License-Identifier: MIT
#include "reportdocument.h"

#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/forecastchartview.h"
#include "core/calibration.h"
#include "core/localname.h"
#include "core/sourcecitation.h"
#include "files/csvwriter.h"
#include "graph/graphexporter.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "models/calibrationmodel.h"
#include "models/chartmodels.h"
#include "models/computedforecast.h"
#include "models/supplychainanalysis.h"
#include "models/workbook.h"
#include "reportpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <numeric>

#include <cmath>

namespace ws {

namespace {

constexpr int figureObject = QTextFormat::UserObject + 1;
constexpr int figureIndexProperty = QTextFormat::UserProperty + 1;

QString signedNumber(double value, int decimals)
{
    return QString::asprintf("%+.*f", decimals, value);
}

QTextTableFormat tableFormat(int headerRows)
{
    QTextTableFormat format;
    format.setHeaderRowCount(headerRows); // repeated at the top of every page the table spans
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xB0, 0xB4, 0xBA));
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

// Qt 6.4's line breaking finds a break after the separator of a one-digit number that starts a
// text ("0.|11", "7.|0 %"), though not in "10.11" or "a 0.11": a word joiner before the digit
// keeps the number whole. It is invisible and not extracted as text.
QString unbreakableNumbers(const QString &text)
{
    if (text.size() > 2 && text[0].isDigit() &&
        (text[1] == QLatin1Char('.') || text[1] == QLatin1Char(',')) && text[2].isDigit())
        return QChar(0x2060) + text;
    return text;
}

void setCell(QTextTable *table, int row, int column, const QString &text, bool bold = false,
             bool right = false)
{
    QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    cell.setBlockFormat(block);
    QTextCharFormat format;
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontPointSize(8.5);
    cell.insertText(unbreakableNumbers(text), format);
}

// On paper no name of the supply-chain graph is set smaller than this, the usual floor of
// legible print: the graph is split into several figures rather than shrunk below it.
constexpr double smallestPrintedPointSize = 6.0;

} // namespace

ReportDocument::ReportDocument(Workbook *workbook, const ReportSettings &settings,
                               QPaintDevice *device, const QSizeF &pageSize, QObject *parent,
                               Figures figures)
    : QObject(parent)
    , mWorkbook(workbook)
    , mSettings(settings)
    , mPageSize(pageSize)
    , mFigureMode(figures)
    , mDocument(std::make_unique<QTextDocument>())
    , mModels(std::make_unique<ChartModels>())
{
    mDocument->documentLayout()->setPaintDevice(device);
    mDotsPerPoint = device->logicalDpiY() / 72.0;
    // Lines break between words only: "negative_binomial" or "accelerators" are never cut in
    // two, and a table's column is at least as wide as its longest word.
    QTextOption wrapping = mDocument->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    mDocument->setDefaultTextOption(wrapping);
    mDocument->documentLayout()->registerHandler(figureObject, this);
    mDocument->setPageSize(pageSize);
    mDocument->setUndoRedoEnabled(false); // built once by the program, never edited
    // Text measured with the fonts' design metrics, not hinted at the device's resolution: the
    // same lines and pages on a 300 dpi PDF, a 1200 dpi printer and the preview.
    mDocument->setUseDesignMetrics(true);
    mDocument->setDocumentMargin(0);
    // The charts and the graph paint with the application's font: Han text in it falls back
    // to the Traditional Chinese face too, as a substitute tried before the system's fallback.
    // The application's family may be an alias ("Sans Serif") that Qt resolves only after
    // trying its substitutes: the report's Latin face goes first, or every Latin glyph would be
    // drawn in the Han face (whose digits the PDF's text map then leaves out).
    const QString applicationFamily = QGuiApplication::font().family();
    if (!QFont::substitutes(applicationFamily).contains(fontFamilies().constLast()))
        QFont::insertSubstitutions(applicationFamily, fontFamilies());
    QFont body;
    body.setFamilies(fontFamilies());
    body.setPointSizeF(9.5);
    // No ligatures: "ff" as one glyph would come back from the PDF as "ﬀ" and break search and
    // copying. Latin text needs no shaping beyond that.
    body.setStyleStrategy(QFont::PreferNoShaping);
    mDocument->setDefaultFont(body);
    // The comparison is chosen before the models read the workbook: each scenario they compare
    // is then read once, not first the default ones and again the chosen ones.
    ChartOptions options;
    options.year = mSettings.year;
    options.scenarioIds = chartedScenarioIds();
    mModels->applyOptions(options);
    mModels->setWorkbook(workbook);
    build();
    ReportPagination::settle(mDocument.get());
}

QStringList ReportDocument::fontFamilies()
{
    // Han text in the Traditional Chinese face whatever the locale: left to fontconfig, the
    // fallback follows the system's language and is the Japanese face under C or en_US.
    return { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC") };
}

ReportDocument::~ReportDocument()
{
    qDeleteAll(mKeepAlive);
}

QSizeF ReportDocument::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return mFigureSizes.value(format.intProperty(figureIndexProperty));
}

void ReportDocument::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format)
{
    const int index = format.intProperty(figureIndexProperty);
    if (index < 0 || index >= mFigures.size())
        return;
    // The layout offers objects near the page being painted too; a figure drawn from a picture
    // replaces the clip, so one that belongs to another page must not be drawn at all.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip); // a figure never draws on a neighbour's page
    mFigures[index](painter, rect);
    painter->restore();
}

void ReportDocument::heading(QTextCursor &cursor, const QString &text)
{
    QTextBlockFormat block;
    block.setTopMargin(14);
    block.setBottomMargin(6);
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    block.setProperty(ReportPagination::keepWithNextProperty, true);
    QTextCharFormat format;
    format.setFontPointSize(14);
    format.setFontWeight(QFont::Bold);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
    mSectionTitles << text;
}

void ReportDocument::paragraph(QTextCursor &cursor, const QString &text, bool keepWithNext)
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    if (keepWithNext)
        block.setProperty(ReportPagination::keepWithNextProperty, true);
    QTextCharFormat format;
    format.setFontPointSize(9.5);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

void ReportDocument::figure(QTextCursor &cursor, const QSizeF &size, Painter paint,
                            const QString &caption)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(6);
    block.setProperty(ReportPagination::keepWithNextProperty, true); // with its caption
    cursor.insertBlock(block);
    // Scaled down, never cut: a figure fits the page with its heading and caption.
    const QSizeF fitted =
        size.height() > maximumFigureSize().height() || size.width() > maximumFigureSize().width()
        ? size.scaled(maximumFigureSize(), Qt::KeepAspectRatio)
        : size;
    if (mFigureMode == Figures::Images) {
        // Drawn now, at twice the layout's resolution, and kept as a resource of the document:
        // an OpenDocument writer stores resource images as pictures of the file.
        QImage image((fitted * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(2, 2);
            paint(&painter, QRectF(QPointF(), fitted));
        }
        const QString name = QStringLiteral("figure-%1.png").arg(++mImageCount);
        mDocument->addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(fitted.width());
        picture.setHeight(fitted.height());
        cursor.insertImage(picture);
    } else {
        QTextCharFormat object;
        object.setObjectType(figureObject);
        object.setProperty(figureIndexProperty, static_cast<int>(mFigures.size()));
        mFigures << std::move(paint);
        mFigureSizes << fitted;
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    QTextCharFormat captionFormat;
    captionFormat.setFontPointSize(8);
    captionFormat.setFontItalic(true);
    QTextBlockFormat captionBlock;
    captionBlock.setAlignment(Qt::AlignHCenter);
    captionBlock.setBottomMargin(8);
    cursor.insertBlock(captionBlock, captionFormat);
    cursor.insertText(caption, captionFormat);
}

QSizeF ReportDocument::maximumFigureSize() const
{
    // Room on the page for a heading (14 pt and its margins) and a two-line caption.
    return { mPageSize.width(), mPageSize.height() - 84 * mDotsPerPoint };
}

QString ReportDocument::cite(int sourceId)
{
    if (sourceId <= 0)
        return {};
    qsizetype index = mCitedSources.indexOf(sourceId);
    if (index < 0) {
        mCitedSources << sourceId;
        index = mCitedSources.size() - 1;
    }
    return QStringLiteral("[%1]").arg(index + 1);
}

void ReportDocument::build()
{
    QTextCursor cursor(mDocument.get());
    // One edit block: the document is laid out once at the end, not after every cell.
    cursor.beginEditBlock();
    for (const QString &section : mSettings.sections) {
        if (section == QLatin1String("title"))
            writeTitle(cursor);
        else if (section == QLatin1String("summary"))
            writeSummary(cursor);
        else if (section == QLatin1String("charts"))
            writeCharts(cursor);
        else if (section == QLatin1String("shares"))
            writeShares(cursor);
        else if (section == QLatin1String("calibration"))
            writeCalibration(cursor);
        else if (section == QLatin1String("assumptions"))
            writeAssumptions(cursor);
        else if (section == QLatin1String("differences"))
            writeDifferences(cursor);
        else if (section == QLatin1String("benefits"))
            writeBenefits(cursor);
        else if (section == QLatin1String("graph"))
            writeGraph(cursor);
        else if (section == QLatin1String("sources"))
            writeSources(cursor);
    }
    cursor.endEditBlock();
}

void ReportDocument::writeTitle(QTextCursor &cursor)
{
    QTextBlockFormat block;
    block.setTopMargin(mPageSize.height() * 0.15);
    QTextCharFormat title;
    title.setFontPointSize(24);
    title.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(block);
    cursor.insertText(mSettings.title, title); // plain text: "<b>" stays "<b>"
    mSectionTitles << mSettings.title;
    const QLocale locale;
    QStringList lines;
    if (!mSettings.author.isEmpty())
        lines << tr("By %1").arg(mSettings.author);
    lines << tr("%1 · scenario %2 · year %3")
                 .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat),
                      mWorkbook->scenarioName())
                 .arg(mSettings.year);
    lines << tr("Published figures up to %1; modelled bottom-up from the workbook %2.")
                 .arg(mWorkbook->dataVintage(), mWorkbook->fileName());
    for (const QString &line : lines) {
        QTextBlockFormat lineBlock;
        lineBlock.setTopMargin(6);
        QTextCharFormat format;
        format.setFontPointSize(12);
        cursor.insertBlock(lineBlock, format);
        cursor.insertText(line, format);
    }
    writeKeyFigures(cursor);
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    cursor.mergeBlockFormat(pageBreak);
}

void ReportDocument::writeKeyFigures(QTextCursor &cursor)
{
    // The answer on the first page: who consumes the AI compute wafers of the year, and how many
    // there are.
    const ForecastInput &input = mWorkbook->input();
    const ForecastResult &result = mWorkbook->result();
    const int y = input.yearIndex(mSettings.year);
    if (y < 0)
        return;
    QTextBlockFormat labelBlock;
    labelBlock.setTopMargin(24);
    labelBlock.setBottomMargin(6);
    QTextCharFormat label;
    label.setFontPointSize(12);
    label.setFontWeight(QFont::Bold);
    cursor.insertBlock(labelBlock, label);
    cursor.insertText(tr("AI compute wafers in %1, scenario %2")
                          .arg(mSettings.year)
                          .arg(mWorkbook->scenarioName()),
                      label);
    QTextTableFormat format = tableFormat(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 70));
    const int vendors = static_cast<int>(input.vendors.size());
    QTextTable *table = cursor.insertTable(vendors + 2, 3, format);
    setCell(table, 0, 0, tr("Vendor"), true);
    setCell(table, 0, 1, tr("Share"), true, true);
    setCell(table, 0, 2, tr("Wafers"), true, true);
    const QLocale locale;
    for (int v = 0; v < vendors; ++v) {
        setCell(table, v + 1, 0, shownName(input.vendors[v]));
        setCell(table, v + 1, 1,
                locale.toString(result.sharePercent(Metric::ComputeWafers, v, y), 'f', 1) +
                    QStringLiteral(" %"),
                false, true);
        setCell(table, v + 1, 2,
                locale.toString(result.vendorWafers(Metric::ComputeWafers, v, y), 'f', 0), false,
                true);
    }
    setCell(table, vendors + 1, 0, tr("All vendors"), true);
    setCell(table, vendors + 1, 1, locale.toString(100.0, 'f', 1) + QStringLiteral(" %"), true,
            true);
    setCell(table, vendors + 1, 2,
            locale.toString(result.totalWafers(Metric::ComputeWafers, y), 'f', 0), true, true);
    cursor.movePosition(QTextCursor::End);
}

void ReportDocument::writeSummary(QTextCursor &cursor)
{
    heading(cursor, tr("Summary"));
    const ForecastInput &input = mWorkbook->input();
    const ForecastResult &result = mWorkbook->result();
    const int y = input.yearIndex(mSettings.year);
    const QLocale locale;
    if (y < 0) {
        paragraph(cursor, tr("The forecast has no year %1.").arg(mSettings.year));
        return;
    }
    QStringList shares;
    for (int v = 0; v < input.vendors.size(); ++v) {
        const double share = result.sharePercent(Metric::ComputeWafers, v, y);
        QString text =
            tr("%1 %2 %").arg(shownName(input.vendors[v]), locale.toString(share, 'f', 1));
        if (y > 0) {
            text += tr(" (%1 points on %2)")
                        .arg(signedNumber(
                            share - result.sharePercent(Metric::ComputeWafers, v, y - 1), 1))
                        .arg(input.years[y - 1]);
        }
        if (const auto published = mWorkbook->reportedShareValue(
                Metric::ComputeWafers, input.vendors[v].id, mSettings.year))
            text += tr("; published %1 % %2")
                        .arg(locale.toString(published->value, 'g', 4), cite(published->sourceId));
        shares << text;
    }
    paragraph(cursor,
              tr("In %1, under scenario %2, the AI compute wafers split: %3.")
                  .arg(mSettings.year)
                  .arg(mWorkbook->scenarioName(), shares.join(QStringLiteral("; "))));

    // The biggest movers against the reference scenario.
    const int reference = referenceId();
    if (reference != mWorkbook->scenarioId() && mWorkbook->scenario(reference)) {
        const ScenarioForecast &base = forecastOf(reference);
        QList<std::pair<double, QString>> moves;
        for (int v = 0; v < input.vendors.size(); ++v) {
            const std::optional<double> baseShare = shareIn(base, input.vendors[v].name);
            if (!baseShare)
                continue;
            moves << std::make_pair(result.sharePercent(Metric::ComputeWafers, v, y) - *baseShare,
                                    shownName(input.vendors[v]));
        }
        std::sort(moves.begin(), moves.end(), [](const auto &a, const auto &b) {
            return std::abs(a.first) > std::abs(b.first);
        });
        QStringList movers;
        for (int i = 0; i < std::min<qsizetype>(3, moves.size()); ++i)
            movers << tr("%1 %2 points").arg(moves[i].second, signedNumber(moves[i].first, 1));
        paragraph(cursor,
                  tr("Against %1, the biggest movers in %2: %3.")
                      .arg(mWorkbook->scenario(reference)->name)
                      .arg(mSettings.year)
                      .arg(movers.join(QStringLiteral(", "))));
    } else {
        paragraph(cursor, tr("This is the reference scenario; the others are compared with it."));
    }

    for (const CapacityStatus &status : mWorkbook->capacityStatus()) {
        if (status.year != mSettings.year || !status.hasCapacity)
            continue;
        paragraph(cursor,
                  tr("CoWoS: the scenario needs %1 wafers in %2 against %3 of recorded "
                     "capacity (%4 %)%5.")
                      .arg(locale.toString(status.demand, 'f', 0))
                      .arg(status.year)
                      .arg(locale.toString(status.capacity, 'f', 0),
                           locale.toString(status.utilisationPercent, 'f', 0),
                           status.exceeded ? tr(" — demand exceeds capacity") : QString()));
    }

    SupplyChainAnalysis analysis;
    analysis.setWorkbook(mWorkbook);
    analysis.setSelection(mSettings.year, SupplyChainAnalysis::Baseline::PreviousYear, 0,
                          Metric::ComputeWafers);
    QStringList top;
    for (const BenefitRow &row : analysis.rows()) {
        if (top.size() == 3)
            break;
        const Company *company = mWorkbook->supplyChain()->chain().company(row.companyId);
        if (company)
            top << tr("%1 %2 (%3 wafers)")
                       .arg(company->name, company->nameZh, locale.toString(row.impact, 'f', 0));
    }
    if (!top.isEmpty()) {
        paragraph(cursor,
                  tr("Top beneficiaries in %1 against %2: %3.")
                      .arg(mSettings.year)
                      .arg(mSettings.year - 1)
                      .arg(top.join(QStringLiteral("; "))));
    }
}

void ReportDocument::writeCharts(QTextCursor &cursor)
{
    heading(cursor, tr("Charts"));
    ChartOptions options;
    options.year = mSettings.year;
    options.scenarioIds = chartedScenarioIds();
    const double width = mPageSize.width();
    const QSizeF size(width, width * 0.55);
    const QList<std::pair<ChartType, QString>> charts = {
        { ChartType::Share, tr("AI compute wafer share by vendor; squares mark published shares") },
        { ChartType::Donut, tr("AI compute wafer share in %1").arg(mSettings.year) },
        { ChartType::Scenarios, tr("Scenarios compared in %1").arg(mSettings.year) },
        { ChartType::Tornado, tr("What moves AWS's share most in %1").arg(mSettings.year) },
        { ChartType::Capacity, tr("CoWoS demand against TSMC's recorded capacity") },
    };
    // Sources behind the published figures the charts show.
    QStringList cites;
    for (const ReportedValue &value : mWorkbook->reportedValues()) {
        if (value.metric == reportedShareMetric(Metric::ComputeWafers))
            cites << cite(value.sourceId);
    }
    cites.removeDuplicates();
    for (const auto &[type, caption] : charts) {
        options.type = type;
        mModels->applyOptions(options);
        ForecastChartView *view = createChartView(type, mModels.get(), nullptr, ChartMedium::Paper);
        view->setOptions(options);
        mKeepAlive << view;
        figure(
            cursor, size,
            [view](QPainter *painter, const QRectF &rect) {
                ChartExporter::paint(view->chart(), painter, rect);
            },
            type == ChartType::Share ? tr("%1 %2").arg(caption, cites.join(QString())) : caption);
    }
}

void ReportDocument::writeShares(QTextCursor &cursor)
{
    heading(cursor, tr("Shares by vendor and year"));
    const ForecastInput &input = mWorkbook->input();
    const ForecastResult &result = mWorkbook->result();
    const QLocale locale;
    QTextTable *table =
        cursor.insertTable(static_cast<int>(input.vendors.size()) + 1,
                           static_cast<int>(input.years.size()) + 1, tableFormat(1));
    setCell(table, 0, 0, tr("Vendor"), true);
    for (int y = 0; y < input.years.size(); ++y)
        setCell(table, 0, y + 1, QString::number(input.years[y]), true, true);
    for (int v = 0; v < input.vendors.size(); ++v) {
        setCell(table, v + 1, 0, shownName(input.vendors[v]));
        for (int y = 0; y < input.years.size(); ++y) {
            QString text =
                locale.toString(result.sharePercent(Metric::ComputeWafers, v, y), 'f', 1) +
                QStringLiteral(" %");
            if (const auto published = mWorkbook->reportedShareValue(
                    Metric::ComputeWafers, input.vendors[v].id, input.years[y]))
                text +=
                    tr(" (pub. %1 %2)")
                        .arg(locale.toString(published->value, 'g', 4), cite(published->sourceId));
            setCell(table, v + 1, y + 1, text, false, true);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QString ReportDocument::cowosBasisText(int programIndex, int yearIndex) const
{
    const ForecastInput &input = mWorkbook->input();
    if (const int package = input.packageIndexOf(programIndex); package >= 0)
        return tr("die kind of %1").arg(input.programs.at(package).name);
    switch (mWorkbook->result().program(programIndex, yearIndex).cowosBasis) {
    case CowosBasis::PackagesPerWafer:
        return tr("%1 packages per wafer")
            .arg(QLocale().toString(input.at(programIndex, yearIndex).packagesPerCowosWafer, 'g',
                                    6));
    case CowosBasis::InterposerArea:
        return tr("interposer area");
    case CowosBasis::None:
        return tr("no CoWoS");
    }
    return {};
}

void ReportDocument::writeCalibration(QTextCursor &cursor)
{
    heading(cursor, tr("Published figures beside the model"));
    paragraph(cursor,
              tr("Each figure is compared like with like: a vendor's total, all vendors "
                 "together, or only the programs its scope names. The residual is modelled − "
                 "published, in percentage points (pp) for shares; for wafers and units also in "
                 "percent of the published figure. One table per vintage, the edition of the "
                 "report a figure comes from."),
              true);
    const ForecastInput &input = mWorkbook->input();
    const QList<ReportedValue> &reported = mWorkbook->reportedValues();
    QStringList vintages = reportedVintages(reported);
    vintages << QString(); // figures that name no vintage, last
    using C = CalibrationModel::Column;
    const QList<int> columns = { C::VendorColumn,   C::YearColumn,           C::MetricColumn,
                                 C::ScopeColumn,    C::ReportedColumn,       C::ModelledColumn,
                                 C::ResidualColumn, C::ResidualPercentColumn };
    // The model formats the numbers exactly as the Calibration page shows them.
    CalibrationModel model;
    bool any = false;
    for (const QString &vintage : std::as_const(vintages)) {
        QList<ReportedValue> ofVintage = reported;
        ofVintage.removeIf([&](const ReportedValue &value) { return value.vintage != vintage; });
        model.setRows(compareWithReported(input, mWorkbook->result(), ofVintage),
                      shownNames(input.vendors), mWorkbook->sourceTitles());
        if (model.rowCount() == 0)
            continue;
        any = true;
        paragraph(cursor,
                  vintage.isEmpty() ? tr("Vintage not recorded") : tr("Vintage: %1").arg(vintage),
                  true);
        // Fixed widths, the same in every vintage's table. The source is cited beside the
        // published figure, as in the table of shares: a column of its own left too little
        // room for the numbers on a portrait page.
        QTextTableFormat format = tableFormat(1);
        QList<QTextLength> widths;
        for (const double percent : { 12.0, 6.0, 17.0, 16.0, 14.0, 11.0, 11.0, 13.0 })
            widths << QTextLength(QTextLength::PercentageLength, percent);
        format.setColumnWidthConstraints(widths);
        QTextTable *table =
            cursor.insertTable(model.rowCount() + 1, static_cast<int>(columns.size()), format);
        for (int c = 0; c < columns.size(); ++c)
            setCell(table, 0, c, model.headerData(columns[c], Qt::Horizontal).toString(), true,
                    columns[c] >= C::ReportedColumn);
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < columns.size(); ++c) {
                QString text = model.index(r, columns[c]).data().toString();
                if (columns[c] == C::ReportedColumn)
                    text += QLatin1Char(' ') + cite(model.rows().at(r).sourceId);
                setCell(table, r + 1, c, text, false, columns[c] >= C::ReportedColumn);
            }
        }
        cursor.movePosition(QTextCursor::End);
    }
    if (!any)
        paragraph(cursor, tr("The workbook holds no published figure the scenario models."));
}

namespace {

const QList<AssumptionField> &tableFields()
{
    static const QList<AssumptionField> fields = {
        AssumptionField::Units,         AssumptionField::DiesPerPackage,
        AssumptionField::DieAreaMm2,    AssumptionField::DefectDensity,
        AssumptionField::YieldModel,    AssumptionField::InterposerAreaMm2,
        AssumptionField::PackagingYield
    };
    return fields;
}

QString fullTablePath(const QString &outputPath, const QString &table)
{
    const QFileInfo output(outputPath);
    return output.dir().filePath(QStringLiteral("%1-%2.csv").arg(output.completeBaseName(), table));
}

} // namespace

void ReportDocument::writeAssumptions(QTextCursor &cursor)
{
    heading(cursor, tr("Assumptions of scenario %1").arg(mWorkbook->scenarioName()));
    paragraph(cursor,
              tr("Cells marked * are overridden in this scenario; the others come from its "
                 "parent. The last column cites the sources of the row's values."),
              true);
    const ForecastInput &input = mWorkbook->input();
    const ForecastResult &result = mWorkbook->result();
    const QList<AssumptionField> &fields = tableFields();
    const QStringList headers = { tr("Program"),     tr("Year"),           tr("Units"),
                                  tr("Dies"),        tr("Die mm²"),        tr("D0"),
                                  tr("Yield model"), tr("Interposer mm²"), tr("Pkg yield"),
                                  tr("CoWoS basis"), tr("Sources") };
    // A workbook of thousands of programs would make a table of hundreds of pages (and take
    // minutes to lay out): the programs with the most AI compute wafers in the report's year
    // are shown, the others summed, and the full table goes beside the report as CSV.
    const int yearIndex = std::max(input.yearIndex(mSettings.year), 0);
    QList<int> programs(input.programs.size());
    std::iota(programs.begin(), programs.end(), 0);
    const bool summarised = programs.size() > summarisedPrograms && !input.years.isEmpty();
    if (summarised) {
        const auto wafers = [&](int p) {
            return result.program(p, yearIndex).wafers(Metric::ComputeWafers);
        };
        std::stable_sort(programs.begin(), programs.end(),
                         [&](int a, int b) { return wafers(a) > wafers(b); });
        programs.resize(summarisedPrograms);
    }
    QList<int> programIds;
    for (const int p : std::as_const(programs))
        programIds << input.programs[p].id;
    const QHash<quint64, CellProvenance> provenance = mWorkbook->programsProvenance(programIds);
    const int rows = static_cast<int>(programs.size() * input.years.size());
    QTextTable *table =
        cursor.insertTable(rows + 1, static_cast<int>(headers.size()), tableFormat(1));
    for (int c = 0; c < headers.size(); ++c)
        setCell(table, 0, c, headers[c], true, c >= 2);
    int row = 1;
    for (const int p : std::as_const(programs)) {
        for (int y = 0; y < input.years.size(); ++y, ++row) {
            setCell(table, row, 0, input.programs[p].name);
            setCell(table, row, 1, QString::number(input.years[y]));
            QStringList cites;
            for (int f = 0; f < fields.size(); ++f) {
                QString text = mWorkbook->cellText(p, y, fields[f]);
                if (mWorkbook->isOverridden(p, y, fields[f]))
                    text += QStringLiteral(" *");
                setCell(table, row, f + 2, text, false, true);
                const int source = provenance
                                       .value(Workbook::provenanceKey(input.programs[p].id,
                                                                      input.years[y], fields[f]))
                                       .sourceId;
                const QString cited = cite(source);
                if (!cited.isEmpty() && !cites.contains(cited))
                    cites << cited;
            }
            setCell(table, row, static_cast<int>(fields.size()) + 2, cowosBasisText(p, y));
            setCell(table, row, static_cast<int>(fields.size()) + 3, cites.join(QLatin1Char(' ')));
        }
    }
    cursor.movePosition(QTextCursor::End);
    if (!summarised)
        return;
    // The totals are exact: summed over every program, not only those shown.
    const QLocale locale;
    double shownUnits = 0.0;
    double shownWafers = 0.0;
    for (const int p : std::as_const(programs)) {
        if (input.packageIndexOf(p) < 0)
            shownUnits += input.at(p, yearIndex).units;
        shownWafers += result.program(p, yearIndex).wafers(Metric::ComputeWafers);
    }
    double allUnits = 0.0;
    for (int p = 0; p < input.programs.size(); ++p) {
        if (input.packageIndexOf(p) < 0)
            allUnits += input.at(p, yearIndex).units;
    }
    const double allWafers = result.totalWafers(Metric::ComputeWafers, yearIndex);
    const int more = static_cast<int>(input.programs.size() - programs.size());
    const int year = input.years.at(yearIndex);
    paragraph(cursor,
              tr("The table shows the %1 programs with the most AI compute wafers in %2. "
                 "%Ln more program(s) are not shown: %3 units and %4 AI compute wafers in %2.",
                 nullptr, more)
                  .arg(programs.size())
                  .arg(year)
                  .arg(locale.toString(allUnits - shownUnits, 'f', 0),
                       locale.toString(std::max(allWafers - shownWafers, 0.0), 'f', 0)));
    paragraph(cursor,
              tr("All %1 programs together: %2 units and %3 AI compute wafers in %4.")
                  .arg(locale.toString(static_cast<int>(input.programs.size())),
                       locale.toString(allUnits, 'f', 0), locale.toString(allWafers, 'f', 0))
                  .arg(year));
    if (mSettings.outputPath.isEmpty()) {
        paragraph(cursor,
                  tr("The full table, every program and year, is written beside the "
                     "report as a CSV file when the report is exported to a file."));
        return;
    }
    const QString path = fullTablePath(mSettings.outputPath, QStringLiteral("assumptions"));
    paragraph(cursor,
              tr("The full table, every program and year, is in the CSV file %1 beside "
                 "this report.")
                  .arg(QFileInfo(path).fileName()));
    mFullTables << FullTable { path, assumptionsCsv() };
}

QString ReportDocument::assumptionsCsv() const
{
    // Values, not sources: reading the source of every cell of 10,000 programs from the file
    // would cost more than the whole report (the Sources page lists them).
    const ForecastInput &input = mWorkbook->input();
    const ForecastResult &result = mWorkbook->result();
    const QList<AssumptionField> &fields = tableFields();
    const int depth = static_cast<int>(mWorkbook->lineage().size()) - 1;
    CsvWriter csv;
    QStringList header = { tr("Program"), tr("Vendor"), tr("Year") };
    for (const AssumptionField field : fields)
        header << assumptionFieldName(field);
    header << tr("CoWoS basis") << tr("AI compute wafers") << tr("Overridden in this scenario");
    QString text = csv.record(header);
    for (int p = 0; p < input.programs.size(); ++p) {
        const int vendor = input.programVendorIndex[static_cast<size_t>(p)];
        const QString vendorName = vendor >= 0 ? shownName(input.vendors.at(vendor)) : QString();
        for (int y = 0; y < input.years.size(); ++y) {
            csv.text(input.programs[p].name)
                .text(vendorName)
                .number(QString::number(input.years[y]));
            QStringList overridden;
            for (const AssumptionField field : fields) {
                const QString value = mWorkbook->cellText(p, y, field);
                if (field == AssumptionField::YieldModel)
                    csv.text(value);
                else
                    csv.number(value);
                if (depth > 0 && !input.sourceLayer.empty() && input.layerOf(p, y, field) == depth)
                    overridden << assumptionFieldName(field);
            }
            csv.text(cowosBasisText(p, y))
                .number(QString::number(result.program(p, y).wafers(Metric::ComputeWafers), 'f', 1))
                .text(overridden.join(QLatin1Char(' ')));
            text += csv.endRecord();
        }
    }
    return text;
}

QList<int> ReportDocument::chartedScenarioIds() const
{
    // The reference first, then each scenario compared with it; none (the chart's default)
    // when nothing is compared.
    const QList<int> compared = comparedIds();
    return compared.isEmpty() ? QList<int>() : QList<int> { referenceId() } + compared;
}

int ReportDocument::referenceId() const
{
    return mSettings.referenceScenarioId > 0 ? mSettings.referenceScenarioId
                                             : mWorkbook->rootScenarioId();
}

QList<int> ReportDocument::comparedIds() const
{
    QList<int> ids = mSettings.scenarioIds;
    if (ids.isEmpty())
        ids << mWorkbook->scenarioId();
    ids.removeAll(referenceId());
    ids.removeIf([this](int id) { return !mWorkbook->scenario(id); });
    QList<int> unique;
    for (const int id : std::as_const(ids)) {
        if (!unique.contains(id))
            unique << id;
    }
    return unique;
}

const ReportDocument::ScenarioForecast &ReportDocument::forecastOf(int scenarioId)
{
    auto &forecast = mForecasts[scenarioId];
    if (!forecast) {
        forecast = std::make_shared<ScenarioForecast>();
        if (scenarioId == mWorkbook->scenarioId()) {
            forecast->input = mWorkbook->input();
            forecast->result = mWorkbook->result();
        } else if (scenarioId == mWorkbook->rootScenarioId()) {
            forecast->input = mWorkbook->rootInput();
            forecast->result = mWorkbook->rootResult();
        } else {
            ComputedForecast loaded = mWorkbook->computeScenario(scenarioId);
            forecast->input = std::move(loaded.input);
            forecast->result = std::move(loaded.result);
        }
    }
    return *forecast;
}

std::optional<double> ReportDocument::shareIn(const ScenarioForecast &forecast,
                                              const QString &vendorName) const
{
    const int v = forecast.input.vendorIndex(vendorName);
    const int y = forecast.input.yearIndex(mSettings.year);
    if (v < 0 || y < 0)
        return std::nullopt;
    return forecast.result.sharePercent(Metric::ComputeWafers, v, y);
}

void ReportDocument::writeDifferences(QTextCursor &cursor)
{
    const int reference = referenceId();
    const auto referenceScenario = mWorkbook->scenario(reference);
    const QString referenceName = referenceScenario ? referenceScenario->name : QString();
    heading(cursor, tr("Differences from %1").arg(referenceName));
    const QList<int> compared = comparedIds();
    if (compared.isEmpty()) {
        paragraph(cursor,
                  tr("Only %1, the reference, is chosen: choose another scenario to "
                     "compare with it.")
                      .arg(referenceName));
        return;
    }
    paragraph(cursor,
              tr("AI compute wafer shares in %1 under each chosen scenario, and the "
                 "difference from %2 in percentage points.")
                  .arg(mSettings.year)
                  .arg(referenceName));
    const ScenarioForecast &base = forecastOf(reference);
    QList<const ScenarioForecast *> forecasts;
    for (const int id : compared)
        forecasts << &forecastOf(id);
    const QList<Vendor> &vendors = mWorkbook->input().vendors;
    const QLocale locale;
    const int columns = 2 + 2 * static_cast<int>(compared.size());
    QTextTable *table =
        cursor.insertTable(static_cast<int>(vendors.size()) + 1, columns, tableFormat(1));
    setCell(table, 0, 0, tr("Vendor"), true);
    setCell(table, 0, 1, referenceName, true, true);
    for (int s = 0; s < compared.size(); ++s) {
        const QString name = mWorkbook->scenario(compared[s])->name;
        setCell(table, 0, 2 + 2 * s, name, true, true);
        setCell(table, 0, 3 + 2 * s, tr("%1 − %2 (points)").arg(name, referenceName), true, true);
    }
    const auto percent = [&locale](std::optional<double> share) {
        return share ? locale.toString(*share, 'f', 1) + QStringLiteral(" %") : tr("—");
    };
    for (int v = 0; v < vendors.size(); ++v) {
        const std::optional<double> baseShare = shareIn(base, vendors[v].name);
        setCell(table, v + 1, 0, shownName(vendors[v]));
        setCell(table, v + 1, 1, percent(baseShare), false, true);
        for (int s = 0; s < forecasts.size(); ++s) {
            const std::optional<double> share = shareIn(*forecasts[s], vendors[v].name);
            setCell(table, v + 1, 2 + 2 * s, percent(share), false, true);
            setCell(table, v + 1, 3 + 2 * s,
                    share && baseShare ? signedNumber(*share - *baseShare, 2) : tr("—"), false,
                    true);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportDocument::writeBenefits(QTextCursor &cursor)
{
    heading(cursor, tr("Who benefits in %1").arg(mSettings.year));
    paragraph(cursor,
              tr("Impact: a company's exposure to each vendor (the product of the supply "
                 "weights along its paths) times that vendor's change in AI compute wafers "
                 "from %1 to %2.")
                  .arg(mSettings.year - 1)
                  .arg(mSettings.year),
              true);
    SupplyChainAnalysis analysis;
    analysis.setWorkbook(mWorkbook);
    analysis.setSelection(mSettings.year, SupplyChainAnalysis::Baseline::PreviousYear, 0,
                          Metric::ComputeWafers);
    const QList<BenefitRow> rows = analysis.rows();
    const int shown = static_cast<int>(std::min<qsizetype>(15, rows.size()));
    QHash<int, QString> vendorNames;
    for (const Vendor &vendor : mWorkbook->input().vendors)
        vendorNames.insert(vendor.id, shownName(vendor));
    const QLocale locale;
    QTextTable *table = cursor.insertTable(shown + 1, 5, tableFormat(1));
    const QStringList headers = { tr("#"), tr("Company"), tr("Ticker"), tr("Impact (wafers)"),
                                  tr("Driven by") };
    for (int c = 0; c < headers.size(); ++c)
        setCell(table, 0, c, headers[c], true, c == 3);
    for (int i = 0; i < shown; ++i) {
        const Company *company = mWorkbook->supplyChain()->chain().company(rows[i].companyId);
        setCell(table, i + 1, 0, QString::number(i + 1));
        setCell(table, i + 1, 1,
                company ? tr("%1 %2")
                              .arg(shownName(*company), otherName(company->name, company->nameZh))
                              .trimmed()
                        : QString());
        setCell(table, i + 1, 2, company ? company->ticker : QString());
        setCell(table, i + 1, 3, locale.toString(rows[i].impact, 'f', 0), false, true);
        setCell(table, i + 1, 4, vendorNames.value(rows[i].drivingVendorId));
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportDocument::writeGraph(QTextCursor &cursor)
{
    heading(cursor, tr("The supply chain"));
    auto *scene = new SupplyChainScene;
    mKeepAlive << scene;
    scene->setWorkbook(mWorkbook);
    scene->cancelLayout();
    scene->relayoutNow();
    QStringList cites;
    for (const Relation &relation : mWorkbook->supplyChain()->chain().relations)
        cites << cite(relation.sourceId);
    cites.removeAll(QString());
    cites.removeDuplicates();
    const QString caption =
        tr("Companies by tier, supplier → customer; line width is the supplier's dependence "
           "on the customer %1")
            .arg(cites.join(QString()));
    const QRectF bounds = GraphExporter::visibleBounds(scene);
    const QSizeF room = maximumFigureSize();
    if (bounds.width() <= 0 || bounds.height() <= 0) {
        figure(
            cursor, QSizeF(room.width(), room.width() * 0.5),
            [scene](QPainter *painter, const QRectF &rect) {
                GraphExporter::paint(scene, painter, rect, QString());
            },
            caption);
        return;
    }
    // The scene is drawn as on a 96 dpi screen, where a name's labelPointSize takes
    // labelPointSize / 72 inch. Device units per scene unit at which names print at the
    // smallest legible size (with 2 % to spare for rounding):
    const double legible =
        1.02 * smallestPrintedPointSize / NodeItem::labelPointSize * (72.0 / 96.0) * mDotsPerPoint;
    // Parts overlap by half a company box, so that a box cut at one part's edge is whole in
    // the next.
    const QSizeF overlap = NodeItem::baseSize() / 2;
    const auto partsAlong = [legible](double length, double overlapLength, double roomLength) {
        int parts = 1;
        while ((length + (parts - 1) * overlapLength) / parts * legible > roomLength && parts < 64)
            ++parts;
        return parts;
    };
    const int columns = partsAlong(bounds.width(), overlap.width(), room.width());
    const int rows = partsAlong(bounds.height(), overlap.height(), room.height());
    const QSizeF part((bounds.width() + (columns - 1) * overlap.width()) / columns,
                      (bounds.height() + (rows - 1) * overlap.height()) / rows);
    // As large as the page allows (one part: the whole graph fitted).
    const double scale = std::min(room.width() / part.width(), room.height() / part.height());
    const int parts = columns * rows;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF source(bounds.left() + column * (part.width() - overlap.width()),
                                bounds.top() + row * (part.height() - overlap.height()),
                                part.width(), part.height());
            const int number = row * columns + column + 1;
            figure(
                cursor, part * scale,
                [scene, source](QPainter *painter, const QRectF &rect) {
                    GraphExporter::paintPart(scene, painter, rect, source);
                },
                parts == 1 ? caption
                           : tr("Part %1 of %2 (left to right, then top to bottom). %3")
                                 .arg(number)
                                 .arg(parts)
                                 .arg(caption));
        }
    }
}

void ReportDocument::writeSources(QTextCursor &cursor)
{
    heading(cursor, tr("Sources"));
    for (int i = 0; i < mCitedSources.size(); ++i) {
        // In full, as a reference list cites: publisher, title or [description], the date at
        // its precision, and the address.
        const auto source = mWorkbook->source(mCitedSources[i]);
        paragraph(cursor,
                  tr("[%1] %2").arg(i + 1).arg(
                      source ? SourceCitation::reference(*source)
                             : tr("source %1, no longer in the workbook").arg(mCitedSources[i])));
    }
    if (mCitedSources.isEmpty())
        paragraph(cursor, tr("No published figure is cited in the sections chosen."));
    const int unsourced = static_cast<int>(mWorkbook->unsourcedNumbers().size());
    paragraph(cursor,
              unsourced == 0
                  ? tr("Every number of the workbook cites a source.")
                  : tr("%n number(s) of the workbook cite no source: the analyst's own values, "
                       "listed on the Sources page.",
                       nullptr, unsourced));
}

} // namespace ws
