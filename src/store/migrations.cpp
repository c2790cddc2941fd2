// SPDX-License-Identifier: MIT
#include "migrations.h"
#include "core/translation.h"

#include "databasefile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ws {

namespace {

// Version 1: the first schema of DESIGN §2. Names are the contract; columns may grow in later
// steps. CHECK constraints keep values a script writes with the sqlite3 shell as sane as those
// typed in the app.
const QStringList schemaVersion1 = {
    QStringLiteral(R"(CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT,
        url TEXT,
        published_on TEXT,
        note TEXT))"),
    QStringLiteral(R"(CREATE TABLE vendor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        name_zh TEXT,
        color TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('gpu', 'asic'))))"),
    QStringLiteral(R"(CREATE TABLE program (
        id INTEGER PRIMARY KEY,
        vendor_id INTEGER NOT NULL REFERENCES vendor(id),
        name TEXT NOT NULL UNIQUE,
        node TEXT,
        note TEXT))"),
    QStringLiteral(R"(CREATE TABLE scenario (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        parent_id INTEGER REFERENCES scenario(id),
        note TEXT,
        created_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE assumption (
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('units', 'dies_per_package', 'die_area_mm2',
            'defect_density', 'yield_model', 'yield_alpha', 'interposer_area_mm2',
            'packaging_yield')),
        value TEXT NOT NULL,
        source_id INTEGER REFERENCES source(id),
        note TEXT,
        PRIMARY KEY (scenario_id, program_id, year, field)))"),
    QStringLiteral(R"(CREATE TABLE reported_value (
        id INTEGER PRIMARY KEY,
        vendor_id INTEGER NOT NULL REFERENCES vendor(id),
        year INTEGER NOT NULL,
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        source_id INTEGER NOT NULL REFERENCES source(id),
        note TEXT))"),
    QStringLiteral(R"(CREATE TABLE company (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        name_zh TEXT,
        ticker TEXT,
        country TEXT,
        tier TEXT NOT NULL CHECK (tier IN ('design', 'foundry', 'packaging', 'substrate', 'server',
            'network', 'power', 'thermal', 'cable', 'rails', 'vendor', 'customer')),
        role TEXT,
        note TEXT,
        vendor_id INTEGER REFERENCES vendor(id)))"),
    QStringLiteral(R"(CREATE TABLE relation (
        id INTEGER PRIMARY KEY,
        supplier_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        kind TEXT,
        product TEXT,
        weight REAL NOT NULL CHECK (weight >= 0 AND weight <= 1),
        source_id INTEGER REFERENCES source(id),
        note TEXT,
        CHECK (supplier_id <> customer_id)))"),
    QStringLiteral(R"(CREATE TABLE node_position (
        company_id INTEGER NOT NULL REFERENCES company(id) ON DELETE CASCADE,
        layout TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        PRIMARY KEY (company_id, layout)))"),
    QStringLiteral(R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT))"),
    QStringLiteral(R"(CREATE TABLE edit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT,
        old_value TEXT,
        new_value TEXT))"),
    QStringLiteral("CREATE INDEX program_vendor ON program(vendor_id)"),
    QStringLiteral("CREATE INDEX assumption_program ON assumption(program_id)"),
    QStringLiteral("CREATE INDEX reported_value_vendor ON reported_value(vendor_id, year)"),
    QStringLiteral("CREATE INDEX relation_supplier ON relation(supplier_id)"),
    QStringLiteral("CREATE INDEX relation_customer ON relation(customer_id)"),
    QStringLiteral("PRAGMA application_id = %1").arg(waferShareApplicationId),
};

// Version 2: supplier capacity per calendar year, so that a scenario's demand can be checked
// against what can be built. Metric "cowos_wafers" counts wafers per year, the unit of the
// engine's CoWoS demand.
const QStringList schemaVersion2 = {
    QStringLiteral(R"(CREATE TABLE capacity (
        id INTEGER PRIMARY KEY,
        supplier TEXT NOT NULL,
        year INTEGER NOT NULL,
        metric TEXT NOT NULL,
        value REAL NOT NULL CHECK (value >= 0),
        source_id INTEGER NOT NULL REFERENCES source(id),
        note TEXT))"),
};

// Version 3: Model v2 (DESIGN §3). A program row may be a further kind of die inside a package
// (package_id set), with the role of its dies; the assumption table admits the fields
// packages_per_cowos_wafer, packaging and harvest_fraction. SQLite cannot change a CHECK, so the
// assumption table is rebuilt: the old one renamed aside, the new one created under the real
// name (so its stored definition reads as written here), the rows copied, the old one dropped
// with its index, and the index made again — all inside the step's transaction. No table
// refers to assumption, so neither the rename nor the drop touches another table.
const QStringList schemaVersion3 = {
    QStringLiteral("ALTER TABLE program ADD COLUMN package_id INTEGER REFERENCES program(id)"),
    QStringLiteral("ALTER TABLE program ADD COLUMN die_role TEXT NOT NULL DEFAULT 'compute' "
                   "CHECK (die_role IN ('compute', 'io'))"),
    QStringLiteral("CREATE INDEX program_package ON program(package_id)"),
    QStringLiteral("ALTER TABLE assumption RENAME TO assumption_version2"),
    QStringLiteral(R"(CREATE TABLE assumption (
        scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
        program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        year INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('units', 'dies_per_package', 'die_area_mm2',
            'defect_density', 'yield_model', 'yield_alpha', 'interposer_area_mm2',
            'packaging_yield', 'packages_per_cowos_wafer', 'packaging', 'harvest_fraction')),
        value TEXT NOT NULL,
        source_id INTEGER REFERENCES source(id),
        note TEXT,
        PRIMARY KEY (scenario_id, program_id, year, field)))"),
    QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, field, value, "
                   "source_id, note) SELECT scenario_id, program_id, year, field, value, "
                   "source_id, note FROM assumption_version2 ORDER BY rowid"),
    QStringLiteral("DROP TABLE assumption_version2"),
    QStringLiteral("CREATE INDEX assumption_program ON assumption(program_id)"),
};

// Version 4: a source says whether its title is the publication's own or a description, and how
// much of its date is known, so that a month is never printed as a day. The precision of the
// sources already stored is read from the form of their date (Migrations::datePrecisionOfDate);
// text of no date form keeps "unknown" and is shown as written.
const QStringList schemaVersion4 = {
    QStringLiteral("ALTER TABLE source ADD COLUMN title_kind TEXT NOT NULL DEFAULT 'title' "
                   "CHECK (title_kind IN ('title', 'description'))"),
    QStringLiteral("ALTER TABLE source ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'unknown' "
                   "CHECK (date_precision IN ('day', 'month', 'year', 'unknown'))"),
    QStringLiteral("UPDATE source SET date_precision = %1").arg(Migrations::datePrecisionOfDate()),
};

// Version 5: published figures with a scope and a vintage. A figure may count all vendors
// together (vendor_id NULL, a market total) or a named set of programs (the link table), and
// says which edition of a report it comes from. SQLite cannot drop NOT NULL from a column, so
// the table is rebuilt: nothing refers to it yet, and every row keeps its id and values.
const QStringList schemaVersion5 = {
    QStringLiteral(R"(CREATE TABLE reported_value_v5 (
        id INTEGER PRIMARY KEY,
        vendor_id INTEGER REFERENCES vendor(id),
        year INTEGER NOT NULL,
        metric TEXT NOT NULL,
        value REAL NOT NULL,
        source_id INTEGER NOT NULL REFERENCES source(id),
        note TEXT,
        vintage TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("INSERT INTO reported_value_v5 (id, vendor_id, year, metric, value, source_id, "
                   "note) SELECT id, vendor_id, year, metric, value, source_id, note "
                   "FROM reported_value"),
    QStringLiteral("DROP TABLE reported_value"),
    QStringLiteral("ALTER TABLE reported_value_v5 RENAME TO reported_value"),
    QStringLiteral("CREATE INDEX reported_value_vendor ON reported_value(vendor_id, year)"),
    QStringLiteral(R"(CREATE TABLE reported_value_program (
        reported_value_id INTEGER NOT NULL REFERENCES reported_value(id) ON DELETE CASCADE,
        program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
        PRIMARY KEY (reported_value_id, program_id)))"),
    QStringLiteral(
        "CREATE INDEX reported_value_program_program ON reported_value_program(program_id)"),
};

// Version 6: what SQL clients (the sqlite3 shell, LabPlot, DBeaver, DB Browser) read directly,
// typed: the assumption table keeps every value as text, so that a client guessing a column's
// type from it reads 0.1 as 0. The views resolve a scenario's cells through its parents as the
// engine does (ForecastBuilder: the nearest scenario that stores a cell gives it), and the
// result tables hold what `wafershare results --refresh` last computed (ResultTables), stamped
// so that result_status can say whether it is still current.
//
// Each cell is looked up through the assumption table's primary key, the nearest scenario of the
// lineage first, rather than grouping every cell of every lineage: a query for one program then
// reads only that program's cells (SQLite does not push a WHERE into a grouped view).
//
// SQLite 3.40 declares no type for a view column that an expression computes. A client takes a
// view's declared types from the first SELECT of a compound (PRAGMA table_info) or from the
// last (sqlite3_column_decltype, through which Qt's driver reads them), so assumption_value
// begins and ends with a SELECT of columns of those types that returns no row. The check in
// declared_type keeps it empty.
const QStringList schemaVersion6 = {
    QStringLiteral(R"(CREATE TABLE declared_type (
        integer_value INTEGER,
        real_value REAL,
        text_value TEXT,
        CHECK (0)))"),
    QStringLiteral(R"(CREATE VIEW assumption_value AS
WITH RECURSIVE lineage (scenario_id, ancestor_id, depth) AS (
    SELECT id, id, 0 FROM scenario
    UNION ALL
    SELECT lineage.scenario_id, scenario.parent_id, lineage.depth + 1
    FROM lineage JOIN scenario ON scenario.id = lineage.ancestor_id
    WHERE scenario.parent_id IS NOT NULL AND lineage.depth < (SELECT count(*) FROM scenario)),
stored_year (year) AS (SELECT DISTINCT year FROM assumption)
SELECT integer_value AS scenario_id, text_value AS scenario, integer_value AS program_id,
    text_value AS program, text_value AS vendor, integer_value AS year,
    real_value AS units, real_value AS dies_per_package, real_value AS die_area_mm2,
    real_value AS defect_density, text_value AS yield_model, real_value AS yield_alpha,
    real_value AS harvest_fraction, text_value AS packaging, real_value AS interposer_area_mm2,
    real_value AS packages_per_cowos_wafer, real_value AS packaging_yield
FROM declared_type WHERE 0
UNION ALL
SELECT scenario.id, scenario.name, program.id, program.name, vendor.name, stored_year.year,
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'units'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'dies_per_package'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'die_area_mm2'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'defect_density'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'yield_model'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'yield_alpha'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'harvest_fraction'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'packaging'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'interposer_area_mm2'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CASE WHEN trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) = 'none' THEN NULL
            ELSE CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) END FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'packages_per_cowos_wafer'
        ORDER BY lineage.depth LIMIT 1),
    (SELECT CAST(trim(cell.value, ' ' || char(9, 10, 11, 12, 13)) AS REAL) FROM lineage
        JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
        WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
            AND cell.year = stored_year.year AND cell.field = 'packaging_yield'
        ORDER BY lineage.depth LIMIT 1)
FROM scenario CROSS JOIN program CROSS JOIN stored_year
LEFT JOIN vendor ON vendor.id = program.vendor_id
WHERE EXISTS (SELECT 1 FROM lineage
    JOIN assumption AS cell ON cell.scenario_id = lineage.ancestor_id
    WHERE lineage.scenario_id = scenario.id AND cell.program_id = program.id
        AND cell.year = stored_year.year)
UNION ALL
SELECT integer_value, text_value, integer_value, text_value, text_value, integer_value,
    real_value, real_value, real_value, real_value, text_value, real_value, real_value,
    text_value, real_value, real_value, real_value
FROM declared_type WHERE 0)"),
    QStringLiteral(R"(CREATE VIEW reported AS
SELECT reported_value.id AS reported_value_id, reported_value.vendor_id, vendor.name AS vendor,
    reported_value.year, reported_value.metric, reported_value.value, reported_value.scope,
    (SELECT group_concat(name, '; ') FROM (
        SELECT program.name FROM reported_value_program
        JOIN program ON program.id = reported_value_program.program_id
        WHERE reported_value_program.reported_value_id = reported_value.id
        ORDER BY program.id)) AS programs,
    reported_value.vintage, reported_value.source_id, source.title AS source_title,
    source.title_kind AS source_title_kind, source.publisher AS source_publisher,
    source.url AS source_url, source.published_on AS source_published_on,
    source.date_precision AS source_date_precision, reported_value.note
FROM reported_value
JOIN source ON source.id = reported_value.source_id
LEFT JOIN vendor ON vendor.id = reported_value.vendor_id)"),
    // Derived data: names are copied beside the ids so that a row reads on its own, and no
    // foreign key ties a result to the rows it came from, so that removing a scenario or a
    // program never has to wait for its results. result_status tells stale results.
    QStringLiteral(R"(CREATE TABLE result_run (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        computed_at TEXT NOT NULL,
        data_version INTEGER NOT NULL,
        program_version TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE result_share (
        scenario_id INTEGER NOT NULL,
        scenario TEXT NOT NULL,
        year INTEGER NOT NULL,
        metric TEXT NOT NULL,
        vendor_id INTEGER NOT NULL,
        vendor TEXT NOT NULL,
        wafers REAL NOT NULL,
        share REAL NOT NULL,
        PRIMARY KEY (scenario_id, year, metric, vendor_id)))"),
    QStringLiteral(R"(CREATE TABLE result_program (
        scenario_id INTEGER NOT NULL,
        scenario TEXT NOT NULL,
        year INTEGER NOT NULL,
        program_id INTEGER NOT NULL,
        program TEXT NOT NULL,
        vendor_id INTEGER,
        vendor TEXT,
        package TEXT,
        die_role TEXT NOT NULL,
        gross_dies INTEGER NOT NULL,
        yield REAL NOT NULL,
        good_dies REAL NOT NULL,
        logic_wafers REAL NOT NULL,
        compute_wafers REAL NOT NULL,
        cowos_wafers REAL NOT NULL,
        cowos_basis TEXT,
        PRIMARY KEY (scenario_id, program_id, year)))"),
    QStringLiteral(R"(CREATE VIEW result_status AS
SELECT result_run.computed_at, result_run.program_version, result_run.data_version,
    workbook.data_version AS workbook_data_version,
    CASE WHEN result_run.id IS NULL THEN 'never computed'
         WHEN result_run.data_version = workbook.data_version THEN 'current'
         ELSE 'stale' END AS status
FROM (SELECT coalesce(max(id), 0) AS data_version FROM edit_log) AS workbook
LEFT JOIN result_run)"),
};

// Version 7: who made each change in the audit trail: the server role on a team workbook, the
// login name of the user on a file. Rows logged before it stay without a name.
const QStringList schemaVersion7 = {
    QStringLiteral("ALTER TABLE edit_log ADD COLUMN changed_by TEXT"),
};

} // namespace

QString Migrations::datePrecisionOfDate()
{
    // The SQL twin of SourceDate::precisionOf. date() with a modifier recomputes the date, so
    // that a day not in the calendar ("2025-02-30") comes back as another and reads as no day.
    return QStringLiteral(
        "CASE WHEN published_on IS NULL OR published_on = '' THEN 'unknown' "
        "WHEN length(published_on) = 10 "
        "AND date(published_on, '+0 days') IS published_on THEN 'day' "
        "WHEN length(published_on) = 7 "
        "AND date(published_on || '-01', '+0 days') IS published_on || '-01' THEN 'month' "
        "WHEN published_on GLOB '[0-9][0-9][0-9][0-9]' THEN 'year' ELSE 'unknown' END");
}

const QStringList &Migrations::tables()
{
    static const QStringList names = {
        QStringLiteral("source"),
        QStringLiteral("vendor"),
        QStringLiteral("program"),
        QStringLiteral("scenario"),
        QStringLiteral("assumption"),
        QStringLiteral("reported_value"),
        QStringLiteral("reported_value_program"),
        QStringLiteral("capacity"),
        QStringLiteral("company"),
        QStringLiteral("relation"),
        QStringLiteral("node_position"),
        QStringLiteral("setting"),
        QStringLiteral("edit_log"),
    };
    return names;
}

int Migrations::latestVersion()
{
    return Migrations::changedByVersion;
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return schemaVersion1;
    case 2:
        return schemaVersion2;
    case 3:
        return schemaVersion3;
    case 4:
        return schemaVersion4;
    case Migrations::reportedScopeVersion:
        return schemaVersion5;
    case Migrations::sqlViewsVersion:
        return schemaVersion6;
    case Migrations::changedByVersion:
        return schemaVersion7;
    default:
        return {};
    }
}

QString Migrations::migrate(QSqlDatabase &db)
{
    return migrate(db, latestVersion());
}

QString Migrations::migrate(QSqlDatabase &db, int target)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return tr("cannot read the schema version: %1").arg(query.lastError().text());
    const int current = query.value(0).toInt();
    query.finish();

    for (int version = current + 1; version <= target; ++version) {
        if (!db.transaction())
            return tr("cannot start migration %1: %2").arg(version).arg(db.lastError().text());
        const QStringList statements =
            step(version) + QStringList { QStringLiteral("PRAGMA user_version = %1").arg(version) };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return tr("migration %1 failed: %2").arg(version).arg(reason);
            }
        }
        if (!db.commit())
            return tr("cannot commit migration %1: %2").arg(version).arg(db.lastError().text());
    }
    return {};
}

} // namespace ws
