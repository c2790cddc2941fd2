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

QTEST_GUILESS_MAIN(TestSourceDate)
#include "tst_sourcedate.moc"
