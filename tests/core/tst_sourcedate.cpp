// SPDX-License-Identifier: MIT
#include "core/sourcecitation.h"
#include "core/sourcedate.h"

#include <QTest>

using namespace ws;

Q_DECLARE_METATYPE(ws::DatePrecision)

/** A source's date at its precision, and how a source is cited. */
class TestSourceDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPrecisionFromTheDatesForm_data();
    void readsPrecisionFromTheDatesForm();
    void refusesADateOfAnotherPrecision_data();
    void refusesADateOfAnotherPrecision();
    void showsTheDateAtItsPrecision_data();
    void showsTheDateAtItsPrecision();
    void citesADescriptionInBracketsWithEveryPart();
    void ordersDatesByTheirFirstDayThenByPrecision_data();
    void ordersDatesByTheirFirstDayThenByPrecision();
};

void TestSourceDate::readsPrecisionFromTheDatesForm_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("isDate");
    QTest::addColumn<DatePrecision>("precision");
    QTest::newRow("day") << QStringLiteral("2025-02-21") << true << DatePrecision::Day;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true << DatePrecision::Day;
    QTest::newRow("month") << QStringLiteral("2025-11") << true << DatePrecision::Month;
    QTest::newRow("year") << QStringLiteral("2025") << true << DatePrecision::Year;
    QTest::newRow("empty") << QString() << true << DatePrecision::Unknown;
    // Not a calendar day: 2025 is no leap year, and no month has a 13th.
    QTest::newRow("29 February 2025")
        << QStringLiteral("2025-02-29") << false << DatePrecision::Unknown;
    QTest::newRow("month 13") << QStringLiteral("2025-13") << false << DatePrecision::Unknown;
    QTest::newRow("words") << QStringLiteral("about 2025") << false << DatePrecision::Unknown;
    QTest::newRow("short day") << QStringLiteral("2025-2-1") << false << DatePrecision::Unknown;
}

void TestSourceDate::readsPrecisionFromTheDatesForm()
{
    QFETCH(QString, date);
    QFETCH(bool, isDate);
    QFETCH(DatePrecision, precision);
    const auto read = SourceDate::precisionOf(date);
    QCOMPARE(read.has_value(), isDate);
    if (isDate)
        QCOMPARE(*read, precision);
}

void TestSourceDate::refusesADateOfAnotherPrecision_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
    QTest::newRow("day with a day")
        << QStringLiteral("2025-02-21") << DatePrecision::Day << QString();
    QTest::newRow("day with a month only")
        << QStringLiteral("2025-11") << DatePrecision::Day
        << QStringLiteral("'2025-11' is not a calendar day of the form YYYY-MM-DD");
    QTest::newRow("day without a date")
        << QString() << DatePrecision::Day << QStringLiteral("needs its date as YYYY-MM-DD");
    QTest::newRow("month given as a day")
        << QStringLiteral("2025-11-15") << DatePrecision::Month
        << QStringLiteral("'2025-11-15' is not a month of the form YYYY-MM");
    QTest::newRow("year") << QStringLiteral("2024") << DatePrecision::Year << QString();
    QTest::newRow("unknown, empty") << QString() << DatePrecision::Unknown << QString();
    QTest::newRow("unknown with a date") << QStringLiteral("2025") << DatePrecision::Unknown
                                         << QStringLiteral("leave the date empty");
}

void TestSourceDate::refusesADateOfAnotherPrecision()
{
    QFETCH(QString, date);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, problem);
    const QString found = SourceDate::problem(date, precision);
    if (problem.isEmpty())
        QCOMPARE(found, QString());
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestSourceDate::showsTheDateAtItsPrecision_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("shown");
    QTest::newRow("day") << QStringLiteral("2025-02-21") << DatePrecision::Day
                         << QStringLiteral("21 February 2025");
    QTest::newRow("month") << QStringLiteral("2025-11") << DatePrecision::Month
                           << QStringLiteral("November 2025");
    QTest::newRow("year") << QStringLiteral("2025") << DatePrecision::Year
                          << QStringLiteral("2025");
    QTest::newRow("unknown") << QString() << DatePrecision::Unknown
                             << QStringLiteral("date unknown");
    // What a workbook of an older release may hold: shown as written, never made a date.
    QTest::newRow("older text") << QStringLiteral("about 2025") << DatePrecision::Unknown
                                << QStringLiteral("about 2025");
}

void TestSourceDate::showsTheDateAtItsPrecision()
{
    QFETCH(QString, date);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, shown);
    QCOMPARE(SourceDate::shown(date, precision), shown);
}

void TestSourceDate::citesADescriptionInBracketsWithEveryPart()
{
    Source source;
    source.title = QStringLiteral("Morgan Stanley call transcript");
    source.titleKind = TitleKind::Description;
    source.publisher = QStringLiteral("Reportify");
    source.url = QStringLiteral("https://reportify.ai/transcripts/1");
    source.publishedOn = QStringLiteral("2025-12");
    source.datePrecision = DatePrecision::Month;
    QCOMPARE(SourceCitation::shownTitle(source),
             QStringLiteral("[Morgan Stanley call transcript]"));
    QCOMPARE(SourceCitation::reference(source),
             QStringLiteral("Reportify. [Morgan Stanley call transcript]. December 2025. "
                            "https://reportify.ai/transcripts/1"));

    // A headline's own question mark ends its sentence; no address, no date: said so.
    Source article;
    article.title = QStringLiteral("台廠還有誰受惠?");
    article.publisher = QStringLiteral("CommonWealth Magazine");
    QCOMPARE(SourceCitation::reference(article),
             QStringLiteral("CommonWealth Magazine. 台廠還有誰受惠? date unknown."));
}

void TestSourceDate::ordersDatesByTheirFirstDayThenByPrecision_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("other");
    QTest::addColumn<DatePrecision>("otherPrecision");
    QTest::addColumn<bool>("later");
    // May 2026 starts on 1 May; the year 2026 on 1 January, so May 2026 is the later.
    QTest::newRow("month after its year") << QStringLiteral("2026-05") << DatePrecision::Month
                                          << QStringLiteral("2026") << DatePrecision::Year << true;
    QTest::newRow("year before a month of it")
        << QStringLiteral("2026") << DatePrecision::Year << QStringLiteral("2026-05")
        << DatePrecision::Month << false;
    // The year 2026 starts after 3 December 2025.
    QTest::newRow("year after an earlier day")
        << QStringLiteral("2026") << DatePrecision::Year << QStringLiteral("2025-12-03")
        << DatePrecision::Day << true;
    QTest::newRow("day before a later month")
        << QStringLiteral("2026-02-02") << DatePrecision::Day << QStringLiteral("2026-05")
        << DatePrecision::Month << false;
    // The same first day: the more precise says more.
    QTest::newRow("1 January 2026 and 2026")
        << QStringLiteral("2026-01-01") << DatePrecision::Day << QStringLiteral("2026")
        << DatePrecision::Year << true;
    QTest::newRow("any date after unknown") << QStringLiteral("2020") << DatePrecision::Year
                                            << QString() << DatePrecision::Unknown << true;
    QTest::newRow("unknown after nothing")
        << QString() << DatePrecision::Unknown << QString() << DatePrecision::Unknown << false;
    // Text not of its precision's form counts as unknown.
    QTest::newRow("malformed") << QStringLiteral("about 2027") << DatePrecision::Year
                               << QStringLiteral("2020") << DatePrecision::Year << false;
}

void TestSourceDate::ordersDatesByTheirFirstDayThenByPrecision()
{
    QFETCH(QString, date);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, other);
    QFETCH(DatePrecision, otherPrecision);
    QFETCH(bool, later);
    QCOMPARE(SourceDate::isLater(date, precision, other, otherPrecision), later);
}

QTEST_GUILESS_MAIN(TestSourceDate)
#include "tst_sourcedate.moc"
