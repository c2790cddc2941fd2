// SPDX-License-Identifier: MIT
#include "desktop/historypage.h"
#include "desktop/mainwindow.h"
#include "models/editlogmodel.h"
#include "models/supplychaindocument.h"
#include "models/workbook.h"
#include "store/database.h"
#include "support/postgresserver.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ws;
using test::PostgresServer;

namespace {

// The cell colleagues edit below: Nvidia's B200/B300 units in 2026 in Base, which the default
// data gives as 4,100,000 (data/assumption.csv).
const QString program = QStringLiteral("B200/B300 (Blackwell)");
const QString cellSql = QStringLiteral(
    "SELECT a.value FROM assumption a JOIN program p ON p.id = a.program_id JOIN scenario s ON "
    "s.id = a.scenario_id WHERE p.name = 'B200/B300 (Blackwell)' AND s.name = 'Base' AND "
    "a.year = 2026 AND a.field = 'units'");

// `wafershare set` in a process of its own, as a colleague at another desk runs it.
QProcess *startSet(const QString &address, const QString &value)
{
    auto *process = new QProcess;
    process->start(QStringLiteral(WS_PROGRAM),
                   { QStringLiteral("set"), QStringLiteral("--db"), address,
                     QStringLiteral("--program"), program, QStringLiteral("--year"),
                     QStringLiteral("2026"), QStringLiteral("--field"), QStringLiteral("units"),
                     QStringLiteral("--value"), value });
    return process;
}

int runSet(const QString &address, const QString &value, QString *err = nullptr)
{
    std::unique_ptr<QProcess> process(startSet(address, value));
    // waitForFinished runs no event loop: the open workbook hears nothing meanwhile.
    if (!process->waitForFinished(60'000))
        return -1;
    if (err)
        *err = QString::fromUtf8(process->readAllStandardError());
    return process->exitCode();
}

} // namespace

/** Two analysts at one team workbook: a colleague's change reaches the open window, a change
    to a cell someone else changed is refused, undo does not take back what others built on,
    concurrent writers lose no update, and a lost server is shown and survived. */
class TestTeamWorkbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aColleaguesChangeReachesTheOpenWindowWithinOneSecond();
    void aCellSomeoneChangedSinceYouReadItIsRefusedAndTheirValueShown();
    void undoingAChangeSomeoneBuiltOnIsRefused();
    void aCompanySomeoneEditedIsNotOverwrittenByAnUndo();
    void aColleaguesImportReachesTheOpenWorkbook();
    void twoWritersInALoopLoseNoUpdateAndTheLoserIsTold();
    void aLostConnectionIsShownAndEditsRefusedUntilItIsBack();
    void theServersStatementTimeoutIsHonoured();
    void theHistoryPageNamesWhoChangedWhatAndFiltersByUser();

private:
    std::unique_ptr<Workbook> openAs(const QString &role);
    int cellProgramId(const Workbook &workbook) const;

    PostgresServer mServer;
};

void TestTeamWorkbook::initTestCase()
{
    const QString error = mServer.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("CREATE ROLE ana LOGIN; CREATE ROLE bob LOGIN") })
                .isEmpty());
}

void TestTeamWorkbook::init()
{
    QCOMPARE(mServer.emptyWorkDatabase(), QString());
    QCOMPARE(Database::initialiseServer(mServer.uri()), QString());
    QVERIFY(
        mServer
            .psql({ QStringLiteral("-c"), QStringLiteral("GRANT wafershare_analyst TO ana, bob") })
            .isEmpty());
    QVERIFY(Database::open(mServer.uri()).database); // filled from the default data
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4100000"));
}

void TestTeamWorkbook::cleanup()
{
    // A test that stopped the server leaves it running for the next one.
    if (!mServer.value(QStringLiteral("SELECT 1")).isEmpty())
        return;
    QCOMPARE(mServer.startAgain(), QString());
}

std::unique_ptr<Workbook> TestTeamWorkbook::openAs(const QString &role)
{
    Database::OpenResult opened = Database::open(mServer.uri(role));
    if (!opened.database) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    return std::make_unique<Workbook>(std::move(opened.database));
}

int TestTeamWorkbook::cellProgramId(const Workbook &workbook) const
{
    for (const Program &candidate : workbook.input().programs) {
        if (candidate.name == program)
            return candidate.id;
    }
    return -1;
}

void TestTeamWorkbook::aColleaguesChangeReachesTheOpenWindowWithinOneSecond()
{
    std::unique_ptr<Workbook> workbook = openAs(QStringLiteral("ana"));
    QVERIFY(workbook);
    Workbook *document = workbook.get();
    MainWindow window(std::move(workbook));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy arrived(document, &Workbook::colleaguesChanged);
    QSignalSpy recomputed(document, &Workbook::forecastChanged);

    QCOMPARE(runSet(mServer.uri(QStringLiteral("bob")), QStringLiteral("3900000")), 0);
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY(arrived.wait(1000));
    QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
    QVERIFY(recomputed.count() > 0); // the grid, the charts and the graph read it again

    const int programIndex = document->input().programIndex(cellProgramId(*document));
    const int yearIndex = document->input().yearIndex(2026);
    QCOMPARE(document->cellText(programIndex, yearIndex, AssumptionField::Units),
             QStringLiteral("3900000"));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("bob")) && message.contains(program) &&
                 message.contains(QStringLiteral("3900000")),
             qPrintable(message));
}

void TestTeamWorkbook::aCellSomeoneChangedSinceYouReadItIsRefusedAndTheirValueShown()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    const int programId = cellProgramId(*ana);
    // Bob changes the cell after Ana's workbook read it, before it hears of the change.
    QCOMPARE(runSet(mServer.uri(QStringLiteral("bob")), QStringLiteral("3900000")), 0);
    const QString refused =
        ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000"));
    QVERIFY2(refused.contains(QStringLiteral("bob at ")) &&
                 refused.contains(QStringLiteral("after you read it")) &&
                 refused.contains(QStringLiteral("4200000")), // her value, offered again
             qPrintable(refused));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("3900000"));
    // Her view then shows Bob's value.
    QTest::qWait(300);
    const int programIndex = ana->input().programIndex(programId);
    QCOMPARE(ana->cellText(programIndex, ana->input().yearIndex(2026), AssumptionField::Units),
             QStringLiteral("3900000"));
    // Entered again, hers replaces his.
    QCOMPARE(ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000")),
             QString());
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4200000"));
    QCOMPARE(mServer.value(QStringLiteral("SELECT changed_by FROM edit_log ORDER BY id DESC "
                                          "LIMIT 1")),
             QStringLiteral("ana"));
}

void TestTeamWorkbook::undoingAChangeSomeoneBuiltOnIsRefused()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    const int programId = cellProgramId(*ana);
    QCOMPARE(ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000")),
             QString());
    QCOMPARE(runSet(mServer.uri(QStringLiteral("bob")), QStringLiteral("4300000")), 0);
    QSignalSpy failed(ana.get(), &Workbook::changeFailed);
    ana->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("bob")), qPrintable(reason));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4300000"));
}

void TestTeamWorkbook::aCompanySomeoneEditedIsNotOverwrittenByAnUndo()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    std::unique_ptr<Workbook> bob = openAs(QStringLiteral("bob"));
    QVERIFY(ana && bob);
    SupplyChainDocument *anasChain = ana->supplyChain();
    // Ana gives TSMC (company 2, data/company.csv) a note; Bob, at his desk, then renames it.
    Company noted = *anasChain->chain().company(2);
    noted.note = QStringLiteral("Ana's note");
    QCOMPARE(anasChain->editCompany(noted), QString());
    QTest::qWait(300); // Bob's workbook hears of Ana's change
    Company renamed = *bob->supplyChain()->chain().company(2);
    QCOMPARE(renamed.note, QStringLiteral("Ana's note"));
    renamed.name = QStringLiteral("TSMC (Taiwan Semiconductor)");
    QCOMPARE(bob->supplyChain()->editCompany(renamed), QString());
    // Ana's undo would put back the company as it was before her edit, Bob's name with it.
    QSignalSpy failed(ana.get(), &Workbook::changeFailed);
    ana->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QStringLiteral("was changed by bob at ")) &&
                 reason.contains(QStringLiteral("nothing was changed")),
             qPrintable(reason));
    QCOMPARE(
        mServer.value(QStringLiteral("SELECT name || ' / ' || note FROM company WHERE id = 2")),
        QStringLiteral("TSMC (Taiwan Semiconductor) / Ana's note"));
    // Her view then shows Bob's version.
    QTRY_COMPARE_WITH_TIMEOUT(anasChain->chain().company(2)->name,
                              QStringLiteral("TSMC (Taiwan Semiconductor)"), 2000);
}

void TestTeamWorkbook::aColleaguesImportReachesTheOpenWorkbook()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    EditLogModel history; // what her History page shows
    history.setWorkbook(ana.get());
    QCOMPARE(history.rowCount(), 0); // the workbook was filled by a copy, which logs nothing
    QSignalSpy arrived(ana.get(), &Workbook::colleaguesChanged);
    QTemporaryDir folder;
    QFile csv(folder.filePath(QStringLiteral("programs.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,vendor_id,name,node\n900,3,Trainium4,TSMC N2\n");
    csv.close();
    QProcess bob;
    bob.start(QStringLiteral(WS_PROGRAM),
              { QStringLiteral("import"), QStringLiteral("program"), csv.fileName(),
                QStringLiteral("--db"), mServer.uri(QStringLiteral("bob")) });
    QVERIFY(bob.waitForFinished(60'000));
    QVERIFY2(bob.exitCode() == 0, bob.readAllStandardError().constData());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QVERIFY(arrived.wait(1000));
    QVERIFY2(sinceCommit.elapsed() < 1000, qPrintable(QString::number(sinceCommit.elapsed())));
    QVERIFY(ana->input().programIndex(900) >= 0);
    QCOMPARE(arrived.first().first().toString(),
             QStringLiteral("bob imported programs.csv into Program (1 row(s) imported)."));
    // Her History page lists the import without being asked to read again.
    QTRY_COMPARE(history.rowCount(), 1);
    QCOMPARE(history.index(0, EditLogModel::ByColumn).data().toString(), QStringLiteral("bob"));
}

void TestTeamWorkbook::twoWritersInALoopLoseNoUpdateAndTheLoserIsTold()
{
    // Ana and Bob set the same cell 20 times each, at the same time, from two processes.
    QStringList scripts;
    for (const QString &role : { QStringLiteral("ana"), QStringLiteral("bob") }) {
        scripts << QStringLiteral(
                       "ok=0; told=0; for i in $(seq 20); do "
                       "if \"$0\" set --db '%1' --program '%2' --year 2026 --field units "
                       "--value $((%3 + i)) >/dev/null 2>err; then ok=$((ok+1)); "
                       "elif grep -q 'after you read it' err; then told=$((told+1)); "
                       "else cat err >&2; fi; done; echo $ok $told")
                       .arg(mServer.uri(role), program,
                            role == QLatin1String("ana") ? QStringLiteral("5000000")
                                                         : QStringLiteral("6000000"));
    }
    QProcess first;
    QProcess second;
    QTemporaryDir scratch;
    first.setWorkingDirectory(scratch.path());
    QTemporaryDir scratch2;
    second.setWorkingDirectory(scratch2.path());
    first.start(QStringLiteral("bash"),
                { QStringLiteral("-c"), scripts.at(0), QStringLiteral(WS_PROGRAM) });
    second.start(QStringLiteral("bash"),
                 { QStringLiteral("-c"), scripts.at(1), QStringLiteral(WS_PROGRAM) });
    QVERIFY(first.waitForFinished(240'000) && second.waitForFinished(240'000));
    QCOMPARE(first.readAllStandardError(), QByteArray()); // every failure said why
    QCOMPARE(second.readAllStandardError(), QByteArray());
    const QStringList a = QString::fromUtf8(first.readAllStandardOutput()).split(QLatin1Char(' '));
    const QStringList b = QString::fromUtf8(second.readAllStandardOutput()).split(QLatin1Char(' '));
    const int written = a.value(0).toInt() + b.value(0).toInt();
    const int told = a.value(1).toInt() + b.value(1).toInt();
    QCOMPARE(written + told, 40);
    // No lost update: every write that succeeded is in the trail, each one starting from the
    // value the one before it left, and the last one is what the cell holds.
    QString chain;
    QCOMPARE(mServer.psql({ QStringLiteral("-c"),
                            QStringLiteral("SELECT old_value || '>' || new_value FROM edit_log "
                                           "WHERE table_name = 'assumption' ORDER BY id") },
                          &chain),
             QString());
    const QStringList steps = chain.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(steps.size(), written);
    QString value = QStringLiteral("4100000");
    for (const QString &step : steps) {
        QCOMPARE(step.section(QLatin1Char('>'), 0, 0), value);
        value = step.section(QLatin1Char('>'), 1, 1);
    }
    QCOMPARE(mServer.value(cellSql), value);
    qInfo("%d writes, %d told that the cell had changed", written, told);
}

void TestTeamWorkbook::aLostConnectionIsShownAndEditsRefusedUntilItIsBack()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    const int programId = cellProgramId(*ana);
    QSignalSpy connection(ana.get(), &Workbook::serverConnectionChanged);
    mServer.stop();
    QVERIFY(connection.wait(3000));
    QCOMPARE(connection.last().at(0).toBool(), false);
    const QString refused =
        ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000"));
    QVERIFY2(refused.contains(QStringLiteral("connection to the server is lost")),
             qPrintable(refused));
    QCOMPARE(mServer.startAgain(), QString());
    QVERIFY(connection.wait(5000));
    QCOMPARE(connection.last().at(0).toBool(), true);
    QCOMPARE(ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000")),
             QString());
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4200000"));
}

void TestTeamWorkbook::theServersStatementTimeoutIsHonoured()
{
    // The desk's server stops any statement of Ana's that runs longer than 300 ms.
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("ALTER ROLE ana SET statement_timeout = '300ms'") })
                .isEmpty());
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    const int programId = cellProgramId(*ana);
    // A maintenance job holds the assumption table and does not let go.
    Database::OpenResult job = Database::open(mServer.uri());
    QVERIFY(job.database);
    QSqlDatabase jobConnection = job.database->connection();
    QSqlQuery lock(jobConnection);
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(QStringLiteral("LOCK TABLE assumption IN ACCESS EXCLUSIVE MODE")));
    // Ana's edit waits for the table until the server stops it, and says so.
    const QString refused =
        ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000"));
    QVERIFY2(refused.contains(QStringLiteral("statement_timeout")) &&
                 refused.contains(QStringLiteral("Nothing was changed")),
             qPrintable(refused));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4100000"));
    // Once the job lets go, the same edit goes through.
    QCOMPARE(ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4200000")),
             QString());
    QCOMPARE(mServer.value(cellSql), QStringLiteral("4200000"));
    QVERIFY(mServer
                .psql({ QStringLiteral("-c"),
                        QStringLiteral("ALTER ROLE ana RESET statement_timeout") })
                .isEmpty());
}

void TestTeamWorkbook::theHistoryPageNamesWhoChangedWhatAndFiltersByUser()
{
    std::unique_ptr<Workbook> ana = openAs(QStringLiteral("ana"));
    QVERIFY(ana);
    const int programId = cellProgramId(*ana);
    QCOMPARE(runSet(mServer.uri(QStringLiteral("bob")), QStringLiteral("3900000")), 0);
    QTest::qWait(300); // Ana hears of it and reads the workbook again
    QCOMPARE(ana->editCell(programId, 2026, AssumptionField::Units, QStringLiteral("4000000")),
             QString());
    QCOMPARE(ana->editCell(programId, 2025, AssumptionField::Units, QStringLiteral("5900000")),
             QString());

    HistoryPage page;
    page.setWorkbook(ana.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QComboBox *users = page.userFilter();
    QCOMPARE(users->count(), 3);
    QCOMPARE(users->itemText(1), QStringLiteral("ana"));
    QCOMPARE(users->itemText(2), QStringLiteral("bob"));
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->index(0, EditLogModel::ByColumn).data().toString(),
             QStringLiteral("ana"));
    users->setCurrentIndex(2);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, EditLogModel::ByColumn).data().toString(),
             QStringLiteral("bob"));
    QCOMPARE(page.model()->index(0, EditLogModel::NewColumn).data().toString(),
             QStringLiteral("3900000"));
    users->setCurrentIndex(1);
    QCOMPARE(page.model()->rowCount(), 2);
}

// Skipped (77, as CTest is told) only when the server's binaries are not installed.
WS_SERVER_TEST_MAIN(TestTeamWorkbook, QApplication, 77)

#include "tst_teamworkbook.moc"
