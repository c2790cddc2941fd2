// SPDX-License-Identifier: MIT
#include "cli/drawing/drawingcommands.h"
#include "core/translation.h"

#include "models/workbook.h"
#include "report/reportexporter.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QTextStream>
#include <QThread>

namespace ws {

namespace {

// Whether the print service has finished every job of @p queue within @p timeoutMs. A script
// that prints and then looks at what was printed (a PDF queue's file) must not find it half
// written; when `lpstat` is missing there is nothing to ask, and the jobs count as done.
bool waitUntilQueueIsDone(const QString &queue, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QProcess lpstat;
        lpstat.start(QStringLiteral("lpstat"), { QStringLiteral("-o"), queue });
        if (!lpstat.waitForFinished(5000) || lpstat.exitStatus() != QProcess::NormalExit)
            return true;
        if (lpstat.readAllStandardOutput().trimmed().isEmpty())
            return true;
        if (clock.elapsed() > timeoutMs)
            return false;
        QThread::msleep(200);
    }
}

} // namespace

int runReportCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the analyst report as a PDF or an OpenDocument text, or prints it on a print "
           "queue. No display is needed."));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("out"),
                       tr("The <file> to write: .pdf, or .odt for an OpenDocument text."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("print"),
                       tr("Print on the CUPS <queue> instead, with no dialog."),
                       QStringLiteral("queue") });
    parser.addOption({ QStringLiteral("scenario"),
                       tr("The report's scenario <name> (default: Base); repeat it to add the "
                          "scenarios to compare with the reference."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("reference"),
                       tr("The scenario <name> the others are compared with (default: the root "
                          "scenario)."),
                       QStringLiteral("name") });
    parser.addOption({ QStringLiteral("year"), tr("The report's year (default: 2026)."),
                       QStringLiteral("year"), QStringLiteral("2026") });
    parser.addOption({ QStringLiteral("sections"),
                       tr("Comma-separated sections in order (default: %1).")
                           .arg(ReportSettings::allSections().join(QLatin1Char(','))),
                       QStringLiteral("list") });
    parser.addOption(
        { QStringLiteral("title"), tr("The report's <title>."), QStringLiteral("title") });
    parser.addOption({ QStringLiteral("author"), tr("The <author> on the title page."),
                       QStringLiteral("author") });
    parser.addOption({ QStringLiteral("page-size"), tr("A4 (default) or Letter."),
                       QStringLiteral("size"), QStringLiteral("A4") });
    parser.addOption({ QStringLiteral("landscape"), tr("Landscape pages.") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;
    const QString out = parser.value(QStringLiteral("out"));
    const QString queue = parser.value(QStringLiteral("print"));
    if (out.isEmpty() == queue.isEmpty())
        return context.usageError(
            tr("report needs either --out FILE.pdf (or .odt) or --print QUEUE"));
    // The workbook is guarded first, whatever its name: refusing it as "not a .pdf" would
    // hide why it may never be written.
    if (const int code = context.refuseOutputOntoWorkbook(parser, out); code >= 0)
        return code;
    const bool odt = out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (!out.isEmpty() && !odt && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return context.usageError(
            tr("--out must name a .pdf or an .odt (OpenDocument text) file, not '%1'").arg(out));

    ReportSettings settings;
    const std::optional<int> year = context.yearValue(parser, QStringLiteral("year"));
    if (!year)
        return CommandContext::UsageError;
    settings.year = *year;
    if (parser.isSet(QStringLiteral("title")))
        settings.title = parser.value(QStringLiteral("title"));
    settings.author = parser.value(QStringLiteral("author"));
    const QString size = parser.value(QStringLiteral("page-size"));
    if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        settings.pageSize = QPageSize::A4;
    else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        settings.pageSize = QPageSize::Letter;
    else
        return context.usageError(tr("--page-size must be A4 or Letter, not '%1'").arg(size));
    if (parser.isSet(QStringLiteral("landscape")))
        settings.orientation = QPageLayout::Landscape;
    if (parser.isSet(QStringLiteral("sections"))) {
        settings.sections =
            parser.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &section : settings.sections) {
            section = section.trimmed();
            if (!ReportSettings::allSections().contains(section))
                return context.usageError(
                    tr("'%1' is not a section; use %2")
                        .arg(section, ReportSettings::allSections().join(QStringLiteral(", "))));
        }
    }

    int exitCode = CommandContext::Success;
    std::unique_ptr<Database> database = context.openDatabase(parser, &exitCode);
    if (!database)
        return exitCode;
    Workbook workbook(std::move(database));
    QStringList names = parser.values(QStringLiteral("scenario"));
    if (names.isEmpty())
        names << QStringLiteral("Base");
    const auto scenarioId = [&workbook](const QString &name) {
        for (const Scenario &scenario : workbook.scenarios()) {
            if (scenario.name.compare(name, Qt::CaseInsensitive) == 0)
                return scenario.id;
        }
        return 0;
    };
    const auto noSuchScenario = [&](const QString &option, const QString &name) {
        QStringList known;
        for (const Scenario &scenario : workbook.scenarios())
            known << scenario.name;
        return context.usageError(tr("%1: there is no scenario named '%2' (scenarios: %3)")
                                      .arg(option, name, known.join(QStringLiteral(", "))));
    };
    for (const QString &name : std::as_const(names)) {
        const int id = scenarioId(name);
        if (!id)
            return noSuchScenario(QStringLiteral("--scenario"), name);
        if (!settings.scenarioIds.contains(id))
            settings.scenarioIds << id;
    }
    if (parser.isSet(QStringLiteral("reference"))) {
        const QString name = parser.value(QStringLiteral("reference"));
        settings.referenceScenarioId = scenarioId(name);
        if (!settings.referenceScenarioId)
            return noSuchScenario(QStringLiteral("--reference"), name);
    }
    workbook.setScenario(settings.scenarioIds.first());
    if (!workbook.problems().isEmpty())
        return context.dataError(
            tr("scenario %1 cannot be computed:\n  %2")
                .arg(workbook.scenarioName(), workbook.problems().join(QStringLiteral("\n  "))));
    if (workbook.input().yearIndex(settings.year) < 0)
        return context.usageError(tr("the forecast has no year %1").arg(settings.year));

    if (!queue.isEmpty()) {
        const QPrinterInfo info = QPrinterInfo::printerInfo(queue);
        if (info.isNull())
            return context.dataError(
                tr("there is no print queue named '%1' (queues: %2)")
                    .arg(queue, QPrinterInfo::availablePrinterNames().join(QStringLiteral(", "))));
        QPrinter printer(info, QPrinter::HighResolution);
        printer.setPageSize(QPageSize(settings.pageSize));
        printer.setPageOrientation(settings.orientation);
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        printer.setDocName(settings.title);
        const int pages = ReportExporter::paint(&workbook, settings, &printer);
        // Returns when the print service has done the job (at most a minute), not when it was
        // handed over: then the printed pages exist.
        if (waitUntilQueueIsDone(queue, 60'000))
            context.out() << tr("printed %1 pages on %2").arg(pages).arg(queue) << '\n';
        else
            context.out() << tr("sent %1 pages to %2; the print service is still working on them")
                                 .arg(pages)
                                 .arg(queue)
                          << '\n';
        context.out().flush();
        return CommandContext::Success;
    }
    QString error;
    const ReportExporter::Result result = odt
        ? ReportExporter::exportOdt(&workbook, settings, out, &error)
        : ReportExporter::exportPdf(&workbook, settings, out, &error);
    if (result != ReportExporter::Result::Success)
        return context.dataError(tr("cannot write %1: %2").arg(out, error));
    context.out() << tr("wrote %1").arg(out) << '\n';
    context.out().flush();
    return CommandContext::Success;
}

} // namespace ws
