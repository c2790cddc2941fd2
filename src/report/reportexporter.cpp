// SPDX-License-Identifier: MIT
#include "reportexporter.h"

#include "files/csvwriter.h"
#include "files/outputfile.h"
#include "models/workbook.h"
#include "pdffinisher.h"
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace ws {

namespace {

// Margins in points: room for the header line above the text and the footer line below it.
constexpr double sideMargin = 50.0;
constexpr double topMargin = 62.0;
constexpr double bottomMargin = 58.0;

QString writeFullTables(const QList<ReportDocument::FullTable> &tables)
{
    for (const ReportDocument::FullTable &table : tables) {
        // A CSV file beside a report is for Excel too (CsvWriter::fileBytes).
        if (QString error = OutputFile::write(table.path, CsvWriter::fileBytes(table.csv));
            !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

ReportExporter::Result ReportExporter::exportOdt(Workbook *workbook, const ReportSettings &settings,
                                                 const QString &path, QString *error)
{
    if (settings.sections.isEmpty()) {
        *error = QObject::tr("no section was chosen");
        return Result::NothingToPrint;
    }
    ReportSettings fileSettings = settings;
    fileSettings.outputPath = path;
    // Laid out for the page it would print on (96 dpi units), so that figures keep the
    // proportions of the PDF's.
    QImage device(1, 1, QImage::Format_RGB32);
    const QSizeF paper = QPageSize(settings.pageSize).size(QPageSize::Point);
    QSizeF page = settings.orientation == QPageLayout::Landscape ? paper.transposed() : paper;
    page = QSizeF(page.width() - 2 * sideMargin, page.height() - topMargin - bottomMargin) *
        (96.0 / 72.0);
    ReportDocument report(workbook, fileSettings, &device, page, nullptr,
                          ReportDocument::Figures::Images);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(report.document())) {
        *error = QObject::tr("the OpenDocument text could not be made");
        return Result::CannotWrite;
    }
    buffer.close();
    *error = OutputFile::write(path, buffer.data());
    if (error->isEmpty())
        *error = writeFullTables(report.fullTables());
    return error->isEmpty() ? Result::Success : Result::CannotWrite;
}

PdfMetadata ReportExporter::metadata(const Workbook *workbook, const ReportSettings &settings)
{
    QStringList scenarios;
    for (const int id : settings.scenarioIds) {
        if (const auto scenario = workbook->scenario(id))
            scenarios << scenario->name;
    }
    if (scenarios.isEmpty())
        scenarios << workbook->scenarioName();
    PdfMetadata metadata;
    metadata.title = settings.title;
    metadata.author = settings.author;
    metadata.subject = QObject::tr("AI compute wafers in %1, scenario %2")
                           .arg(settings.year)
                           .arg(scenarios.join(QStringLiteral(", ")));
    metadata.creator = QStringLiteral("WaferShare");
    return metadata;
}

int ReportExporter::paint(Workbook *workbook, const ReportSettings &settings,
                          QPagedPaintDevice *device, const Progress &progress,
                          QList<ReportDocument::FullTable> *fullTables)
{
    const double dpi = device->logicalDpiY();
    const auto points = [dpi](double value) {
        return value * dpi / 72.0;
    };
    const QRectF paper(QPointF(0, 0), QSizeF(device->width(), device->height()));
    const QRectF body = paper.adjusted(points(sideMargin), points(topMargin), -points(sideMargin),
                                       -points(bottomMargin));

    ReportDocument report(workbook, settings, device, body.size());
    QTextDocument *document = report.document();
    if (fullTables)
        *fullTables = report.fullTables();
    const int pages = document->pageCount();

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small;
    small.setFamilies(ReportDocument::fontFamilies());
    small.setPointSizeF(8);
    small.setStyleStrategy(QFont::PreferNoShaping);
    const QLocale locale;
    const QString date = locale.toString(QDate::currentDate(), QLocale::ShortFormat);
    for (int page = 0; page < pages; ++page) {
        if (progress && !progress(page, pages))
            return -1;
        if (page > 0)
            device->newPage();
        // Header and footer: plain text, so a title with markup in it prints as typed.
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x5B, 0x66));
        const QRectF header(body.left(), points(26), body.width(), points(14));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, settings.title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("WaferShare · %1").arg(workbook->scenarioName()));
        painter.drawLine(QLineF(body.left(), header.bottom() + points(3), body.right(),
                                header.bottom() + points(3)));
        const QRectF footer(body.left(), paper.bottom() - points(38), body.width(), points(14));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, date);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        const double pageHeight = document->pageSize().height();
        painter.translate(body.left(), body.top() - page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        // Paper is white whatever the screen's colours: without this the text takes the
        // palette's text colour, light grey on white under the dark colours.
        context.palette.setColor(QPalette::Text, Qt::black);
        context.palette.setColor(QPalette::WindowText, Qt::black);
        context.palette.setColor(QPalette::Link, QColor(0x1a, 0x4f, 0x9c));
        // A line the layout moved to the next page starts exactly on the boundary, and the
        // layout draws a line whose top is not below the clip: a clip a hair short of the
        // boundary keeps it off this page, where it would be invisible but still in the text
        // that search and copying read.
        context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight - 0.5);
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

ReportExporter::Result ReportExporter::exportPdf(Workbook *workbook, const ReportSettings &settings,
                                                 const QString &path, QString *error,
                                                 const Progress &progress)
{
    // Painted in memory and written in one go (OutputFile): a cancelled export touches no file,
    // and a failed write (a full disk) leaves the earlier file as it was.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    ReportSettings fileSettings = settings;
    fileSettings.outputPath = path;
    QList<ReportDocument::FullTable> fullTables;
    {
        // The writer finishes the PDF when it goes, so it lives in this block only.
        QPdfWriter pdf(&buffer);
        pdf.setTitle(settings.title);
        pdf.setCreator(QStringLiteral("WaferShare"));
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(settings.pageSize));
        pdf.setPageOrientation(settings.orientation);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pages = paint(workbook, fileSettings, &pdf, progress, &fullTables);
    }
    buffer.close();
    if (pages < 0) {
        *error = QObject::tr("the export was cancelled");
        return Result::Cancelled;
    }
    if (pages == 0) {
        *error = QObject::tr("no section was chosen");
        return Result::NothingToPrint;
    }
    QByteArray bytes = PdfFinisher::finish(buffer.data(), metadata(workbook, settings), error);
    if (bytes.isEmpty()) {
        // Qt's own file is still a readable report: written as it is, with the reason logged.
        qWarning("The report's PDF was not finished: %s", qPrintable(*error));
        bytes = buffer.data();
    }
    *error = OutputFile::write(path, bytes);
    if (error->isEmpty())
        *error = writeFullTables(fullTables);
    return error->isEmpty() ? Result::Success : Result::CannotWrite;
}

} // namespace ws
