// SPDX-License-Identifier: MIT
#include "xlsxfile.h"

#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <utility>

namespace ws {

namespace {

// The document's creation time, fixed so that the same tables give the same bytes (1980-01-01,
// the date libxlsxwriter gives every zip entry).
constexpr time_t fixedCreationTime = 315532800;

constexpr int maxSheetName = 31;
// Column widths, in Excel's characters: wide enough for a short header, never wider than a
// screen's share.
constexpr double narrowest = 8.0;
constexpr double widest = 60.0;
// Rows measured for a column's width; a long table's width comes from its head.
constexpr int measuredRows = 2000;

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

// How many of Excel's character widths @p text takes: a CJK character about two.
double displayWidth(const QString &text)
{
    double width = 0.0;
    for (const QChar c : text)
        width += c.unicode() >= 0x1100 ? 2.0 : 1.0;
    return width;
}

// @p text escaped for libxlsxwriter and, when Excel's cell could not hold it, cut to fit,
// ending in "…"; the limit counts the escaped text, which is what libxlsxwriter measures.
QString cellText(const QString &text, bool *cut)
{
    QString escaped = XlsxFile::escapedText(text);
    *cut = false;
    qsizetype keep = text.size();
    while (escaped.size() > XlsxFile::maxCellText) {
        *cut = true;
        keep -= escaped.size() - XlsxFile::maxCellText + 1; // one more for the "…"
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep; // never half a character
        escaped = XlsxFile::escapedText(text.left(keep)) + QChar(0x2026);
    }
    return escaped;
}

// The number format of a column's cells, or none (General).
const char *numberFormat(const DataColumn &column)
{
    switch (column.kind) {
    case DataColumn::Kind::Integer:
        return "0";
    case DataColumn::Kind::Wafers:
        return "#,##0";
    case DataColumn::Kind::Percent:
        return column.decimals > 3 ? "0.00%" : "0.0%";
    case DataColumn::Kind::Text:
    case DataColumn::Kind::Number:
        break;
    }
    return nullptr;
}

// The text a column's cell shows, for its width only.
QString shownText(const DataColumn &column, const QVariant &value)
{
    if (!isNumber(value))
        return value.toString();
    switch (column.kind) {
    case DataColumn::Kind::Wafers:
        return QStringLiteral("%L1").arg(value.toDouble(), 0, 'f', 0);
    case DataColumn::Kind::Percent:
        return QString::number(value.toDouble(), 'f', 2) + QLatin1Char('%');
    default:
        return QString::number(value.toDouble(), 'g', 10);
    }
}

// One workbook being written into a temporary folder; the first error wins.
class Writer
{
public:
    Writer(const QString &file, const QString &temporaryFolder)
        : mTemporaryFolder(QFile::encodeName(temporaryFolder))
    {
        lxw_workbook_options options = {};
        options.tmpdir = mTemporaryFolder.data();
        mBook = workbook_new_opt(QFile::encodeName(file).constData(), &options);
        if (!mBook) {
            mError = XlsxFile::tr("cannot start an Excel file in %1")
                         .arg(QDir::toNativeSeparators(temporaryFolder));
            return;
        }
        lxw_doc_properties properties = {};
        properties.created = fixedCreationTime;
        check(workbook_set_properties(mBook, &properties));
        mHeader = workbook_add_format(mBook);
        format_set_bold(mHeader);
    }

    ~Writer()
    {
        if (mBook)
            workbook_close(mBook);
    }

    void addSheet(const DataTable &table, const QStringList &taken)
    {
        if (!mError.isEmpty())
            return;
        const QString name = XlsxFile::sheetName(table.name, taken);
        lxw_worksheet *sheet = workbook_add_worksheet(mBook, name.toUtf8().constData());
        if (!sheet) {
            mError = XlsxFile::tr("Excel refused the sheet name %1").arg(name);
            return;
        }
        QList<lxw_format *> formats;
        QList<double> widths;
        for (int c = 0; c < table.columns.size(); ++c) {
            formats << format(numberFormat(table.columns[c]));
            widths << displayWidth(table.columns[c].name) + 3.0; // room for the filter button
            writeText(sheet, 0, c, table.columns[c].name, mHeader);
        }
        for (int r = 0; r < table.rows.size() && mError.isEmpty(); ++r) {
            const QVariantList &row = table.rows[r];
            const auto excelRow = static_cast<lxw_row_t>(r + 1);
            if (excelRow >= LXW_ROW_MAX) {
                mError = XlsxFile::tr("%1 has %2 rows, more than the %3 an Excel sheet holds")
                             .arg(table.name)
                             .arg(table.rows.size())
                             .arg(LXW_ROW_MAX - 1);
                return;
            }
            for (int c = 0; c < table.columns.size(); ++c) {
                const DataColumn &column = table.columns[c];
                const QVariant value = row.value(c);
                if (r < measuredRows && !value.isNull())
                    widths[c] = std::max(widths[c], displayWidth(shownText(column, value)) + 1.0);
                const auto col = static_cast<lxw_col_t>(c);
                if (value.isNull())
                    continue;
                if (!isNumber(value) || column.kind == DataColumn::Kind::Text) {
                    writeText(sheet, excelRow, col, value.toString(), nullptr);
                    continue;
                }
                double number = value.toDouble();
                if (!std::isfinite(number)) { // no cell holds it: shown as CSV prints it
                    writeText(sheet, excelRow, col, QString::number(number), nullptr);
                    continue;
                }
                if (column.kind == DataColumn::Kind::Percent)
                    number /= 100.0;
                check(worksheet_write_number(sheet, excelRow, col, number, formats[c]));
            }
        }
        for (int c = 0; c < table.columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            check(worksheet_set_column(sheet, col, col, std::clamp(widths[c], narrowest, widest),
                                       nullptr));
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (!table.columns.isEmpty())
            check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                       static_cast<lxw_col_t>(table.columns.size() - 1)));
    }

    // Writes the file; returns the error, if any.
    QString close()
    {
        lxw_workbook *book = std::exchange(mBook, nullptr);
        errno = 0;
        const lxw_error closed = book ? workbook_close(book) : LXW_NO_ERROR;
        if (mError.isEmpty() && closed != LXW_NO_ERROR)
            mError = OutputFile::describeFailure(
                XlsxFile::tr("the Excel file being made in %1")
                    .arg(QDir::toNativeSeparators(QString::fromLocal8Bit(mTemporaryFolder))),
                errno, QString::fromUtf8(lxw_strerror(closed)));
        return mError;
    }

    int cutCells() const { return mCutCells; }

private:
    lxw_format *format(const char *numberFormat)
    {
        if (!numberFormat)
            return nullptr;
        const QByteArray key(numberFormat);
        if (lxw_format *known = mFormats.value(key))
            return known;
        lxw_format *created = workbook_add_format(mBook);
        format_set_num_format(created, numberFormat);
        mFormats.insert(key, created);
        return created;
    }

    // Always a string cell: worksheet_write_string never reads a formula into its text.
    void writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
                   lxw_format *format)
    {
        bool cut = false;
        const QByteArray utf8 = cellText(text, &cut).toUtf8();
        if (cut)
            ++mCutCells;
        check(worksheet_write_string(sheet, row, col, utf8.constData(), format));
    }

    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && mError.isEmpty())
            mError = XlsxFile::tr("the Excel file cannot be made: %1")
                         .arg(QString::fromUtf8(lxw_strerror(error)));
    }

    QByteArray mTemporaryFolder;
    lxw_workbook *mBook = nullptr;
    lxw_format *mHeader = nullptr;
    QHash<QByteArray, lxw_format *> mFormats;
    QString mError;
    int mCutCells = 0;
};

} // namespace

QString XlsxFile::write(const QString &path, const QList<DataTable> &sheets, int *cutCells)
{
    if (cutCells)
        *cutCells = 0;
    if (const QString problem = OutputFile::openWorkbookProblem(path); !problem.isEmpty())
        return problem;
    // libxlsxwriter writes to a path of its own; the bytes then reach @p path the way every
    // other file does, all or nothing.
    QTemporaryDir folder;
    if (!folder.isValid())
        return tr("cannot make a temporary folder for the Excel file: %1. Nothing was written.")
            .arg(folder.errorString());
    const QString made = folder.filePath(QStringLiteral("workbook.xlsx"));
    QStringList taken;
    int cut = 0;
    {
        Writer writer(made, folder.path());
        for (const DataTable &sheet : sheets) {
            writer.addSheet(sheet, taken);
            taken << sheetName(sheet.name, taken);
        }
        cut = writer.cutCells();
        if (const QString error = writer.close(); !error.isEmpty())
            return tr("%1. Nothing was written.").arg(error);
    }
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read back the Excel file just made: %1. Nothing was written.")
            .arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (const QString error = OutputFile::write(path, bytes); !error.isEmpty())
        return error;
    if (cutCells)
        *cutCells = cut;
    return {};
}

QString XlsxFile::sheetName(const QString &name, const QStringList &taken)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = name;
    base.replace(forbidden, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.isEmpty() || base.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        base = base.isEmpty() ? QStringLiteral("Sheet") : base + QStringLiteral("_");
    const auto fitted = [](const QString &text, const QString &suffix) {
        qsizetype keep = maxSheetName - suffix.size();
        if (text.size() <= keep)
            return text + suffix;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        return text.left(keep) + suffix;
    };
    const auto isTaken = [&taken](const QString &candidate) {
        return std::any_of(taken.cbegin(), taken.cend(), [&](const QString &other) {
            return other.compare(candidate, Qt::CaseInsensitive) == 0;
        });
    };
    QString candidate = fitted(base, QString());
    for (int n = 2; isTaken(candidate); ++n)
        candidate = fitted(base, QStringLiteral(" (%1)").arg(n));
    return candidate;
}

QString XlsxFile::escapedText(const QString &text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    QString escaped = text;
    escaped.replace(escapeLike, QStringLiteral("_x005F_"));
    return escaped;
}

} // namespace ws
