// SPDX-License-Identifier: MIT
#include "commandcontext.h"
#include "core/translation.h"

#include "core/calibration.h"
#include "core/forecastengine.h"
#include "files/csvwriter.h"
#include "files/outputfile.h"
#include "models/resulttables.h"
#include "store/database.h"
#include "store/forecastrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ws {

namespace {

// The columns, in order; CSV and JSON use these names, the table too.
const QStringList calibrationColumns = {
    QStringLiteral("vendor"),   QStringLiteral("year"),      QStringLiteral("metric"),
    QStringLiteral("scope"),    QStringLiteral("vintage"),   QStringLiteral("published"),
    QStringLiteral("modelled"), QStringLiteral("residual"),  QStringLiteral("residual_percent"),
    QStringLiteral("source"),   QStringLiteral("source_id"), QStringLiteral("reported_value_id"),
};

// One row as printed: text for every column, numbers already formatted (numberColumns() says
// which fields CSV writes as numbers, never formula-guarded, and the table aligns right).
struct PrintedRow
{
    QStringList fields;
    QVariantList values; // for JSON: typed, null where a field is empty
};

QStringList numberColumns()
{
    return { QStringLiteral("year"),
             QStringLiteral("published"),
             QStringLiteral("modelled"),
             QStringLiteral("residual"),
             QStringLiteral("residual_percent"),
             QStringLiteral("source_id"),
             QStringLiteral("reported_value_id") };
}

// The fields of @p row, whose typed values @p values holds (ResultTables::calibration).
PrintedRow printedRow(const CalibrationRow &row, const QVariantList &values)
{
    // Shares to a thousandth of a point and volumes to a tenth, as `shares` prints them: fixed
    // decimals diff cleanly between runs.
    const int decimals = isReportedShareMetric(row.metric) ? 3 : 1;
    PrintedRow printed;
    printed.fields = { values[0].toString(),
                       QString::number(row.year),
                       row.metric,
                       values[3].toString(),
                       row.vintage,
                       QString::number(row.reported, 'g', 12),
                       QString::number(row.modelled, 'f', decimals),
                       QString::number(row.residual, 'f', decimals),
                       row.residualPercent ? QString::number(*row.residualPercent, 'f', 2)
                                           : QString(),
                       values[9].toString(),
                       QString::number(row.sourceId),
                       QString::number(row.reportedId) };
    printed.values = values;
    return printed;
}

QString csvText(const QList<PrintedRow> &rows)
{
    const QStringList numbers = numberColumns();
    CsvWriter csv;
    QString text = csv.record(calibrationColumns);
    for (const PrintedRow &row : rows) {
        for (int c = 0; c < calibrationColumns.size(); ++c) {
            const QString &field = row.fields[c];
            if (field.isEmpty())
                csv.empty();
            else if (numbers.contains(calibrationColumns[c]))
                csv.number(field);
            else
                csv.text(field);
        }
        text += csv.endRecord();
    }
    return text;
}

QString jsonText(const QList<PrintedRow> &rows)
{
    QJsonArray array;
    for (const PrintedRow &row : rows) {
        QJsonObject object;
        for (int c = 0; c < calibrationColumns.size(); ++c)
            object.insert(calibrationColumns[c], QJsonValue::fromVariant(row.values[c]));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

// Columns padded to their widest field, numbers right-aligned; long titles are cut, since a
// table is for reading in a terminal and CSV or JSON carry them whole.
QString tableText(const QList<PrintedRow> &rows)
{
    constexpr int widest = 40;
    const QStringList numbers = numberColumns();
    QList<QStringList> cells = { calibrationColumns };
    for (const PrintedRow &row : rows)
        cells << row.fields;
    QList<int> widths(calibrationColumns.size(), 0);
    for (QStringList &line : cells) {
        for (int c = 0; c < line.size(); ++c) {
            if (line[c].size() > widest)
                line[c] = line[c].left(widest - 1) + QChar(0x2026);
            widths[c] = std::max(widths[c], static_cast<int>(line[c].size()));
        }
    }
    QString text;
    for (const QStringList &line : std::as_const(cells)) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c) {
            padded << (numbers.contains(calibrationColumns[c]) ? line[c].rightJustified(widths[c])
                                                               : line[c].leftJustified(widths[c]));
        }
        text += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

int runCalibrationCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints each published figure beside the value the scenario models for it, like with "
           "like: a vendor's total, the market's total (vendor \"All vendors\") or the programs "
           "of a named scope. Columns: %1. The residual is modelled − published (points for "
           "shares); residual_percent is the residual in percent of a published volume.")
            .arg(calibrationColumns.join(QStringLiteral(", "))));
    parser.addOption(CommandContext::dbOption());
    parser.addOption({ QStringLiteral("scenario"), tr("The scenario <name> (default: Base)."),
                       QStringLiteral("name"), QStringLiteral("Base") });
    parser.addOption({ QStringLiteral("vintage"),
                       tr("Only the figures of one edition of a report, such as \"Morgan "
                          "Stanley, October 2025\" (any letter case; default: every vintage)."),
                       QStringLiteral("vintage") });
    parser.addOption({ QStringLiteral("format"), tr("csv, json or table (default: csv)."),
                       QStringLiteral("format"), QStringLiteral("csv") });
    parser.addOption({ QStringLiteral("out"), tr("The <file> to write (default: standard output)."),
                       QStringLiteral("file") });
    parser.addOption({ QStringLiteral("no-bom"),
                       tr("With --format csv --out: no UTF-8 byte order mark at the start of the "
                          "file. By default the file begins with one, so that Excel reads its "
                          "Chinese text as UTF-8; standard output never has one.") });
    if (const int code = context.parse(parser, arguments); code >= 0)
        return code;

    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") &&
        format != QLatin1String("table"))
        return context.usageError(tr("--format must be csv, json or table, not '%1'").arg(format));
    if (parser.isSet(QStringLiteral("out"))) {
        if (const int code =
                context.refuseOutputOntoWorkbook(parser, parser.value(QStringLiteral("out")));
            code >= 0)
            return code;
    }

    int exitCode = CommandContext::Success;
    const std::optional<ScenarioForecast> loaded = context.loadScenario(parser, &exitCode);
    if (!loaded)
        return exitCode;
    ForecastRepository repository(loaded->database->connection());
    QList<ReportedValue> reported = repository.reportedValues();

    if (parser.isSet(QStringLiteral("vintage"))) {
        const QString wanted = parser.value(QStringLiteral("vintage")).trimmed();
        const QStringList vintages = reportedVintages(reported);
        const auto match = std::find_if(vintages.cbegin(), vintages.cend(), [&](const QString &v) {
            return v.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (match == vintages.cend())
            return context.usageError(
                tr("--vintage: %1 has no published figure of vintage '%2' "
                   "(it has: %3)")
                    .arg(loaded->database->path(), wanted, vintages.join(QStringLiteral("; "))));
        const QString vintage = *match;
        reported.removeIf([&](const ReportedValue &value) { return value.vintage != vintage; });
    }

    const ForecastInput &input = loaded->input;
    const ForecastResult result = ForecastEngine::compute(input);
    const QList<CalibrationRow> compared = compareWithReported(input, result, reported);
    const DataTable table = ResultTables::calibration(input, compared, repository.sourceTitles());
    if (DataTable *captured = context.capturedTable()) {
        *captured = table;
        return CommandContext::Success;
    }
    QList<PrintedRow> rows;
    for (int r = 0; r < compared.size(); ++r)
        rows << printedRow(compared[r], table.rows[r]);

    const QString text = format == QLatin1String("json") ? jsonText(rows)
        : format == QLatin1String("table")               ? tableText(rows)
                                                         : csvText(rows);
    if (!parser.isSet(QStringLiteral("out"))) {
        context.out() << text;
        context.out().flush();
        return CommandContext::Success;
    }
    const QString path = parser.value(QStringLiteral("out"));
    // A CSV file is for Excel too (CsvWriter::fileBytes); JSON and the table are not.
    const QByteArray bytes = format == QLatin1String("csv")
        ? CsvWriter::fileBytes(text, !parser.isSet(QStringLiteral("no-bom")))
        : text.toUtf8();
    if (const QString error = OutputFile::write(path, bytes); !error.isEmpty())
        return context.dataError(error);
    context.err() << tr("Wrote the calibration of %1 to %2").arg(loaded->scenario.name, path)
                  << '\n';
    context.err().flush();
    return CommandContext::Success;
}

} // namespace ws
