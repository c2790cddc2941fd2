// SPDX-License-Identifier: MIT
#include "core/forecastbuilder.h"
#include "store/database.h"
#include "store/forecastrepository.h"
#include "support/commandrun.h"
#include "support/foreignsql.h"
#include "support/toolrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

const QString sqliteShell = QStringLiteral("/usr/bin/sqlite3");

/** What the sqlite3 shell prints for @p sql on @p file: one line per row, values separated by
    '|', NULL as an empty field. */
QStringList shell(const QString &file, const QString &sql)
{
    const test::ToolRun run = test::runTool(
        sqliteShell, { QStringLiteral("-batch"), QStringLiteral("-list"), file, sql });
    if (run.exitCode != 0)
        qWarning("sqlite3 failed: %s", qPrintable(run.err));
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString shellValue(const QString &file, const QString &sql)
{
    return shell(file, sql).value(0);
}

// The default data's programs (data/program.csv): Hopper 1, Trainium1/Inferentia2 7,
// Trainium3 9.
constexpr int hopper = 1;
constexpr int trainium1 = 7;
constexpr int trainium3 = 9;

/** Adds to the default workbook at @p file a chain of three levels, Base → Child → Grandchild,
    with overrides at each level: Child overrides Trainium3's 2026 units, its 2027 defect density
    and Hopper's 2026 packages per CoWoS wafer (with "none"); Grandchild overrides the 2026 units
    again, gives Trainium3 a yield model written with spaces around it, Hopper a packages-per-
    wafer figure again, and Trainium1 a year (2028) no other scenario has. */
void addThreeLevelChain(const QString &file)
{
    test::runForeign(
        file,
        { QStringLiteral("INSERT INTO scenario (id, name, parent_id, note, created_at) VALUES "
                         "(10, 'Child', 1, '', '2026-01-01T00:00:00Z'), "
                         "(11, 'Grandchild', 10, '', '2026-01-01T00:00:00Z')"),
          QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, field, value) "
                         "VALUES (10, 9, 2026, 'units', '2000000'), "
                         "(10, 9, 2027, 'defect_density', '0.2'), "
                         "(10, 1, 2026, 'packages_per_cowos_wafer', 'none'), "
                         "(11, 9, 2026, 'units', '1500000'), "
                         "(11, 9, 2026, 'yield_model', ' poisson '), "
                         "(11, 1, 2026, 'packages_per_cowos_wafer', '31'), "
                         "(11, 7, 2028, 'units', '0')") });
}

QString fieldNameOf(int index)
{
    return assumptionFieldName(allAssumptionFields().at(index));
}

} // namespace

/** The views and result tables of schema version 6, read as a SQL client reads them: the sqlite3
    shell (an independent reader) and Qt's driver (LabPlot's). */
class TestSqlViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void assumptionValueIsTheEnginesResolution_data();
    void assumptionValueIsTheEnginesResolution();
    void shellReadsEveryNumberAsRealAndEveryNameAsText();
    void shellReadsCellsWorkedOutFromTheDataFiles();
    void shellResolvesAThreeLevelChain();
    void qtDriverDeclaresTheColumnsTypes();
    void reportedCarriesSourceAndVintage();
    void resultsEqualTheSharesCommandForEveryScenario();
    void resultStatusTellsStaleResults();
    void aScenarioThatCannotBeComputedRefreshesNothing();
    void jsonExportLeavesTheResultsOut();
    void olderWorkbookGainsTheViews();

private:
    QString makeWorkbook(const QString &name, bool chain);

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestSqlViews::init()
{
    QVERIFY(QFile::exists(sqliteShell));
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

QString TestSqlViews::makeWorkbook(const QString &name, bool chain)
{
    const QString file = mDir->filePath(name);
    {
        const auto opened = Database::open(file);
        if (!opened.database)
            return {};
    }
    if (chain)
        addThreeLevelChain(file);
    return file;
}

void TestSqlViews::assumptionValueIsTheEnginesResolution_data()
{
    QTest::addColumn<bool>("chain");
    QTest::newRow("default workbook") << false;
    QTest::newRow("three-level chain") << true;
}

void TestSqlViews::assumptionValueIsTheEnginesResolution()
{
    QFETCH(bool, chain);
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), chain);
    QVERIFY(!file.isEmpty());
    auto opened = Database::open(file);
    QVERIFY2(opened.database, qPrintable(opened.error));
    const QSqlDatabase db = opened.database->connection();
    ForecastRepository repository(db);
    const auto forecasts = repository.loadEveryForecast();
    QCOMPARE(forecasts.size(), chain ? 5 : 3);

    const QList<AssumptionField> fields = allAssumptionFields();
    int rowsCompared = 0;
    for (const auto &[scenario, built] : forecasts) {
        const ForecastInput &input = built.input;
        // The view's rows of the scenario, keyed by program and year.
        QHash<QPair<int, int>, QSqlRecord> viewRows;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT * FROM assumption_value WHERE scenario_id = ?"));
        query.addBindValue(scenario.id);
        QVERIFY(query.exec());
        while (query.next()) {
            const QSqlRecord row = query.record();
            QCOMPARE(row.value(QStringLiteral("scenario")).toString(), scenario.name);
            viewRows.insert({ row.value(QStringLiteral("program_id")).toInt(),
                              row.value(QStringLiteral("year")).toInt() },
                            row);
        }
        for (int p = 0; p < input.programs.size(); ++p) {
            for (int y = 0; y < input.years.size(); ++y) {
                bool anyStored = false;
                for (const AssumptionField field : fields)
                    anyStored = anyStored || input.layerOf(p, y, field) >= 0;
                const auto key = qMakePair(input.programs[p].id, input.years[y]);
                // A row exactly for the program-years the scenario's lineage stores a cell of.
                QCOMPARE(viewRows.contains(key), anyStored);
                if (!anyStored)
                    continue;
                const QSqlRecord row = viewRows.take(key);
                QCOMPARE(row.value(QStringLiteral("program")).toString(), input.programs[p].name);
                QCOMPARE(row.value(QStringLiteral("vendor")).toString(),
                         input.vendors[input.programVendorIndex[p]].name);
                for (const AssumptionField field : fields) {
                    const QString name = assumptionFieldName(field);
                    const QVariant viewed = row.value(name);
                    const QVariant engine = input.layerOf(p, y, field) >= 0
                        ? assumptionValue(input.at(p, y), field)
                        : QVariant();
                    const QByteArray where = QStringLiteral("%1, %2 %3, %4: view %5, engine %6")
                                                 .arg(scenario.name, input.programs[p].name)
                                                 .arg(input.years[y])
                                                 .arg(name, viewed.toString(), engine.toString())
                                                 .toUtf8();
                    QVERIFY2(viewed.isNull() == engine.isNull(), where.constData());
                    if (engine.isNull())
                        continue;
                    if (isNumericField(field))
                        QVERIFY2(viewed.toDouble() == engine.toDouble(), where.constData());
                    else
                        QVERIFY2(viewed.toString() == engine.toString(), where.constData());
                }
                ++rowsCompared;
            }
        }
        QVERIFY2(viewRows.isEmpty(), qPrintable(scenario.name));
    }
    // The default data: 3 scenarios of 20 programs' rows in 2024-2027 (some programs start
    // later); the chain adds two scenarios and Trainium1's 2028.
    QVERIFY(rowsCompared > 150);
}

void TestSqlViews::shellReadsEveryNumberAsRealAndEveryNameAsText()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), true);
    QVERIFY(!file.isEmpty());
    // The declared types, as PRAGMA table_info gives them (DB Browser, DBeaver).
    QStringList declared;
    for (int i = 0; i < allAssumptionFields().size(); ++i)
        declared << fieldNameOf(i) + QLatin1Char('|') +
                (isNumericField(allAssumptionFields().at(i)) ? QStringLiteral("REAL")
                                                             : QStringLiteral("TEXT"));
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT name, type FROM pragma_table_info('assumption_value') "
                                  "WHERE cid >= 6")),
             declared);
    // Every value: REAL or NULL for numbers, TEXT or NULL for names, and each kind present.
    for (int i = 0; i < allAssumptionFields().size(); ++i) {
        const QString column = fieldNameOf(i);
        const QStringList types =
            shell(file,
                  QStringLiteral("SELECT DISTINCT typeof(%1) FROM assumption_value ORDER BY 1")
                      .arg(column));
        const QString kind = isNumericField(allAssumptionFields().at(i)) ? QStringLiteral("real")
                                                                         : QStringLiteral("text");
        QVERIFY2(types.contains(kind), qPrintable(column + QLatin1Char(' ') + types.join(u',')));
        for (const QString &type : types)
            QVERIFY2(type == kind || type == QLatin1String("null"),
                     qPrintable(column + QLatin1Char(' ') + type));
    }
    // The view keeps to the engine's rule for "none": no packages-per-wafer figure.
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT count(*) FROM assumption_value WHERE "
                                       "typeof(packages_per_cowos_wafer) = 'null'"))
                     .toInt() > 0,
             true);
}

void TestSqlViews::shellReadsCellsWorkedOutFromTheDataFiles()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    // data/assumption.csv, Base: Trainium1/Inferentia2 2026 ships no units, its N7 dies have a
    // defect density of 0.09 per cm² and the Murphy model, and no packages-per-wafer figure.
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT scenario, program, vendor, units, typeof(units), "
                                  "defect_density, typeof(defect_density), die_area_mm2, "
                                  "yield_model, packaging, packages_per_cowos_wafer IS NULL "
                                  "FROM assumption_value WHERE scenario_id = 1 AND "
                                  "program_id = %1 AND year = 2026")
                       .arg(trainium1)),
             QStringList { QStringLiteral(
                 "Base|Trainium1/Inferentia2|AWS|0.0|real|0.09|real|650.0|murphy|cowos|1") });
    // AWS upside overrides Trainium3's 2026 units (2,250,000) and inherits the rest from Base.
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT scenario, units, dies_per_package, die_area_mm2, "
                                  "defect_density, packaging_yield FROM assumption_value WHERE "
                                  "scenario_id = 2 AND program_id = %1 AND year = 2026")
                       .arg(trainium3)),
             QStringList { QStringLiteral("AWS upside|2250000.0|2.0|620.0|0.11|0.95") });
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT units FROM assumption_value WHERE scenario_id = 1 "
                                       "AND program_id = %1 AND year = 2026")
                            .arg(trainium3)),
             QStringLiteral("1250000.0"));
    // Hopper's published 29 packages per CoWoS wafer.
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT packages_per_cowos_wafer FROM assumption_value "
                                       "WHERE scenario_id = 1 AND program_id = %1 AND "
                                       "year = 2026")
                            .arg(hopper)),
             QStringLiteral("29.0"));
}

void TestSqlViews::shellResolvesAThreeLevelChain()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), true);
    QVERIFY(!file.isEmpty());
    const auto cell = [&](const QString &scenario, int program, int year, const QString &column) {
        return shellValue(file,
                          QStringLiteral("SELECT coalesce(%1, 'NULL') FROM assumption_value "
                                         "WHERE scenario = '%2' AND program_id = %3 AND "
                                         "year = %4")
                              .arg(column, scenario)
                              .arg(program)
                              .arg(year));
    };
    const QString units = QStringLiteral("units");
    // Each level's own override, the nearest one winning.
    QCOMPARE(cell(QStringLiteral("Base"), trainium3, 2026, units), QStringLiteral("1250000.0"));
    QCOMPARE(cell(QStringLiteral("Child"), trainium3, 2026, units), QStringLiteral("2000000.0"));
    QCOMPARE(cell(QStringLiteral("Grandchild"), trainium3, 2026, units),
             QStringLiteral("1500000.0"));
    // Inherited from the parent, and from the grandparent.
    const QString density = QStringLiteral("defect_density");
    QCOMPARE(cell(QStringLiteral("Grandchild"), trainium3, 2027, density), QStringLiteral("0.2"));
    QCOMPARE(cell(QStringLiteral("Child"), trainium3, 2027, density), QStringLiteral("0.2"));
    QCOMPARE(cell(QStringLiteral("Base"), trainium3, 2027, density), QStringLiteral("0.11"));
    QCOMPARE(cell(QStringLiteral("Grandchild"), trainium3, 2026, QStringLiteral("die_area_mm2")),
             QStringLiteral("620.0"));
    // A name as the engine reads it (without the spaces), and Base's model one level up.
    const QString model = QStringLiteral("yield_model");
    QCOMPARE(cell(QStringLiteral("Grandchild"), trainium3, 2026, model), QStringLiteral("poisson"));
    QCOMPARE(cell(QStringLiteral("Child"), trainium3, 2026, model), QStringLiteral("murphy"));
    // "none" overrides Base's 29 in Child; Grandchild gives a figure again.
    const QString perWafer = QStringLiteral("packages_per_cowos_wafer");
    QCOMPARE(cell(QStringLiteral("Child"), hopper, 2026, perWafer), QStringLiteral("NULL"));
    QCOMPARE(cell(QStringLiteral("Grandchild"), hopper, 2026, perWafer), QStringLiteral("31.0"));
    QCOMPARE(cell(QStringLiteral("AWS upside"), hopper, 2026, perWafer), QStringLiteral("29.0"));
    // A year only Grandchild stores: a row there alone, its other inputs NULL.
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT scenario, units, die_area_mm2 IS NULL FROM "
                                  "assumption_value WHERE year = 2028")),
             QStringList { QStringLiteral("Grandchild|0.0|1") });
}

void TestSqlViews::qtDriverDeclaresTheColumnsTypes()
{
    // Qt's driver, which LabPlot uses, takes a column's type from its declared type; a first
    // value that is NULL would otherwise leave it unknown.
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    auto opened = Database::open(file);
    QVERIFY(opened.database);
    QSqlQuery query(opened.database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM assumption_value WHERE "
                                      "packages_per_cowos_wafer IS NULL")));
    QVERIFY(query.next());
    const QSqlRecord record = query.record();
    for (const AssumptionField field : allAssumptionFields()) {
        const QString name = assumptionFieldName(field);
        QCOMPARE(record.field(name).metaType().id(),
                 isNumericField(field) ? int(QMetaType::Double) : int(QMetaType::QString));
    }
    QVERIFY(query.value(QStringLiteral("packages_per_cowos_wafer")).isNull());
}

void TestSqlViews::reportedCarriesSourceAndVintage()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    // data/reported_value.csv row 19 and data/source.csv row 1.
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT vendor, year, metric, value, typeof(value), scope, "
                                  "programs, vintage, source_id, source_title, "
                                  "source_publisher, source_published_on FROM reported WHERE "
                                  "reported_value_id = 19")),
             QStringList { QStringLiteral(
                 "AWS|2026|cowos_wafers|70000.0|real|AWS via Alchip: Trainium3|Trainium3|"
                 "Morgan Stanley, October 2025|1|"
                 "亞馬遜AI晶片逆襲輝達!世芯股價飆、緯穎吃大單,台廠還有誰受惠?|"
                 "CommonWealth Magazine (天下雜誌)|2025-11") });
    // Every published figure, each with its source's title and a REAL value.
    QCOMPARE(shellValue(file, QStringLiteral("SELECT count(*) FROM reported")),
             shellValue(file, QStringLiteral("SELECT count(*) FROM reported_value")));
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT count(*) FROM reported WHERE "
                                       "source_title IS NULL OR typeof(value) <> 'real'")),
             QStringLiteral("0"));
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT type FROM pragma_table_info('reported') "
                                       "WHERE name = 'value'")),
             QStringLiteral("REAL"));
}

void TestSqlViews::resultsEqualTheSharesCommandForEveryScenario()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), true);
    QVERIFY(!file.isEmpty());
    const auto refresh = test::runCommand(
        { QStringLiteral("results"), QStringLiteral("--refresh"), QStringLiteral("--db"), file });
    QVERIFY2(refresh.code == 0, qPrintable(refresh.err));
    QVERIFY2(refresh.out.contains(QStringLiteral("5 scenarios")), qPrintable(refresh.out));

    const QStringList scenarios = shell(file, QStringLiteral("SELECT name FROM scenario"));
    QCOMPARE(scenarios.size(), 5);
    int compared = 0;
    for (const QString &scenario : scenarios) {
        for (const QString &metric :
             { QStringLiteral("compute_wafers"), QStringLiteral("all_logic_wafers"),
               QStringLiteral("cowos_wafers") }) {
            const auto shares = test::runCommand(
                { QStringLiteral("shares"), QStringLiteral("--db"), file,
                  QStringLiteral("--scenario"), scenario, QStringLiteral("--metric"), metric,
                  QStringLiteral("--format"), QStringLiteral("csv") });
            QVERIFY2(shares.code == 0, qPrintable(shares.err));
            QStringList expected = shares.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            expected.removeFirst(); // the header
            // The stored numbers as the shell reads them, printed as `shares` prints them.
            QStringList stored;
            for (const QString &line :
                 shell(file,
                       QStringLiteral("SELECT year, vendor, metric, printf('%.17g', wafers), "
                                      "printf('%.17g', share) FROM result_share WHERE "
                                      "scenario = '%1' AND metric = '%2' "
                                      "ORDER BY year, vendor_id")
                           .arg(scenario, metric))) {
                const QStringList f = line.split(QLatin1Char('|'));
                stored << QStringList { f[0], f[1], f[2], QString::number(f[3].toDouble(), 'f', 1),
                                        QString::number(f[4].toDouble(), 'f', 3) }
                              .join(QLatin1Char(','));
            }
            QVERIFY(!stored.isEmpty());
            QCOMPARE(stored.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                // year,vendor,metric,wafers,share[,reported_share]
                const QString withoutReported = expected[i].section(QLatin1Char(','), 0, 4);
                QCOMPARE(stored[i], withoutReported);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 5 * 3 * 7 * 4 - 1);

    // Per program, Base: the wafers `shares --by program` prints.
    const auto programs = test::runCommand({ QStringLiteral("shares"), QStringLiteral("--db"), file,
                                             QStringLiteral("--by"), QStringLiteral("program"),
                                             QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(programs.code == 0, qPrintable(programs.err));
    const QJsonArray rows = QJsonDocument::fromJson(programs.out.toUtf8()).array();
    QVERIFY(rows.size() > 60);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QStringList stored =
            shell(file,
                  QStringLiteral("SELECT printf('%.17g', logic_wafers), "
                                 "printf('%.17g', cowos_wafers), "
                                 "printf('%.17g', compute_wafers), gross_dies FROM "
                                 "result_program WHERE scenario_id = 1 AND year = %1 AND "
                                 "program = '%2'")
                      .arg(row.value(QStringLiteral("year")).toInt())
                      .arg(row.value(QStringLiteral("program")).toString()));
        QCOMPARE(stored.size(), 1);
        const QStringList f = stored.first().split(QLatin1Char('|'));
        QCOMPARE(f[0].toDouble(), row.value(QStringLiteral("logic_wafers")).toDouble());
        QCOMPARE(f[1].toDouble(), row.value(QStringLiteral("cowos_wafers")).toDouble());
        QCOMPARE(f[2].toDouble(), row.value(QStringLiteral("compute_wafers")).toDouble());
        QCOMPARE(f[3].toLongLong(), row.value(QStringLiteral("gross_dies")).toInteger());
    }
}

void TestSqlViews::resultStatusTellsStaleResults()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    const QString status = QStringLiteral("SELECT status FROM result_status");
    QCOMPARE(shellValue(file, status), QStringLiteral("never computed"));
    QCOMPARE(test::runCommand({ QStringLiteral("results"), QStringLiteral("--refresh"),
                                QStringLiteral("--db"), file })
                 .code,
             0);
    QCOMPARE(shellValue(file, status), QStringLiteral("current"));
    const auto said = test::runCommand({ QStringLiteral("results"), QStringLiteral("--db"), file });
    QCOMPARE(said.code, 0);
    QVERIFY2(said.out.contains(QStringLiteral("results: current")), qPrintable(said.out));

    // An edit moves the workbook's data version past the results'.
    const auto set = test::runCommand({ QStringLiteral("set"), QStringLiteral("--db"), file,
                                        QStringLiteral("--program"), QStringLiteral("Trainium3"),
                                        QStringLiteral("--year"), QStringLiteral("2026"),
                                        QStringLiteral("--field"), QStringLiteral("units"),
                                        QStringLiteral("--value"), QStringLiteral("1300000") });
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QCOMPARE(shellValue(file, status), QStringLiteral("stale"));
    QVERIFY(test::runCommand({ QStringLiteral("results"), QStringLiteral("--db"), file })
                .out.contains(QStringLiteral("results: stale")));
    QCOMPARE(test::runCommand({ QStringLiteral("results"), QStringLiteral("--refresh"),
                                QStringLiteral("--db"), file })
                 .code,
             0);
    QCOMPARE(shellValue(file, status), QStringLiteral("current"));
    QCOMPARE(shellValue(file,
                        QStringLiteral("SELECT data_version = (SELECT max(id) FROM edit_log) "
                                       "FROM result_run")),
             QStringLiteral("1"));
}

void TestSqlViews::aScenarioThatCannotBeComputedRefreshesNothing()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    QCOMPARE(test::runCommand({ QStringLiteral("results"), QStringLiteral("--refresh"),
                                QStringLiteral("--db"), file })
                 .code,
             0);
    const QStringList before =
        shell(file,
              QStringLiteral("SELECT computed_at, (SELECT count(*) FROM result_program), "
                             "(SELECT total(wafers) FROM result_share) FROM result_run"));
    QCOMPARE(before.size(), 1);
    // Units in a year where the program has no die area: AWS upside cannot be computed.
    test::runForeign(file,
                     { QStringLiteral("INSERT INTO assumption (scenario_id, program_id, year, "
                                      "field, value) VALUES (2, 7, 2030, 'units', '5')") });
    const auto refresh = test::runCommand(
        { QStringLiteral("results"), QStringLiteral("--refresh"), QStringLiteral("--db"), file });
    QCOMPARE(refresh.code, 2);
    QVERIFY2(refresh.err.contains(QStringLiteral("AWS upside")), qPrintable(refresh.err));
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT computed_at, (SELECT count(*) FROM result_program), "
                                  "(SELECT total(wafers) FROM result_share) FROM result_run")),
             before);
}

void TestSqlViews::jsonExportLeavesTheResultsOut()
{
    const QString file = makeWorkbook(QStringLiteral("w.sqlite"), false);
    QVERIFY(!file.isEmpty());
    QCOMPARE(test::runCommand({ QStringLiteral("results"), QStringLiteral("--refresh"),
                                QStringLiteral("--db"), file })
                 .code,
             0);
    const QString json = mDir->filePath(QStringLiteral("w.json"));
    const auto exported =
        test::runCommand({ QStringLiteral("export"), QStringLiteral("--all"),
                           QStringLiteral("--out"), json, QStringLiteral("--db"), file });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile in(json);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QJsonObject tables =
        QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("tables")).toObject();
    QVERIFY(tables.contains(QStringLiteral("assumption")));
    for (const char *derived : { "result_share", "result_program", "result_run", "declared_type" })
        QVERIFY2(!tables.contains(QLatin1String(derived)), derived);

    const QString copy = mDir->filePath(QStringLiteral("copy.sqlite"));
    const auto imported = test::runCommand(
        { QStringLiteral("import"), QStringLiteral("--all"), json, QStringLiteral("--db"), copy });
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const QString count = QStringLiteral("SELECT count(*), total(units) FROM assumption_value");
    QCOMPARE(shellValue(copy, count), shellValue(file, count));
    QCOMPARE(shellValue(copy, QStringLiteral("SELECT status FROM result_status")),
             QStringLiteral("never computed"));
}

void TestSqlViews::olderWorkbookGainsTheViews()
{
    const QString file = mDir->filePath(QStringLiteral("release.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(WS_TEST_DATA_DIR "/workbook-v2-release.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    {
        const auto opened = Database::open(file);
        QVERIFY2(opened.database, qPrintable(opened.error));
    }
    // That release's one edit: AWS upside, Trainium3 2027 units 3,100,000; Base keeps its
    // 1,000,000 of 2026.
    QCOMPARE(shell(file,
                   QStringLiteral("SELECT scenario, year, units, typeof(units) FROM "
                                  "assumption_value WHERE program_id = 9 AND "
                                  "((scenario_id = 2 AND year = 2027) OR "
                                  "(scenario_id = 1 AND year = 2026)) ORDER BY scenario_id")),
             (QStringList { QStringLiteral("Base|2026|1000000.0|real"),
                            QStringLiteral("AWS upside|2027|3100000.0|real") }));
    QCOMPARE(shellValue(file, QStringLiteral("SELECT count(*) > 0 FROM reported")),
             QStringLiteral("1"));
    const auto check = test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), file });
    QVERIFY2(check.code == 0, qPrintable(check.err));
}

QTEST_GUILESS_MAIN(TestSqlViews)
#include "tst_sqlviews.moc"
