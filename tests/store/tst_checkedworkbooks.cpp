// SPDX-License-Identifier: MIT
#include "store/checkedworkbooks.h"
#include "store/database.h"
#include "support/foreignsql.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
        int rootPage = 0;
        int pageSize = 0;
        {
            auto opened = Database::open(workbook);
            QSqlQuery query(opened.database->connection());
            QVERIFY(query.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'assumption'")));
            QVERIFY(query.next());
            rootPage = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")));
            QVERIFY(query.next());
            pageSize = query.value(0).toInt();
        }
        QVERIFY(rootPage > 1);
        QFile file(workbook);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(rootPage - 1) * pageSize));
        QCOMPARE(file.write(QByteArray(512, '\xde')), 512);
        file.close();
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
    QTemporaryDir mDir;
};

QTEST_GUILESS_MAIN(TestCheckedWorkbooks)
#include "tst_checkedworkbooks.moc"
