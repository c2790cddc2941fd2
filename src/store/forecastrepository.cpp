// SPDX-License-Identifier: MIT
#include "forecastrepository.h"
#include "assumptionscan.h"
#include "core/translation.h"
#include "migrations.h"
#include "sqlitehandle.h"

#include "core/scenariolineage.h"
#include "core/sourcecitation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace ws {

ForecastRepository::ForecastRepository(QSqlDatabase db)
    : mDb(std::move(db))
{
}

bool ForecastRepository::run(QSqlQuery &query)
{
    query.setForwardOnly(true);
    if (query.exec())
        return true;
    if (mError.isEmpty())
        mError = query.lastError().text();
    return false;
}

QList<Vendor> ForecastRepository::vendors()
{
    QList<Vendor> vendors;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT id, name, name_zh, color, kind FROM vendor ORDER BY id"));
    if (!run(query))
        return vendors;
    while (query.next()) {
        vendors << Vendor { query.value(0).toInt(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString() };
    }
    return vendors;
}

QList<Program> ForecastRepository::programs()
{
    QList<Program> programs;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral(
        "SELECT id, vendor_id, name, node, package_id, die_role FROM program ORDER BY id"));
    if (!run(query))
        return programs;
    while (query.next()) {
        Program program { query.value(0).toInt(), query.value(1).toInt(), query.value(2).toString(),
                          query.value(3).toString() };
        program.packageId = query.value(4).toInt(); // NULL reads as 0: a package
        program.dieRole = parseDieRole(query.value(5).toString()).value_or(DieRole::Compute);
        programs << program;
    }
    return programs;
}

QList<Scenario> ForecastRepository::scenarios()
{
    QList<Scenario> scenarios;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT id, name, parent_id, note FROM scenario ORDER BY id"));
    if (!run(query))
        return scenarios;
    while (query.next()) {
        scenarios << Scenario { query.value(0).toInt(), query.value(1).toString(),
                                query.value(2).toInt(), query.value(3).toString() };
    }
    return scenarios;
}

std::optional<Scenario> ForecastRepository::scenarioByName(const QString &name)
{
    for (const Scenario &scenario : scenarios()) {
        if (scenario.name.compare(name, Qt::CaseInsensitive) == 0)
            return scenario;
    }
    return std::nullopt;
}

QList<ReportedValue> ForecastRepository::reportedValues()
{
    QList<ReportedValue> values;
    QSqlQuery query(mDb);
    // A market total (vendor_id NULL) reads as vendor 0.
    query.prepare(QStringLiteral("SELECT id, vendor_id, year, metric, value, source_id, vintage, "
                                 "scope, note FROM reported_value ORDER BY vendor_id, year, id"));
    if (!run(query))
        return values;
    QHash<int, qsizetype> indexById;
    while (query.next()) {
        ReportedValue value;
        value.id = query.value(0).toInt();
        value.vendorId = query.value(1).toInt();
        value.year = query.value(2).toInt();
        value.metric = query.value(3).toString();
        value.value = query.value(4).toDouble();
        value.sourceId = query.value(5).toInt();
        value.vintage = query.value(6).toString();
        value.scope = query.value(7).toString();
        value.note = query.value(8).toString();
        indexById.insert(value.id, values.size());
        values << value;
    }

    QSqlQuery programs(mDb);
    programs.prepare(QStringLiteral("SELECT reported_value_id, program_id "
                                    "FROM reported_value_program "
                                    "ORDER BY reported_value_id, program_id"));
    if (!run(programs))
        return values;
    while (programs.next()) {
        const auto found = indexById.constFind(programs.value(0).toInt());
        if (found != indexById.constEnd())
            values[*found].scopeProgramIds << programs.value(1).toInt();
    }
    return values;
}

QList<CapacityValue> ForecastRepository::capacity()
{
    QList<CapacityValue> values;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT c.supplier, c.year, c.metric, c.value, c.source_id, "
                                 "s.title, c.note, s.title_kind FROM capacity c "
                                 "LEFT JOIN source s ON s.id = c.source_id "
                                 "ORDER BY c.supplier, c.year, c.id"));
    if (!run(query))
        return values;
    while (query.next()) {
        // The title as every other place shows it: a description in square brackets.
        const QString title = SourceCitation::shownTitle(
            query.value(5).toString(),
            SourceCitation::parseTitleKind(query.value(7).toString()).value_or(TitleKind::Title));
        values << CapacityValue { query.value(0).toString(), query.value(1).toInt(),
                                  query.value(2).toString(), query.value(3).toDouble(),
                                  query.value(4).toInt(),    title,
                                  query.value(6).toString() };
    }
    return values;
}

QHash<int, QString> ForecastRepository::sourceTitles()
{
    QHash<int, QString> titles;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT id, title FROM source"));
    if (!run(query))
        return titles;
    while (query.next())
        titles.insert(query.value(0).toInt(), query.value(1).toString());
    return titles;
}

QHash<int, QString> ForecastRepository::sourceDates()
{
    QHash<int, QString> dates;
    QSqlQuery query(mDb);
    query.prepare(
        QStringLiteral("SELECT id, published_on FROM source WHERE published_on IS NOT NULL"));
    if (!run(query))
        return dates;
    while (query.next())
        dates.insert(query.value(0).toInt(), query.value(1).toString());
    return dates;
}

namespace {

// A workbook of 10,000 programs × 10 years holds a million cells: read through SQLite's own
// interface, as QSqlQuery makes a QVariant of every value of every row (two thirds of the time
// of opening such a workbook), and in one pass over the table in the order it is stored, which
// takes half the time of a million lookups through the primary key. @p layers holds a list for
// each scenario of @p chain, in its order. Returns the error, empty on success.
// The texts of a column's values, each made once: a workbook repeats a few hundred values (a
// node, a yield model, a packaging yield) across a million cells, and a QString made per cell
// was a third of reading them. Copies share one buffer. A column of ever new values stops
// adding after a limit, so that the table stays small.
// The value the column gave last is tried first: most fields hold one value across a workbook
// (a yield model, a packaging yield), and comparing a few bytes costs less than hashing them.
class ValueTexts
{
public:
    QString text(const char *bytes, int size)
    {
        const std::string_view value(bytes, static_cast<size_t>(size));
        if (mHasLast && value == std::string_view(mLastBytes.constData(), mLastBytes.size()))
            return mLastText;
        // fromRawData: the lookup key points into SQLite's row, copied only when kept.
        const auto known = mTexts.constFind(QByteArray::fromRawData(bytes, size));
        QString text;
        if (known != mTexts.cend()) {
            text = *known;
        } else {
            text = QString::fromUtf8(bytes, size);
            if (mTexts.size() < maximumKept)
                mTexts.insert(QByteArray(bytes, size), text);
        }
        mLastBytes = QByteArray(bytes, size);
        mLastText = text;
        mHasLast = true;
        return text;
    }

private:
    static constexpr qsizetype maximumKept = 4096;
    QHash<QByteArray, QString> mTexts;
    QByteArray mLastBytes;
    QString mLastText;
    bool mHasLast = false;
};

QString readAssumptionCells(sqlite3 *handle, const QList<int> &chain,
                            QList<QList<AssumptionCell>> *layers)
{
    *layers = QList<QList<AssumptionCell>>(chain.size());
    // The root scenario holds nearly every cell: room for all of them at once, as a list
    // grown row by row copies a million cells over and over. The largest rowid bounds the
    // count and costs one step down the table's tree (count(*) reads the table).
    if (!chain.isEmpty()) {
        sqlite3_stmt *largest = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT max(rowid) FROM assumption", -1, &largest,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(largest) == SQLITE_ROW)
            (*layers)[0].reserve(qMin<qsizetype>(sqlite3_column_int64(largest, 0), 10'000'000));
        sqlite3_finalize(largest);
    }
    // The field names, as the rows spell them: few, and met again on every row. Compared as
    // standard string views, whose equality is an inlined length check and memcmp.
    const QList<AssumptionField> fieldList = allAssumptionFields();
    QList<QByteArray> fieldNames;
    std::vector<std::pair<std::string_view, AssumptionField>> fields;
    for (AssumptionField field : fieldList)
        fieldNames.append(assumptionFieldName(field).toUtf8());
    for (qsizetype i = 0; i < fieldList.size(); ++i)
        fields.emplace_back(std::string_view(fieldNames.at(i).constData(), fieldNames.at(i).size()),
                            fieldList.at(i));
    std::array<ValueTexts, ForecastInput::fieldCount> texts;
    return scanAssumptionRows(handle, [&](const AssumptionRowBlock &block) {
        for (const AssumptionRowBlock::Row &row : block.rows) {
            const qsizetype layer = chain.indexOf(row.scenarioId);
            if (layer < 0)
                continue;
            const std::string_view fieldName = block.field(row);
            // The schema's CHECK constraint admits only known field names.
            const auto known = std::find_if(fields.cbegin(), fields.cend(), [&](const auto &entry) {
                return entry.first == fieldName;
            });
            if (known == fields.cend())
                continue;
            const std::string_view value = block.value(row);
            (*layers)[layer].append(
                AssumptionCell { row.programId, row.year, known->second,
                                 texts[static_cast<size_t>(known->second)].text(
                                     value.data(), static_cast<int>(value.size())) });
        }
    });
}

} // namespace

QList<QList<AssumptionCell>> ForecastRepository::assumptionLayers(int scenarioId)
{
    // The root first, the scenario itself last; a loop in parent_id (only possible by
    // hand-editing) ends the walk.
    QList<int> chain = scenarioLineage(scenarios(), scenarioId);
    std::reverse(chain.begin(), chain.end());

    QList<QList<AssumptionCell>> layers;
    if (sqlite3 *handle = sqliteHandle(mDb)) {
        if (const QString error = readAssumptionCells(handle, chain, &layers); !error.isEmpty()) {
            if (mError.isEmpty())
                mError = error;
            return {};
        }
        return layers;
    }
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT program_id, year, field, value FROM assumption "
                                 "WHERE scenario_id = ?"));
    for (int id : chain) {
        query.bindValue(0, id);
        if (!run(query))
            return {};
        QList<AssumptionCell> cells;
        while (query.next()) {
            // The schema's CHECK constraint admits only known field names.
            const auto field = parseAssumptionField(query.value(2).toString());
            if (!field)
                continue;
            cells << AssumptionCell { query.value(0).toInt(), query.value(1).toInt(), *field,
                                      query.value(3).toString() };
        }
        layers << cells;
    }
    return layers;
}

QHash<int, QList<AssumptionCell>> ForecastRepository::assumptionCellsByScenario()
{
    // Roots first: the first layer is given room for the whole table at once.
    QList<int> ids;
    for (const Scenario &scenario : scenarios()) {
        if (scenario.parentId == 0)
            ids.prepend(scenario.id);
        else
            ids.append(scenario.id);
    }
    QList<QList<AssumptionCell>> layers;
    if (sqlite3 *handle = sqliteHandle(mDb)) {
        if (const QString error = readAssumptionCells(handle, ids, &layers); !error.isEmpty()) {
            if (mError.isEmpty())
                mError = error;
            return {};
        }
    } else {
        for (const int id : std::as_const(ids)) {
            const QList<QList<AssumptionCell>> chain = assumptionLayers(id);
            layers << (chain.isEmpty() ? QList<AssumptionCell>() : chain.constLast());
        }
    }
    QHash<int, QList<AssumptionCell>> cells;
    for (qsizetype i = 0; i < ids.size() && i < layers.size(); ++i)
        cells.insert(ids.at(i), std::move(layers[i]));
    return cells;
}

ForecastBuilder::Result ForecastRepository::loadForecast(int scenarioId)
{
    const QList<Vendor> vendorList = vendors();
    const QList<Program> programList = programs();
    const QList<QList<AssumptionCell>> layers = assumptionLayers(scenarioId);
    ForecastBuilder::Result result = ForecastBuilder::build(vendorList, programList, layers);
    if (!mError.isEmpty())
        result.problems.prepend(tr("the workbook cannot be read: %1").arg(mError));
    return result;
}

QList<std::pair<Scenario, ForecastBuilder::Result>> ForecastRepository::loadEveryForecast()
{
    const QList<Scenario> all = scenarios();
    QList<std::pair<Scenario, ForecastBuilder::Result>> results;
    const QList<Vendor> vendorList = vendors();
    const QList<Program> programList = programs();
    const QHash<int, QList<AssumptionCell>> own = assumptionCellsByScenario(); // one pass
    for (const Scenario &scenario : all) {
        // The root first, the scenario itself last, as assumptionLayers() gives them; the lists
        // are shared, not copied.
        QList<int> chain = scenarioLineage(all, scenario.id);
        std::reverse(chain.begin(), chain.end());
        QList<QList<AssumptionCell>> layers;
        for (const int id : std::as_const(chain))
            layers << own.value(id);
        ForecastBuilder::Result result = ForecastBuilder::build(vendorList, programList, layers);
        if (!mError.isEmpty())
            result.problems.prepend(tr("the workbook cannot be read: %1").arg(mError));
        results.append({ scenario, std::move(result) });
    }
    return results;
}

QList<std::pair<QString, qint64>> ForecastRepository::rowCounts()
{
    QList<std::pair<QString, qint64>> counts;
    QSqlQuery query(mDb);
    for (const QString &table : Migrations::tables()) {
        query.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (run(query) && query.next())
            counts.append({ table, query.value(0).toLongLong() });
    }
    return counts;
}

} // namespace ws
