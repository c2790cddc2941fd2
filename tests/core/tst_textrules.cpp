// SPDX-License-Identifier: MIT
#include "core/textrules.h"

#include <QTest>

using namespace ws;

/** The rules for typed names and notes (DESIGN §2) and the helpers that keep stored text safe
    to draw and to write as XML. */
class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsNamesOfOneToTwoHundredCharacters();
    void refusesEmptyAndOverlongNamesSayingWhy();
    void countsCharactersNotUtf16Units();
    void refusesControlCharactersInNames_data();
    void refusesControlCharactersInNames();
    void notesKeepLineBreaksAndRefuseOtherControls();
    void notesHoldAtMostTenThousandCharacters();
    void boundedCutsLongTextWithAnEllipsis();
    void boundedNeverSplitsACharacter();
    void xmlSafeReplacesWhatXmlForbids();
};

void TestTextRules::acceptsNamesOfOneToTwoHundredCharacters()
{
    QCOMPARE(TextRules::nameProblem(QStringLiteral("M")), QString());
    QCOMPARE(TextRules::nameProblem(QString(200, QLatin1Char('M'))), QString());
    // Markup, commas, quotes and formula prefixes are text like any other.
    QCOMPARE(TextRules::nameProblem(QStringLiteral("Meta<img src=\"/dev/zero\">, \"x\"")),
             QString());
    QCOMPARE(TextRules::nameProblem(QStringLiteral("=HYPERLINK(\"x\")")), QString());
    QCOMPARE(TextRules::nameProblem(QStringLiteral("台積電")), QString());
}

void TestTextRules::refusesEmptyAndOverlongNamesSayingWhy()
{
    QCOMPARE(TextRules::nameProblem(QString()),
             QStringLiteral("a name cannot be empty; type at least one character"));
    QCOMPARE(TextRules::nameProblem(QStringLiteral("   ")),
             QStringLiteral("a name cannot be empty; type at least one character"));
    QCOMPARE(TextRules::nameProblem(QString(201, QLatin1Char('M'))),
             QStringLiteral("a name may be at most 200 characters long, and this one has 201; "
                            "shorten it"));
    QCOMPARE(TextRules::nameProblem(QString(100000, QLatin1Char('M'))),
             QStringLiteral("a name may be at most 200 characters long, and this one has 100000; "
                            "shorten it"));
    QCOMPARE(TextRules::optionalNameProblem(QString()), QString());
}

void TestTextRules::countsCharactersNotUtf16Units()
{
    // U+1F600 is two UTF-16 units: 200 of them are 400 units and still 200 characters.
    QString faces;
    for (int i = 0; i < 200; ++i)
        faces += QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(faces.size(), 400);
    QCOMPARE(TextRules::nameProblem(faces), QString());
    faces += QString::fromUcs4(U"\U0001F600", 1);
    QVERIFY(TextRules::nameProblem(faces).contains(QStringLiteral("this one has 201")));
}

void TestTextRules::refusesControlCharactersInNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("U+0001") << QStringLiteral("Me\u0001ta")
                            << QStringLiteral("character 3 is the control character U+0001, "
                                              "which cannot be shown; remove it");
    QTest::newRow("escape") << QStringLiteral("\u001b[31mMeta")
                            << QStringLiteral("character 1 is the control character U+001B, "
                                              "which cannot be shown; remove it");
    QTest::newRow("delete") << QStringLiteral("Meta\u007f")
                            << QStringLiteral("character 5 is the control character U+007F, "
                                              "which cannot be shown; remove it");
    QTest::newRow("tab") << QStringLiteral("Me\tta")
                         << QStringLiteral("character 3 is the control character U+0009, "
                                           "which cannot be shown; remove it");
    QTest::newRow("line feed") << QStringLiteral("Me\nta")
                               << QStringLiteral("character 3 is the control character U+000A, "
                                                 "which cannot be shown; remove it");
    QTest::newRow("C1 next line") << QStringLiteral("Me\u0085ta")
                                  << QStringLiteral("character 3 is the control character "
                                                    "U+0085, which cannot be shown; remove it");
}

void TestTextRules::refusesControlCharactersInNames()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QCOMPARE(TextRules::nameProblem(name), reason);
    QCOMPARE(TextRules::optionalNameProblem(name), reason);
}

void TestTextRules::notesKeepLineBreaksAndRefuseOtherControls()
{
    QCOMPARE(TextRules::noteProblem(QString()), QString());
    QCOMPARE(TextRules::noteProblem(QStringLiteral("one\ntwo\r\nthree")), QString());
    QCOMPARE(TextRules::noteProblem(QStringLiteral("<b>x</b> & y")), QString());
    QCOMPARE(TextRules::noteProblem(QStringLiteral("a\tb")),
             QStringLiteral("character 2 is the control character U+0009, which cannot be "
                            "shown; remove it"));
    QCOMPARE(TextRules::noteProblem(QStringLiteral("a\u0001b")),
             QStringLiteral("character 2 is the control character U+0001, which cannot be "
                            "shown; remove it"));
}

void TestTextRules::notesHoldAtMostTenThousandCharacters()
{
    QCOMPARE(TextRules::noteProblem(QString(10000, QLatin1Char('n'))), QString());
    QCOMPARE(TextRules::noteProblem(QString(10001, QLatin1Char('n'))),
             QStringLiteral("a note may be at most 10000 characters long, and this one has "
                            "10001; shorten it"));
}

void TestTextRules::boundedCutsLongTextWithAnEllipsis()
{
    const QString bounded = TextRules::bounded(QString(100000, QLatin1Char('M')), 200);
    QCOMPARE(bounded, QString(199, QLatin1Char('M')) + QChar(0x2026));
    QCOMPARE(TextRules::bounded(QStringLiteral("Meta"), 200), QStringLiteral("Meta"));
    QCOMPARE(TextRules::bounded(QStringLiteral("Meta"), 4), QStringLiteral("Meta"));
    QCOMPARE(TextRules::bounded(QStringLiteral("Metas"), 4), QStringLiteral("Met…"));
}

void TestTextRules::boundedNeverSplitsACharacter()
{
    // "ab" then U+1F600 (two units): cutting to 3 units would keep half the face.
    const QString text =
        QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600", 1) + QStringLiteral("cd");
    QCOMPARE(TextRules::bounded(text, 4), QStringLiteral("ab…"));
}

void TestTextRules::xmlSafeReplacesWhatXmlForbids()
{
    const QChar fffd(0xFFFD);
    QCOMPARE(TextRules::xmlSafe(QStringLiteral("Al\u0001chip")),
             QStringLiteral("Al") + fffd + QStringLiteral("chip"));
    // Tab and line breaks are allowed in XML 1.0; U+FFFE and U+FFFF are not.
    QCOMPARE(TextRules::xmlSafe(QStringLiteral("a\tb\nc\rd")), QStringLiteral("a\tb\nc\rd"));
    QCOMPARE(TextRules::xmlSafe(QStringLiteral("a\uFFFEb\uFFFF")),
             QStringLiteral("a") + fffd + QStringLiteral("b") + fffd);
    // A lone surrogate is replaced; a pair is kept.
    const QString face = QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(TextRules::xmlSafe(face), face);
    QCOMPARE(TextRules::xmlSafe(QString(face.at(0)) + QStringLiteral("x")),
             QString(fffd) + QStringLiteral("x"));
    QCOMPARE(TextRules::xmlSafe(QString(face.at(1))), QString(fffd));
    // Markup is not XML's business here: escaping is the writer's.
    QCOMPARE(TextRules::xmlSafe(QStringLiteral("<b>&</b>")), QStringLiteral("<b>&</b>"));
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
