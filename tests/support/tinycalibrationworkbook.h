// SPDX-License-Identifier: MIT
#pragma once

#include "store/migrations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace ws::test {

namespace tiny {

inline QJsonObject table(const QStringList &columns, const QList<QJsonArray> &rows)
{
    QJsonArray array;
    for (const QJsonArray &row : rows)
        array.append(row);
    return { { QStringLiteral("columns"), QJsonArray::fromStringList(columns) },
             { QStringLiteral("rows"), array } };
}

// The eight assumption cells of a program in 2026: a 100 mm² die without defects (613 gross
// dies per wafer, all good: logic wafers = units / 613) on a 2,700 mm² interposer at 75 %
// packaging yield (12 per wafer, 9 good: CoWoS wafers = units / 9).
inline QList<QJsonArray> cells(int programId, const char *units)
{
    const QList<std::pair<const char *, const char *>> fields = {
        { "units", units },
        { "dies_per_package", "1" },
        { "die_area_mm2", "100" },
        { "defect_density", "0" },
        { "yield_model", "murphy" },
        { "yield_alpha", "3" },
        { "interposer_area_mm2", "2700" },
        { "packaging_yield", "0.75" },
    };
    QList<QJsonArray> rows;
    for (const auto &[field, value] : fields)
        rows << QJsonArray { 1, programId, 2026, QLatin1String(field), QLatin1String(value) };
    return rows;
}

} // namespace tiny

/** A tiny workbook as a JSON export (`import --all` reads it), for calibration on numbers worked
    out by hand. Alpha ships 613,000 packages of A1 (1,000 logic wafers); Beta 1,226,000 of B1
    (2,000) and 306,500 of B2 (500). All logic wafers: 3,500. CoWoS wafers: 2,145,500 / 9 =
    238,388.9. Published: Beta's B2 alone 400 logic wafers ("Bank, May 2026", id 1), all
    vendors' CoWoS wafers 200,000 (same vintage, id 2), Alpha's compute-wafer share 30 %
    ("Other, June 2026", id 3, from a source whose title starts with "="). */
inline QJsonObject tinyWorkbook()
{
    using tiny::cells;
    using tiny::table;
    const auto empty = [] {
        return table({}, {});
    };
    QJsonObject tables = {
        { QStringLiteral("source"),
          table({ QStringLiteral("id"), QStringLiteral("title") },
                { { 1, QStringLiteral("Bank note") }, { 2, QStringLiteral("=Other note") } }) },
        { QStringLiteral("vendor"),
          table({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("color"),
                  QStringLiteral("kind") },
                { { 1, QStringLiteral("Alpha"), QStringLiteral("#000000"), QStringLiteral("gpu") },
                  { 2, QStringLiteral("Beta"), QStringLiteral("#FFFFFF"),
                    QStringLiteral("asic") } }) },
        { QStringLiteral("program"),
          table({ QStringLiteral("id"), QStringLiteral("vendor_id"), QStringLiteral("name") },
                { { 10, 1, QStringLiteral("A1") },
                  { 20, 2, QStringLiteral("B1") },
                  { 21, 2, QStringLiteral("B2") } }) },
        { QStringLiteral("scenario"),
          table({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at") },
                { { 1, QStringLiteral("Base"), QStringLiteral("2026-05-01T00:00:00Z") } }) },
        { QStringLiteral("assumption"),
          table({ QStringLiteral("scenario_id"), QStringLiteral("program_id"),
                  QStringLiteral("year"), QStringLiteral("field"), QStringLiteral("value") },
                cells(10, "613000") + cells(20, "1226000") + cells(21, "306500")) },
        { QStringLiteral("reported_value"),
          table({ QStringLiteral("id"), QStringLiteral("vendor_id"), QStringLiteral("year"),
                  QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("source_id"),
                  QStringLiteral("vintage"), QStringLiteral("scope") },
                { { 1, 2, 2026, QStringLiteral("compute_wafers"), 400, 1,
                    QStringLiteral("Bank, May 2026"), QStringLiteral("B2 only") },
                  { 2, QJsonValue::Null, 2026, QStringLiteral("cowos_wafers"), 200000, 1,
                    QStringLiteral("Bank, May 2026"), QString() },
                  { 3, 1, 2026, QStringLiteral("compute_wafer_share"), 30, 2,
                    QStringLiteral("Other, June 2026"), QString() } }) },
        { QStringLiteral("reported_value_program"),
          table({ QStringLiteral("reported_value_id"), QStringLiteral("program_id") },
                { { 1, 21 } }) },
    };
    for (const char *name :
         { "capacity", "company", "relation", "node_position", "setting", "edit_log" })
        tables.insert(QLatin1String(name), empty());
    return { { QStringLiteral("format"), QStringLiteral("wafershare-workbook") },
             { QStringLiteral("schema_version"), Migrations::latestVersion() },
             { QStringLiteral("tables"), tables } };
}


} // namespace ws::test
