// SPDX-License-Identifier: MIT
#include "models/workbook.h"
#include "store/database.h"
#include "support/fileconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;

namespace {

// Rubin's 2026 units as the Base scenario stores them.
QString storedUnits(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT a.value FROM assumption a JOIN program p ON p.id = a.program_id WHERE "
            "a.scenario_id = 1 AND p.name = 'Rubin' AND a.year = 2026 AND a.field = 'units'")) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

/** An edit in the desktop on a full disk: refused with a message, and neither the window nor
    the file holds the new value. Needs permission to mount a small tmpfs (root); skipped
    elsewhere. */
class TestDiskFullEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editOnAFullDiskIsRefusedAndKeepsTheOldValue();
    void saveAsOnAFullDiskKeepsTheEarlierCopy();

private:
    // Fills the disk with a file until a write fails.
    void fillDisk();

    QTemporaryDir mDir;
    QString mDisk;
    bool mMounted = false;
};

void TestDiskFullEdit::init()
{
    QVERIFY(mDir.isValid());
    mDisk = mDir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(mDisk));
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mDisk });
    mMounted = mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit &&
        mount.exitCode() == 0;
}

void TestDiskFullEdit::cleanup()
{
    if (mMounted)
        QProcess::execute(QStringLiteral("umount"), { mDisk });
    mMounted = false;
}

void TestDiskFullEdit::fillDisk()
{
    QFile filler(mDisk + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
}

void TestDiskFullEdit::editOnAFullDiskIsRefusedAndKeepsTheOldValue()
{
    if (!mMounted)
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString path = mDisk + QStringLiteral("/wb.sqlite");
    QString stored;
    {
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        Workbook workbook(std::move(opened.database));
        for (const Scenario &scenario : workbook.scenarios()) {
            if (scenario.name == QLatin1String("Base"))
                workbook.setScenario(scenario.id);
        }
        int programIndex = -1;
        for (int p = 0; p < workbook.input().programs.size(); ++p) {
            if (workbook.input().programs[p].name == QLatin1String("Rubin"))
                programIndex = p;
        }
        QVERIFY(programIndex >= 0);
        const int programId = workbook.input().programs[programIndex].id;
        const int yearIndex = workbook.input().yearIndex(2026);
        const QString before = workbook.cellText(programIndex, yearIndex, AssumptionField::Units);
        QVERIFY(!before.isEmpty());
        QVERIFY(before != QLatin1String("123457"));
        const int undoSteps = workbook.undoStack()->count();
        stored = storedUnits(test::FileConnection(workbook.path()).connection());
        QVERIFY(!stored.isEmpty());

        fillDisk();
        const QString error =
            workbook.editCell(programId, 2026, AssumptionField::Units, QStringLiteral("123457"));
        QVERIFY2(error.contains(QStringLiteral("the disk holding %1 is full").arg(path)),
                 qPrintable(error));
        QCOMPARE(workbook.cellText(programIndex, yearIndex, AssumptionField::Units), before);
        QCOMPARE(workbook.undoStack()->count(), undoSteps);
        QVERIFY(QFile::remove(mDisk + QStringLiteral("/filler")));
    }
    // The file, read afresh once there is room again, holds the old value.
    Database::OpenResult reopened = Database::open(path);
    QVERIFY2(reopened.database, qPrintable(reopened.error));
    QCOMPARE(reopened.database->integrityProblems(), QStringList());
    QCOMPARE(storedUnits(reopened.database->connection()), stored);
}

void TestDiskFullEdit::saveAsOnAFullDiskKeepsTheEarlierCopy()
{
    if (!mMounted)
        QSKIP("cannot mount a tmpfs here (needs root)");
    // The open workbook lives outside the small disk; the copy goes onto it.
    Database::OpenResult opened = Database::open(mDir.filePath(QStringLiteral("wb.sqlite")));
    QVERIFY2(opened.database, qPrintable(opened.error));
    const QString copy = mDisk + QStringLiteral("/copy.sqlite");
    QFile earlier(copy);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    QVERIFY(earlier.write("an earlier copy") == 15);
    earlier.close();

    fillDisk();
    const QString error = opened.database->saveCopy(copy);
    QVERIFY2(error.startsWith(QStringLiteral("the disk holding %1 is full").arg(copy)),
             qPrintable(error));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("an earlier copy"));
    QCOMPARE(QDir(mDisk).entryList(QDir::Files | QDir::Hidden),
             QStringList({ QStringLiteral("copy.sqlite"), QStringLiteral("filler") }));
}

QTEST_MAIN(TestDiskFullEdit)
#include "tst_diskfulledit.moc"
