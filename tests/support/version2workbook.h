// SPDX-License-Identifier: MIT
#pragma once

#include "store/migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace ws::test {

/** Writes a workbook at schema version 2 (the release before published figures had a scope and
    a vintage) as that release wrote it: the migrations up to 2, then rows in version 2's
    columns, with plain SQL so that later changes to the default data files cannot change it.
    It holds two vendors, two programs with a year of assumptions each, and three published
    figures (ids 1–3) of AWS and Nvidia. Fails the calling test when SQLite refuses a step. */
inline void writeVersion2Workbook(const QString &path)
{
    const QString name = QStringLiteral("version2");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(Migrations::migrate(db, 2), QString());
        QStringList statements = {
            QStringLiteral("INSERT INTO source (id, title) VALUES (1, 'A bank note')"),
            QStringLiteral("INSERT INTO vendor (id, name, color, kind) VALUES "
                           "(1, 'Nvidia', '#76B900', 'gpu'), (3, 'AWS', '#FF9900', 'asic')"),
            QStringLiteral("INSERT INTO program (id, vendor_id, name, node) VALUES "
                           "(2, 1, 'B200', 'N4P'), (9, 3, 'Trainium3', 'N3P')"),
            QStringLiteral("INSERT INTO scenario (id, name, created_at) VALUES "
                           "(1, 'Base', '2025-11-01T00:00:00Z')"),
            QStringLiteral("INSERT INTO reported_value (id, vendor_id, year, metric, value, "
                           "source_id, note) VALUES "
                           "(1, 3, 2026, 'cowos_wafers', 70000, 1, 'AWS CoWoS'), "
                           "(2, 1, 2026, 'compute_wafer_share', 55, 1, NULL), "
                           "(3, 3, 2026, 'units', 1500000, 1, 'Trainium')"),
        };
        for (const char *program : { "2", "9" }) {
            statements << QStringLiteral(
                              "INSERT INTO assumption (scenario_id, program_id, year, field, "
                              "value) VALUES (1, %1, 2026, 'units', '1000000'), "
                              "(1, %1, 2026, 'dies_per_package', '1'), "
                              "(1, %1, 2026, 'die_area_mm2', '100'), "
                              "(1, %1, 2026, 'defect_density', '0'), "
                              "(1, %1, 2026, 'yield_model', 'murphy'), "
                              "(1, %1, 2026, 'yield_alpha', '3'), "
                              "(1, %1, 2026, 'interposer_area_mm2', '2700'), "
                              "(1, %1, 2026, 'packaging_yield', '0.75')")
                              .arg(QLatin1String(program));
        }
        QSqlQuery query(db);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace ws::test
