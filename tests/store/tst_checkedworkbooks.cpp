// SPDX-License-Identifier: MIT
#include "store/checkedworkbooks.h"
#include "store/database.h"
#include "support/foreignsql.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>
#include <fcntl.h>
#include <sys/stat.h>

using namespace ws;

/** Opening skips integrity_check only for bytes that passed it before, on this machine. */
class TestCheckedWorkbooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The list goes into the test's own cache folder, emptied for each run.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(CheckedWorkbooks::cachePath());
        QVERIFY(mDir.isValid());
    }

    void unchangedBytesAreNotCheckedAgain()
    {
        const QString workbook = mDir.filePath(QStringLiteral("a.sqlite"));
        {
            auto created = Database::open(workbook); // new: built, then opened and checked
            QVERIFY(created.database);
            QVERIFY(!created.database->integrityCheckRemembered());
        }
        auto again = Database::open(workbook);
        QVERIFY(again.database);
        QVERIFY(again.database->integrityCheckRemembered());
        again.database.reset();

        // The same bytes under another name are the same workbook.
        const QString copy = mDir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(workbook, copy));
        auto copied = Database::open(copy);
        QVERIFY(copied.database);
        QVERIFY(copied.database->integrityCheckRemembered());
    }

    void bytesChangedByAnotherProgramAreChecked()
    {
        const QString workbook = mDir.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Database::open(workbook).database);
        // Another program changes one value behind WaferShare's back.
        test::runForeign(workbook,
                         { QStringLiteral("UPDATE assumption SET value = '7' WHERE rowid = "
                                          "(SELECT min(rowid) FROM assumption WHERE field = "
                                          "'units')") });
        auto opened = Database::open(workbook);
        QVERIFY(opened.database);
        QVERIFY(!opened.database->integrityCheckRemembered());
    }

    void ownEditsAreRememberedOnClose()
    {
        const QString workbook = mDir.filePath(QStringLiteral("c.sqlite"));
        {
            auto opened = Database::open(workbook);
            QVERIFY(opened.database);
            QSqlQuery query(opened.database->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE assumption SET value = '8' WHERE rowid = "
                                              "(SELECT min(rowid) FROM assumption WHERE field "
                                              "= 'units')")));
        }
        const QByteArray closed = CheckedWorkbooks::digest(workbook);
        QVERIFY(CheckedWorkbooks::contains(closed));
        auto opened = Database::open(workbook);
        QVERIFY(opened.database);
        QVERIFY(opened.database->integrityCheckRemembered());
    }

    void aDamagedCopyOfACheckedWorkbookIsRefused()
    {
        const QString workbook = mDir.filePath(QStringLiteral("d.sqlite"));
        QVERIFY(Database::open(workbook).database);
        QVERIFY(CheckedWorkbooks::contains(CheckedWorkbooks::digest(workbook)));
        // 512 bytes of the assumption table's root page overwritten, as in a lost write.
        const qint64 rootPage = assumptionRootPage(workbook);
        QVERIFY(rootPage > 0);
        QFile file(workbook);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(rootPage));
        QCOMPARE(file.write(QByteArray(512, '\xde')), 512);
        file.close();
        const auto opened = Database::open(workbook);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("is damaged")), qPrintable(opened.error));
    }

    void aFileUnchangedOnDiskIsKnownByItsIdentity()
    {
        const QString workbook = mDir.filePath(QStringLiteral("f.sqlite"));
        QVERIFY(Database::open(workbook).database);
        // Just written: the kernel's clock steps could hide a second write, so no identity yet.
        QVERIFY(CheckedWorkbooks::identity(workbook).isEmpty());
        waitUntilSettled();
        {
            auto opened = Database::open(workbook); // known by its bytes, then by its identity
            QVERIFY(opened.database);
            QVERIFY(opened.database->integrityCheckRemembered());
        }
        const QByteArray identity = CheckedWorkbooks::identity(workbook);
        QVERIFY(!identity.isEmpty());
        QVERIFY(CheckedWorkbooks::contains(identity));
        QVERIFY(!CheckedWorkbooks::contains(CheckedWorkbooks::identity(mDir.path())));

        // Another program overwrites 512 bytes of the assumption table's root page, keeping the
        // size, and puts the modification time back: the change time still tells, and the full
        // check refuses the file.
        const qint64 rootPage = assumptionRootPage(workbook);
        QVERIFY(rootPage > 0);
        struct stat before
        {
        };
        QCOMPARE(::stat(QFile::encodeName(workbook).constData(), &before), 0);
        QFile file(workbook);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(file.seek(rootPage));
        QCOMPARE(file.write(QByteArray(512, '\xde')), 512);
        file.close();
        const struct timespec times[2] = { before.st_atim, before.st_mtim };
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(workbook).constData(), times, 0), 0);
        struct stat after
        {
        };
        QCOMPARE(::stat(QFile::encodeName(workbook).constData(), &after), 0);
        QCOMPARE(after.st_size, size);
        QCOMPARE(after.st_mtim.tv_sec, before.st_mtim.tv_sec);
        QCOMPARE(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec);
        waitUntilSettled();
        QVERIFY(CheckedWorkbooks::identity(workbook) != identity);
        const auto opened = Database::open(workbook);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("is damaged")), qPrintable(opened.error));
    }

    void aListThatIsNotOursIsIgnored()
    {
        const QString workbook = mDir.filePath(QStringLiteral("e.sqlite"));
        QVERIFY(Database::open(workbook).database);
        // A hand-edited list: junk, a digest too short, markup, a hundred thousand characters.
        QFile list(CheckedWorkbooks::cachePath());
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write("junk\nabc\n<img src=x>\n" + QByteArray(100'000, 'f') + "\n");
        list.close();
        auto opened = Database::open(workbook);
        QVERIFY(opened.database);
        QVERIFY(!opened.database->integrityCheckRemembered()); // checked in full again
        opened.database.reset();
        QVERIFY(CheckedWorkbooks::contains(CheckedWorkbooks::digest(workbook)));
    }

private:
    // Where the assumption table's root page starts in @p workbook's file; 0 when not found.
    static qint64 assumptionRootPage(const QString &workbook)
    {
        auto opened = Database::open(workbook);
        if (!opened.database)
            return 0;
        QSqlQuery query(opened.database->connection());
        if (!query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = "
                                       "'assumption'")) ||
            !query.next())
            return 0;
        const qint64 rootPage = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next() || rootPage < 2)
            return 0;
        return (rootPage - 1) * query.value(0).toLongLong();
    }

    // An identity is given only to a file whose last change is two seconds old.
    static void waitUntilSettled() { QThread::msleep(2100); }

    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestCheckedWorkbooks)
#include "tst_checkedworkbooks.moc"
