// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "store/migrations.h"
#include "support/commandrun.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

/** A workbook written by the release before model v2 (tests/data/workbook-v2-release.sqlite:
    schema version 2, made with `wafershare check` on a new file and one `set` in AWS upside,
    Trainium3 2027 units 3,000,000 → 3,100,000) opens in this program: it is migrated to the
    latest schema, keeps every row and value the analyst had, gains the new columns at their
    defaults, and passes `check`. */
class TestReleaseMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesAndKeepsEveryRow();
    void newColumnsTakeTheirDefaults();
    void theMigratedWorkbookPassesCheckAndComputes();

private:
    QTemporaryDir mDir;
    QString mFile;
};

void TestReleaseMigration::init()
{
    QVERIFY(mDir.isValid());
    mFile = mDir.filePath(QStringLiteral("release.sqlite"));
    QFile::remove(mFile);
    QVERIFY(QFile::copy(QStringLiteral(WS_TEST_DATA_DIR "/workbook-v2-release.sqlite"), mFile));
    QFile::setPermissions(mFile, QFile::ReadOwner | QFile::WriteOwner);
}

void TestReleaseMigration::migratesAndKeepsEveryRow()
{
    auto opened = Database::open(mFile);
    QVERIFY2(opened.database, qPrintable(opened.error));
    const QSqlDatabase db = opened.database->connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
             Migrations::latestVersion());
    // The release's default data: 546 assumption cells, 30 published figures, 37 sources,
    // 17 programs, 2 scenarios, and the one logged edit.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assumption")).toInt(), 546);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reported_value")).toInt(), 30);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM source")).toInt(), 37);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM program")).toInt(), 17);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM scenario")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM edit_log")).toInt(), 1);
    // The analyst's numbers stay theirs: Base's Trainium3 2026 units of that release (1,000,000,
    // not this release's default 1,250,000) and the edited AWS upside cell.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT value FROM assumption WHERE scenario_id = 1 AND "
                                   "program_id = 9 AND year = 2026 AND field = 'units'"))
                 .toString(),
             QStringLiteral("1000000"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT value FROM assumption WHERE scenario_id = 2 AND "
                                   "program_id = 9 AND year = 2027 AND field = 'units'"))
                 .toString(),
             QStringLiteral("3100000"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT new_value FROM edit_log")).toString(),
             QStringLiteral("3100000"));
}

void TestReleaseMigration::newColumnsTakeTheirDefaults()
{
    auto opened = Database::open(mFile);
    QVERIFY2(opened.database, qPrintable(opened.error));
    const QSqlDatabase db = opened.database->connection();
    // Every program is a package of compute dies; no figure has a scope or a vintage yet.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM program WHERE package_id IS NULL "
                                   "AND die_role = 'compute'"))
                 .toInt(),
             17);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM reported_value WHERE scope = '' "
                                   "AND vintage = '' AND vendor_id IS NOT NULL"))
                 .toInt(),
             30);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM reported_value_program")).toInt(), 0);
    // Precision read from each date's form: source 1 "2025-11", source 2 "2025-02-21",
    // source 5 no date.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT date_precision FROM source WHERE id = 1")).toString(),
        QStringLiteral("month"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT date_precision FROM source WHERE id = 2")).toString(),
        QStringLiteral("day"));
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT date_precision FROM source WHERE id = 5")).toString(),
        QStringLiteral("unknown"));
}

void TestReleaseMigration::theMigratedWorkbookPassesCheckAndComputes()
{
    const test::CommandRun check =
        test::runCommand({ QStringLiteral("check"), QStringLiteral("--db"), mFile });
    QVERIFY2(check.code == 0, qPrintable(check.err + check.out));
    const test::CommandRun shares = test::runCommand(
        { QStringLiteral("shares"), QStringLiteral("--db"), mFile, QStringLiteral("--year"),
          QStringLiteral("2026"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(shares.code, 0);
    // The release's Base put Nvidia at 55.1 % of 2026 compute wafers (its scenario note); the
    // same inputs give the same share under the new engine, whose defaults for the new fields
    // (no harvest, CoWoS by interposer area) change nothing.
    QVERIFY2(shares.out.contains(QLatin1String("2026,Nvidia,compute_wafers,")),
             qPrintable(shares.out));
    const QString nvidia = shares.out.section(QLatin1String("2026,Nvidia,compute_wafers,"), 1, 1)
                               .section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(QString::number(nvidia.section(QLatin1Char(','), 1, 1).toDouble(), 'f', 1),
             QStringLiteral("55.1"));
}

QTEST_GUILESS_MAIN(TestReleaseMigration)
#include "tst_releasemigration.moc"
