// SPDX-License-Identifier: MIT
#pragma once

#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace ws::test {

/** Adds @p programCount generated programs to the default workbook at @p path, each with every
    input in each of @p yearCount years from 2024 (Base only), spread over the default vendors:
    the workbook of DESIGN §6's budgets (10,000 programs × 10 years). Inputs vary with the
    program so that rankings and sums are not flat. Returns false if SQLite refused a row. */
inline bool addGeneratedPrograms(const QString &path, int programCount, int yearCount)
{
    auto opened = Database::open(path);
    if (!opened.database)
        return false;
    QSqlDatabase db = opened.database->connection();
    QSqlQuery query(db);
    if (!db.transaction())
        return false;
    constexpr int firstId = 100'000;
    QVariantList ids, vendors, names;
    for (int p = 0; p < programCount; ++p) {
        ids << firstId + p;
        vendors << 1 + p % 7; // data/vendor.csv: ids 1–7
        names << QStringLiteral("Generated %1").arg(p, 5, 10, QLatin1Char('0'));
    }
    query.prepare(
        QStringLiteral("INSERT INTO program (id, vendor_id, name, node) VALUES (?, ?, ?, 'N3')"));
    query.addBindValue(ids);
    query.addBindValue(vendors);
    query.addBindValue(names);
    if (!query.execBatch())
        return false;
    const QList<std::pair<const char *, QString>> fixed = {
        { "dies_per_package", QStringLiteral("1") },
        { "defect_density", QStringLiteral("0.1") },
        { "harvest_fraction", QStringLiteral("0") },
        { "interposer_area_mm2", QStringLiteral("1700") },
        { "packaging", QStringLiteral("cowos") },
        { "packaging_yield", QStringLiteral("0.97") },
        { "yield_alpha", QStringLiteral("3") },
        { "yield_model", QStringLiteral("murphy") },
    };
    QVariantList programIds, years, fields, values;
    for (int p = 0; p < programCount; ++p) {
        for (int y = 0; y < yearCount; ++y) {
            const auto add = [&](const char *field, const QString &value) {
                programIds << firstId + p;
                years << 2024 + y;
                fields << QLatin1String(field);
                values << value;
            };
            add("units", QString::number(1000 * (1 + (p + y) % 50)));
            add("die_area_mm2", QString::number(100 + (p * 7 + y) % 700));
            for (const auto &[field, value] : fixed)
                add(field, value);
        }
    }
    query.prepare(QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, field, "
                                 "value, source_id) VALUES (1, ?, ?, ?, ?, 37)"));
    query.addBindValue(programIds);
    query.addBindValue(years);
    query.addBindValue(fields);
    query.addBindValue(values);
    if (!query.execBatch())
        return false;
    return db.commit();
}

} // namespace ws::test
