// SPDX-License-Identifier: MIT
#include "store/writeaheadlog.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/** Reading a SQLite write-ahead log the way SQLite's recovery reads it. */
class TestWriteAheadLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void replayMatchesSqlitesOwnCheckpoint();
    void ignoresTransactionWithoutItsCommitFrame();
    void ignoresFramesWhoseChecksumFails();
    void ignoresLogWithBrokenHeader();

private:
    QTemporaryDir mDir;
    // Two transactions written by SQLite and never checkpointed: a table, then a row that
    // grows the file by several pages.
    QByteArray mLog;
    QByteArray mFileBefore; // the database file while the log held both transactions
    QByteArray mFileAfter; // the same after SQLite checkpointed the log into it
    qint64 mFirstLogSize = 0; // the log after the first transaction
    int mPagesAfterFirst = 0;
    int mPagesAfterSecond = 0;
};

void TestWriteAheadLog::initTestCase()
{
    QVERIFY(mDir.isValid());
    const QString path = mDir.filePath(QStringLiteral("log.sqlite"));
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const auto pageCount = [&] {
            return query.exec(QStringLiteral("PRAGMA page_count")) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size = 4096")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        mPagesAfterFirst = pageCount();
        mFirstLogSize = QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (zeroblob(20000))")));
        mPagesAfterSecond = pageCount();
        query.finish();
        mLog = readAll(path + QStringLiteral("-wal"));
        mFileBefore = readAll(path);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query.finish();
        mFileAfter = readAll(path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Page 1 (the schema) and page 2 (the table). The row's record is 20,004 bytes (a 4-byte
    // header); sqlite.org/fileformat.html §1.6 keeps 489 + (20,004 − 489) mod 4,092 = 3,636 of
    // them on page 2 and puts the other 16,368 on exactly four overflow pages of 4,092.
    QCOMPARE(mPagesAfterFirst, 2);
    QCOMPARE(mPagesAfterSecond, 6);
    QVERIFY(mFirstLogSize > 32 && mLog.size() > mFirstLogSize);
    QCOMPARE(mFileAfter.size(), 6 * 4096);
}

void TestWriteAheadLog::replayMatchesSqlitesOwnCheckpoint()
{
    const WriteAheadLog log = WriteAheadLog::parse(mLog);
    QVERIFY(log.hasCommittedFrames());
    QCOMPARE(log.pageSize(), 4096);
    QCOMPARE(log.databasePages(), quint32(6));
    QCOMPARE(log.replayOnto(mFileBefore), mFileAfter);
}

void TestWriteAheadLog::ignoresTransactionWithoutItsCommitFrame()
{
    // Cut in the middle of the second transaction, as a process killed while writing it leaves
    // the log: only the first transaction counts.
    const qint64 cut = mFirstLogSize + (mLog.size() - mFirstLogSize) / 2;
    const WriteAheadLog log = WriteAheadLog::parse(mLog.left(cut));
    QVERIFY(log.hasCommittedFrames());
    QCOMPARE(log.databasePages(), quint32(2));
}

void TestWriteAheadLog::ignoresFramesWhoseChecksumFails()
{
    // One byte of the page in the second transaction's first frame (after its 24-byte header).
    QByteArray damaged = mLog;
    damaged[mFirstLogSize + 24 + 100] = char(damaged.at(mFirstLogSize + 24 + 100) ^ 0x01);
    const WriteAheadLog log = WriteAheadLog::parse(damaged);
    QCOMPARE(log.databasePages(), quint32(2));
    QCOMPARE(log.replayOnto(mFileBefore).size(), 2 * 4096);
}

void TestWriteAheadLog::ignoresLogWithBrokenHeader()
{
    QByteArray damaged = mLog;
    damaged[12] = char(damaged.at(12) ^ 0x01); // the checkpoint sequence, under the checksum
    const WriteAheadLog log = WriteAheadLog::parse(damaged);
    QVERIFY(!log.hasCommittedFrames());
    QCOMPARE(log.replayOnto(mFileBefore), mFileBefore);
}

QTEST_GUILESS_MAIN(TestWriteAheadLog)
#include "tst_writeaheadlog.moc"
