// SPDX-License-Identifier: MIT
#include "models/workbook.h"
#include "store/database.h"
#include "store/writetransaction.h"
#include "support/commandrun.h"
#include "support/files.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;
using test::fileHash;

namespace {

using Run = test::CommandRun;

// `set` of one cell of the default data: Trainium3's 2026 units.
Run setUnits(const QString &db, int units)
{
    return test::runCommand({ QStringLiteral("set"), QStringLiteral("--db"), db,
                              QStringLiteral("--program"), QStringLiteral("Trainium3"),
                              QStringLiteral("--year"), QStringLiteral("2026"),
                              QStringLiteral("--field"), QStringLiteral("units"),
                              QStringLiteral("--value"), QString::number(units) });
}

} // namespace

/** A workbook the analyst may not write, and one another process is writing. */
class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readOnlyFileOpensReadOnlyAndRefusesEdits();
    void lockedWorkbookWaitsThenSaysSo();

private:
    QString newWorkbook(const QString &name);
    QTemporaryDir mDir;
};

void TestStoreFaults::initTestCase()
{
    QVERIFY(mDir.isValid());
}

QString TestStoreFaults::newWorkbook(const QString &name)
{
    const QString path = mDir.filePath(name);
    const auto created = Database::open(path);
    return created.database ? path : QString();
}

void TestStoreFaults::readOnlyFileOpensReadOnlyAndRefusesEdits()
{
    const QString path = newWorkbook(QStringLiteral("readonly.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fileHash(path);
    {
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(opened.database->isReadOnly());
        Workbook workbook(std::move(opened.database));
        QVERIFY(workbook.isReadOnly());
        QVERIFY(workbook.result().yearCount() > 0); // it reads as usual
        const int trainium3 = 9; // data/program.csv
        const QString refused =
            workbook.editCell(trainium3, 2026, AssumptionField::Units, QStringLiteral("5"));
        QCOMPARE(refused,
                 QStringLiteral("readonly.sqlite is read-only, so nothing was changed. "
                                "Save a copy with File ▸ Save As to edit it."));
        QCOMPARE(workbook.undoStack()->count(), 0);
        // Every change goes through the one push path, which says why, in the same words.
        int child = 0;
        for (const Scenario &scenario : workbook.scenarios()) {
            if (scenario.parentId != 0)
                child = scenario.id;
        }
        QVERIFY(child > 0);
        const int mi450 = 12; // data/program.csv: a package with a die kind
        QCOMPARE(workbook.createScenario(QStringLiteral("New")), refused);
        QCOMPARE(workbook.duplicateScenario(QStringLiteral("Copy")), refused);
        QCOMPARE(workbook.renameScenario(child, QStringLiteral("Renamed")), refused);
        QCOMPARE(workbook.deleteScenario(child), refused);
        QCOMPARE(workbook.addProgram(1, QStringLiteral("New GPU"), QStringLiteral("N3")), refused);
        QCOMPARE(workbook.addDieKind(mi450, QStringLiteral("New die"), QStringLiteral("N6"),
                                     DieRole::Io),
                 refused);
        QCOMPARE(workbook.removeProgram(trainium3), refused);
        QCOMPARE(workbook.undoStack()->count(), 0);
    }
    const Run set = setUnits(path, 5);
    QCOMPARE(set.code, 2);
    QVERIFY2(set.err.contains(QStringLiteral("is read-only")), qPrintable(set.err));
    QCOMPARE(fileHash(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestStoreFaults::lockedWorkbookWaitsThenSaysSo()
{
    const QString path = newWorkbook(QStringLiteral("locked.sqlite"));
    QVERIFY(!path.isEmpty());
    const QString name = QStringLiteral("other-writer");
    {
        // Another program in the middle of writing: it holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QElapsedTimer waited;
        waited.start();
        const Run blocked = setUnits(path, 1234567);
        const qint64 elapsed = waited.elapsed();
        QCOMPARE(blocked.code, 2);
        QVERIFY2(blocked.err.contains(QStringLiteral("locked by another program")),
                 qPrintable(blocked.err));
        QVERIFY2(elapsed >= writeWaitMs - 200 && elapsed < writeWaitMs + 5000,
                 qPrintable(QString::number(elapsed)));

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    const Run free = setUnits(path, 1234567);
    QVERIFY2(free.code == 0, qPrintable(free.err));
    QVERIFY2(free.out.contains(QStringLiteral("-> 1234567")), qPrintable(free.out));
}

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
