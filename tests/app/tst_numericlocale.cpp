// SPDX-License-Identifier: MIT
#include "app/numericlocale.h"
#include "graph/graphvizcommand.h"
#include "graph/layoutjob.h"
#include "support/randomsupplychain.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <clocale>

using namespace ws;

namespace {

// The user's session as the application finds it; set before the application object is made,
// whose constructor applies it with setlocale(LC_ALL, "").
constexpr const char *sessionLocale = "de_DE.UTF-8";

QByteArray decimalPoint()
{
    return QByteArray(std::localeconv()->decimal_point);
}

/** The decimal points this thread sees while a force layout by Graphviz's library runs on a
    LayoutJob's worker thread. */
QSet<QByteArray> decimalPointsDuringLibraryLayout()
{
    const QByteArray hidden = qgetenv(GraphvizCommand::directoryVariable);
    qputenv(GraphvizCommand::directoryVariable, QByteArray()); // the library in process
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    const SupplyChain chain = test::randomSupplyChain(300, 900, 11);
    for (const Company &company : chain.companies)
        nodes << LayoutNode { company.id, company.name, company.tier, QSizeF(120, 40) };
    for (const Relation &relation : chain.relations)
        edges << LayoutEdge { relation.id, relation.supplierId, relation.customerId };
    LayoutJob job(LayoutKind::Force, nodes, edges);
    QSignalSpy finished(&job, &LayoutJob::finished);
    QSet<QByteArray> seen;
    job.start();
    while (finished.isEmpty()) {
        seen.insert(decimalPoint());
        QCoreApplication::processEvents();
    }
    qunsetenv(GraphvizCommand::directoryVariable);
    if (!hidden.isNull())
        qputenv(GraphvizCommand::directoryVariable, hidden);
    return seen;
}

} // namespace

/** LC_NUMERIC pinned to "C" at start-up (pinNumericLocale), in a German session. */
class TestNumericLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void graphvizSwitchesTheWholeProcessUnpinned();
    void pinsTheDecimalPointOnly();
    void graphvizSwitchChangesNothingOncePinned();
};

void TestNumericLocale::initTestCase()
{
    if (decimalPoint() != ",")
        QSKIP(qPrintable(QStringLiteral("the %1 locale is not installed (LC_NUMERIC is \"%2\"); "
                                        "scripts/install-deps generates it")
                             .arg(QLatin1String(sessionLocale),
                                  QLatin1String(std::setlocale(LC_NUMERIC, nullptr)))));
}

void TestNumericLocale::graphvizSwitchesTheWholeProcessUnpinned()
{
    // Why the pin: while Graphviz lays out in process, it sets LC_NUMERIC to "C" for every
    // thread, so that this thread sees a point during the layout and a comma before and after.
    const QSet<QByteArray> seen = decimalPointsDuringLibraryLayout();
    QVERIFY(seen.contains(","));
    QVERIFY(seen.contains("."));
    QCOMPARE(decimalPoint(), QByteArray(","));
}

void TestNumericLocale::pinsTheDecimalPointOnly()
{
    pinNumericLocale();
    QCOMPARE(decimalPoint(), QByteArray("."));
    QCOMPARE(std::strtod("1.5", nullptr), 1.5);
    QCOMPARE(QByteArray(std::setlocale(LC_NUMERIC, nullptr)), QByteArray("C"));
    // Every other category stays the user's.
    for (int category : { LC_CTYPE, LC_COLLATE, LC_TIME, LC_MONETARY, LC_MESSAGES })
        QCOMPARE(QByteArray(std::setlocale(category, nullptr)), QByteArray(sessionLocale));
    // Qt formats the numbers on screen through QLocale, which still follows the session:
    // German groups thousands with a point and separates decimals with a comma.
    QCOMPARE(QLocale().name(), QStringLiteral("de_DE"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    QCOMPARE(QLocale().toDouble(QStringLiteral("1.234,5")), 1234.5);
}

void TestNumericLocale::graphvizSwitchChangesNothingOncePinned()
{
    pinNumericLocale();
    QCOMPARE(decimalPointsDuringLibraryLayout(), QSet<QByteArray> { "." });
}

int main(int argc, char *argv[])
{
    qputenv("LC_ALL", sessionLocale);
    qunsetenv("LANGUAGE");
    QCoreApplication app(argc, argv);
    TestNumericLocale test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_numericlocale.moc"
