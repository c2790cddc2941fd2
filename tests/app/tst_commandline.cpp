// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "store/migrations.h"
#include "support/commandrun.h"
#include "support/files.h"

#include "store/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace ws;
using test::fileHash;

namespace {

using Run = test::CommandRun;

Run run(const QStringList &arguments)
{
    return test::runCommand(arguments);
}

} // namespace

/** The commands for scripts, with their outputs and exit codes. */
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharesByVendorReproducesArticle2026();
    void sharesByProgramHasEveryInputAndOutput();
    void sharesAsJson();
    void cowosMetricComparesWithPublishedCowos();
    void usageErrorsExitOne_data();
    void usageErrorsExitOne();
    void refusedFilesExitTwoAndStayUnchanged();
    void checkReportsSchemaAndRows();
    void recognisesCommands();
    void setRefusesImpossibleValuesAndChangesNothing_data();
    void setRefusesImpossibleValuesAndChangesNothing();
    void setChangesOneCellWithAuditTrail();
    void scenarioLifecycle();

private:
    QTemporaryDir mDir;
    QString mDb;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(mDir.isValid());
    mDb = mDir.filePath(QStringLiteral("cli.sqlite"));
    const Run created = run({ QStringLiteral("check"), QStringLiteral("--db"), mDb });
    QVERIFY2(created.code == 0, qPrintable(created.err));
}

void TestCommandLine::sharesByVendorReproducesArticle2026()
{
    const Run r =
        run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb, QStringLiteral("--year"),
              QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("year,vendor,metric,wafers,share,reported_share"));
    QCOMPARE(lines.size(), 1 + 7);
    const QHash<QString, double> published = { { QStringLiteral("Nvidia"), 55 },
                                               { QStringLiteral("Google"), 22 },
                                               { QStringLiteral("AWS"), 6 },
                                               { QStringLiteral("AMD"), 6 } };
    int matched = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f[0], QStringLiteral("2026"));
        QCOMPARE(f[2], QStringLiteral("compute_wafers"));
        if (!published.contains(f[1])) {
            QCOMPARE(f[5], QString()); // nothing published for Microsoft, Meta, Others
            continue;
        }
        QVERIFY2(qAbs(f[4].toDouble() - published.value(f[1])) <= 1.0, qPrintable(line));
        QCOMPARE(f[5].toDouble(), published.value(f[1]));
        ++matched;
    }
    QCOMPARE(matched, 4);
}

void TestCommandLine::sharesByProgramHasEveryInputAndOutput()
{
    const Run r =
        run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb, QStringLiteral("--by"),
              QStringLiteral("program"), QStringLiteral("--year"), QStringLiteral("2026") });
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral("year,vendor,program,package,die_role,units,dies_per_package,"
                            "die_area_mm2,defect_density,yield_model,yield_alpha,harvest_fraction,"
                            "packaging,interposer_area_mm2,packages_per_cowos_wafer,"
                            "packaging_yield,gross_dies,yield,good_dies,logic_wafers,cowos_wafers,"
                            "compute_wafers,cowos_basis"));
    const QStringList header = lines.first().split(QLatin1Char(','));
    const auto column = [&](const char *name) {
        return static_cast<int>(header.indexOf(QLatin1String(name)));
    };
    // Recompute one shipping row by hand from its own inputs: the printed outputs must agree.
    bool checked = false;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f.size(), 23);
        // Hopper, Blackwell and Rubin carry a published packages-per-wafer figure; the first
        // Murphy row without one (TPU v5p/v5e in the default data) is counted from its interposer.
        if (f[column("units")].toDouble() <= 0 ||
            f[column("yield_model")] != QLatin1String("murphy") ||
            f[column("packaging")] != QLatin1String("cowos") ||
            !f[column("packages_per_cowos_wafer")].isEmpty())
            continue;
        const double area = f[column("die_area_mm2")].toDouble();
        const double ad = area / 100.0 * f[column("defect_density")].toDouble();
        const double murphy = ad > 0 ? std::pow((1 - std::exp(-ad)) / ad, 2) : 1.0;
        const double pi = 3.14159265358979323846;
        const double radius = 147.0; // 300 mm wafer, 3 mm edge exclusion
        const int gross = static_cast<int>(
            std::floor(pi * radius * radius / area - pi * 2 * radius / std::sqrt(2 * area)));
        QCOMPARE(f[column("gross_dies")].toInt(), gross);
        QVERIFY(qAbs(f[column("yield")].toDouble() - murphy) < 1e-6);
        const double wafers = f[column("units")].toDouble() *
            f[column("dies_per_package")].toDouble() / (gross * murphy);
        QVERIFY2(qAbs(f[column("logic_wafers")].toDouble() - wafers) < 0.1, qPrintable(line));
        // A package without a packages-per-wafer figure is computed from its interposer.
        QCOMPARE(f[column("cowos_basis")], QStringLiteral("interposer_area"));
        const double interposer = f[column("interposer_area_mm2")].toDouble();
        const int sites = static_cast<int>(std::floor(pi * radius * radius / interposer -
                                                      pi * 2 * radius / std::sqrt(2 * interposer)));
        const double cowos =
            f[column("units")].toDouble() / (sites * f[column("packaging_yield")].toDouble());
        QVERIFY2(qAbs(f[column("cowos_wafers")].toDouble() - cowos) < 0.1, qPrintable(line));
        checked = true;
        break;
    }
    QVERIFY(checked);
}

void TestCommandLine::sharesAsJson()
{
    const Run r =
        run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb, QStringLiteral("--year"),
              QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 7);
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("vendor")).toString() == QLatin1String("Google")) {
            QVERIFY(qAbs(row.value(QStringLiteral("share")).toDouble() - 22.0) <= 1.0);
            QCOMPARE(row.value(QStringLiteral("reported_share")).toDouble(), 22.0);
        }
        if (row.value(QStringLiteral("vendor")).toString() == QLatin1String("Meta"))
            QVERIFY(row.value(QStringLiteral("reported_share")).isNull());
    }
}

void TestCommandLine::cowosMetricComparesWithPublishedCowos()
{
    const Run r =
        run({ QStringLiteral("shares"), QStringLiteral("--db"), mDb, QStringLiteral("--year"),
              QStringLiteral("2026"), QStringLiteral("--metric"), QStringLiteral("cowos_wafers") });
    QCOMPARE(r.code, 0);
    bool sawAws = false;
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        QCOMPARE(f[2], QStringLiteral("cowos_wafers"));
        if (f[1] == QLatin1String("AWS")) {
            // The article: about 70,000 CoWoS wafers for Amazon in 2026. Within a third of it.
            QVERIFY2(qAbs(f[3].toDouble() - 70'000) < 70'000 / 3.0, qPrintable(line));
            sawAws = true;
        }
    }
    QVERIFY(sawAws);
}

void TestCommandLine::usageErrorsExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList { QStringLiteral("sharez") } << QStringLiteral("unknown command");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("shares"), QStringLiteral("--colour") }
        << QStringLiteral("Unknown option");
    QTest::newRow("bad metric") << QStringList { QStringLiteral("shares"),
                                                 QStringLiteral("--metric"), QStringLiteral("hbm") }
                                << QStringLiteral("--metric must be");
    QTest::newRow("bad by") << QStringList { QStringLiteral("shares"), QStringLiteral("--by"),
                                             QStringLiteral("node") }
                            << QStringLiteral("--by must be");
    QTest::newRow("bad format") << QStringList { QStringLiteral("shares"),
                                                 QStringLiteral("--format"), QStringLiteral("xml") }
                                << QStringLiteral("--format must be");
    QTest::newRow("year not a number")
        << QStringList { QStringLiteral("shares"), QStringLiteral("--year"),
                         QStringLiteral("next") }
        << QStringLiteral("--year must be");
    QTest::newRow("year not modelled")
        << QStringList { QStringLiteral("shares"), QStringLiteral("--year"),
                         QStringLiteral("2031") }
        << QStringLiteral("has no year 2031 (it has: 2024, 2025, 2026, 2027)");
    QTest::newRow("no such scenario")
        << QStringList { QStringLiteral("shares"), QStringLiteral("--scenario"),
                         QStringLiteral("Bear") }
        << QStringLiteral("no scenario named 'Bear'");
    QTest::newRow("stray argument")
        << QStringList { QStringLiteral("check"), QStringLiteral("extra") }
        << QStringLiteral("unexpected argument 'extra'");
}

void TestCommandLine::usageErrorsExitOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    if (arguments.first() != QLatin1String("sharez"))
        arguments << QStringLiteral("--db") << mDb;
    const Run r = run(arguments);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::refusedFilesExitTwoAndStayUnchanged()
{
    const QString text = mDir.filePath(QStringLiteral("plain.csv"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,value\nx,1\n");
    }
    const QString foreign = mDir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));

    for (const QString &file : { text, foreign }) {
        for (const QString &command : { QStringLiteral("check"), QStringLiteral("shares") }) {
            const QByteArray before = fileHash(file);
            const Run r = run({ command, QStringLiteral("--db"), file });
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(r.err));
            QCOMPARE(fileHash(file), before);
            QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        }
    }
}

void TestCommandLine::checkReportsSchemaAndRows()
{
    const Run r = run({ QStringLiteral("check"), QStringLiteral("--db"), mDb });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("schema version: %1").arg(Migrations::latestVersion())),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("integrity: ok")));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("vendor\\s+7\\n"))));
    QVERIFY(r.out.contains(QStringLiteral("scenarios: ok")));
}

void TestCommandLine::recognisesCommands()
{
    const auto argv = [](const QString &first) {
        return QStringList { QStringLiteral("wafershare"), first };
    };
    QVERIFY(CommandLine::handles(argv(QStringLiteral("shares"))));
    QVERIFY(CommandLine::handles(argv(QStringLiteral("check"))));
    QVERIFY(CommandLine::handles(argv(QStringLiteral("--help"))));
    QVERIFY(!CommandLine::handles(argv(QStringLiteral("--db"))));
    QVERIFY(!CommandLine::handles({ QStringLiteral("wafershare") }));
}

namespace {

// The content of every table, to prove that a refused command changed nothing.
QStringList contentOf(const QString &path)
{
    QStringList rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const QString &table : db.tables()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(table));
                while (query.next()) {
                    QStringList fields { table };
                    for (int i = 0; query.value(i).isValid(); ++i)
                        fields << query.value(i).toString();
                    rows << fields.join(QLatin1Char('|'));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return rows;
}

} // namespace

void TestCommandLine::setRefusesImpossibleValuesAndChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative units") << "units"
                                    << "-5" << 2 << "units must be from 0 to ";
    QTest::newRow("negative units names the value") << "units"
                                                    << "-5" << 2 << "(got -5).";
    QTest::newRow("zero die") << "die_area_mm2"
                              << "0" << 2 << "die area must be from 1 to ";
    QTest::newRow("die of 4000") << "die_area_mm2"
                                 << "4000" << 2 << "mm² (got 4000)";
    QTest::newRow("defects of 9") << "defect_density"
                                  << "9" << 2 << "defect density must be from 0 to 5 /cm²";
    QTest::newRow("pkg yield 1.5") << "packaging_yield"
                                   << "1.5" << 2 << "at most 1 (got 1.5)";
    QTest::newRow("text units") << "units"
                                << "abc" << 2 << "'abc' is not a number.";
    QTest::newRow("1e30 units") << "units"
                                << "1e30" << 2 << "(got 1e+30)";
    QTest::newRow("nan units") << "units"
                               << "nan" << 2 << "'nan' is not a finite number";
    QTest::newRow("2^31 dies") << "dies_per_package"
                               << "2147483648" << 2 << "from 1 to 64 (got 2147483648)";
    QTest::newRow("half a die") << "dies_per_package"
                                << "2.5" << 2 << "dies per package must be a whole number";
    QTest::newRow("speck of a die") << "die_area_mm2"
                                    << "1e-9" << 2 << "die area must be from 1";
    QTest::newRow("stray letter") << "units"
                                  << "2.5x" << 2 << "'2.5x' is not a number.";
    QTest::newRow("banana model") << "yield_model"
                                  << "banana" << 2 << "'banana' is not a yield model";
    QTest::newRow("unknown field") << "hbm_stacks"
                                   << "8" << 1 << "--field must be one of";
}

void TestCommandLine::setRefusesImpossibleValuesAndChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QStringList before = contentOf(mDb);
    QVERIFY(!before.isEmpty());
    const Run r =
        run({ QStringLiteral("set"), QStringLiteral("--db"), mDb, QStringLiteral("--program"),
              QStringLiteral("Trainium3"), QStringLiteral("--year"), QStringLiteral("2026"),
              QStringLiteral("--field"), field, QStringLiteral("--value"), value });
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(contentOf(mDb), before);
}

void TestCommandLine::setChangesOneCellWithAuditTrail()
{
    const QString db = mDir.filePath(QStringLiteral("set.sqlite"));
    const Run r =
        run({ QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--program"),
              QStringLiteral("trainium3"), QStringLiteral("--year"), QStringLiteral("2026"),
              QStringLiteral("--field"), QStringLiteral("units"), QStringLiteral("--value"),
              QStringLiteral("1500000") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("Trainium3 2026 units: 1250000 -> 1500000 (scenario Base)\n"));
    const QStringList rows = contentOf(db);
    // The last column names who made the change: the user's login name on a file.
    QProcess id;
    id.start(QStringLiteral("id"), { QStringLiteral("-un") });
    id.waitForFinished();
    const QString user = qEnvironmentVariableIsEmpty("USER")
        ? QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed()
        : qEnvironmentVariable("USER");
    QCOMPARE(rows.filter(QRegularExpression(
                             QStringLiteral("^edit_log\\|.*\\|units\\|1250000\\|1500000\\|") +
                             QRegularExpression::escape(user) + QStringLiteral("$")))
                 .size(),
             1);
    // A die above the reticle is allowed, with a warning on standard error. Two of 870 mm²
    // (1,740 mm²) still fit the 2,000 mm² interposer of data/assumption.csv.
    const Run big =
        run({ QStringLiteral("set"), QStringLiteral("--db"), db, QStringLiteral("--program"),
              QStringLiteral("Trainium3"), QStringLiteral("--year"), QStringLiteral("2026"),
              QStringLiteral("--field"), QStringLiteral("die_area_mm2"), QStringLiteral("--value"),
              QStringLiteral("870") });
    QCOMPARE(big.code, 0);
    QVERIFY(big.err.contains(QStringLiteral("above the 858 mm² reticle limit")));
}

void TestCommandLine::scenarioLifecycle()
{
    const QString db = mDir.filePath(QStringLiteral("scenarios.sqlite"));
    const auto scenario = [&](const QStringList &words) {
        return run(QStringList { QStringLiteral("scenario") } + words +
                   QStringList { QStringLiteral("--db"), db });
    };
    QCOMPARE(scenario({ QStringLiteral("new"), QStringLiteral("AWS bull") }).code, 0);
    QCOMPARE(scenario({ QStringLiteral("new"), QStringLiteral("Deeper"), QStringLiteral("--from"),
                        QStringLiteral("AWS bull") })
                 .code,
             0);
    QCOMPARE(
        scenario({ QStringLiteral("rename"), QStringLiteral("Deeper"), QStringLiteral("Deep") })
            .code,
        0);
    const Run list = scenario({ QStringLiteral("list") });
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QStringLiteral("\nAWS bull,Base,")), qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("\nDeep,AWS bull,")));
    // A parent of others, the root, a name in use: the workbook refuses, exit 2 (bad data); an
    // unknown name is a usage error, exit 1.
    QCOMPARE(scenario({ QStringLiteral("delete"), QStringLiteral("AWS bull") }).code, 2);
    QCOMPARE(scenario({ QStringLiteral("delete"), QStringLiteral("Base") }).code, 2);
    QCOMPARE(scenario({ QStringLiteral("new"), QStringLiteral("aws bull") }).code, 2);
    QCOMPARE(scenario({ QStringLiteral("delete"), QStringLiteral("Nope") }).code, 1);
    QCOMPARE(scenario({ QStringLiteral("frobnicate") }).code, 1);
    QCOMPARE(scenario({ QStringLiteral("delete"), QStringLiteral("Deep") }).code, 0);
    QCOMPARE(scenario({ QStringLiteral("delete"), QStringLiteral("AWS bull") }).code, 0);
    QVERIFY(!scenario({ QStringLiteral("list") }).out.contains(QStringLiteral("AWS bull")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
