// SPDX-License-Identifier: MIT
#include "core/fieldrange.h"
#include "core/numbertext.h"

#include <QTest>

#include <cmath>

using namespace ws;

Q_DECLARE_METATYPE(QLocale)

/** What analysts type into a number cell, read in their locale: each accepted text with the
    value worked out by hand, each refused one with a reason that names it. */
class TestNumberText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatAnalystsType_data();
    void readsWhatAnalystsType();
    void refusesWhatItCannotReadWhole_data();
    void refusesWhatItCannotReadWhole();
    void suffixScalesTheDecimalTextExactly();
    void rangeTableMatchesDesign();
    void quickRangeCheckAgreesWithTheSentence();
    void canonicalTextReadsBackExactly();
    void editableTextReadsBackThroughTheParser();
    void softLimitAsksOnlyBeyondTenTimes();
};

void TestNumberText::readsWhatAnalystsType_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale tw(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    for (const auto &[name, locale] : { std::pair { "en_US", us }, std::pair { "zh_TW", tw } }) {
        const auto row = [&](const char *label, const char *text, double value) {
            QTest::addRow("%s %s", name, label) << locale << QString::fromUtf8(text) << value;
        };
        row("plain", "2500000", 2'500'000);
        row("grouped", "2,500,000", 2'500'000);
        row("exponent", "2.5e6", 2'500'000);
        row("Exponent", "2.5E6", 2'500'000);
        row("decimal", "0.85", 0.85);
        row("M", "1.5M", 1'500'000);
        row("space M", "1.5 M", 1'500'000);
        row("k", "250k", 250'000);
        row("K", "250K", 250'000);
        row("B", "1.2B", 1'200'000'000);
        row("b", "3b", 3'000'000'000);
        row("grouped k", "1,250k", 1'250'000);
        row("spaces", "  2500000 ", 2'500'000);
        row("negative", "-5", -5);
    }
    QTest::addRow("de_DE grouped") << de << QStringLiteral("2.500.000") << 2'500'000.0;
    QTest::addRow("de_DE decimal comma") << de << QStringLiteral("2,5") << 2.5;
    QTest::addRow("de_DE exponent comma") << de << QStringLiteral("2,5e6") << 2'500'000.0;
    QTest::addRow("de_DE exponent point") << de << QStringLiteral("2.5e6") << 2'500'000.0;
    QTest::addRow("de_DE M") << de << QStringLiteral("1,5M") << 1'500'000.0;
    QTest::addRow("de_DE plain") << de << QStringLiteral("2500000") << 2'500'000.0;
}

void TestNumberText::readsWhatAnalystsType()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(double, value);
    const TypedNumber read = parseTypedNumber(text, locale);
    QVERIFY2(read.value.has_value(), qPrintable(read.problem));
    QCOMPARE(*read.value, value);
    QVERIFY(read.problem.isEmpty());
}

void TestNumberText::refusesWhatItCannotReadWhole_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale tw(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    for (const auto &[name, locale] :
         { std::pair { "en_US", us }, std::pair { "zh_TW", tw }, std::pair { "de_DE", de } }) {
        const auto row = [&](const char *label, const char *text) {
            QTest::addRow("%s %s", name, label) << locale << QString::fromUtf8(text);
        };
        row("letters", "abc");
        row("trailing letter", "12x");
        row("empty", "");
        row("blank", "   ");
        row("inf", "inf");
        row("nan", "nan");
        row("overflow", "1e400");
        row("lowercase m", "5m");
        row("suffix after exponent", "2e3k");
        row("suffix alone", "M");
        row("two suffixes", "1kk");
        row("inner space", "25 00");
    }
    QTest::addRow("en_US misplaced group") << us << QStringLiteral("25,00");
    QTest::addRow("en_US two points") << us << QStringLiteral("2.5.6");
    QTest::addRow("zh_TW misplaced group") << tw << QStringLiteral("2,50,000");
    QTest::addRow("de_DE point decimal") << de << QStringLiteral("2.5");
    QTest::addRow("de_DE misplaced group") << de << QStringLiteral("25.00");
}

void TestNumberText::refusesWhatItCannotReadWhole()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    const TypedNumber read = parseTypedNumber(text, locale);
    QVERIFY2(!read.value.has_value(), qPrintable(QString::number(read.value.value_or(0), 'g')));
    QVERIFY(!read.problem.isEmpty());
    if (!text.trimmed().isEmpty())
        QVERIFY2(read.problem.contains(text), qPrintable(read.problem));
}

void TestNumberText::suffixScalesTheDecimalTextExactly()
{
    // 2.3 × 1000 in doubles is 2299.9999999999995; the text "2.3e3" reads as exactly 2300.
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(*parseTypedNumber(QStringLiteral("2.3k"), us).value, 2300.0);
    QCOMPARE(*parseTypedNumber(QStringLiteral("0.7M"), us).value, 700'000.0);
    QCOMPARE(*parseTypedNumber(QStringLiteral("4.1B"), us).value, 4'100'000'000.0);
}

void TestNumberText::rangeTableMatchesDesign()
{
    // DESIGN §2, "Allowed values".
    const auto units = fieldRange(AssumptionField::Units);
    QVERIFY(units && units->integer);
    QCOMPARE(units->minimum, 0.0);
    QCOMPARE(units->maximum, 10'000'000'000.0);
    const auto dies = fieldRange(AssumptionField::DiesPerPackage);
    QVERIFY(dies && dies->integer);
    QCOMPARE(dies->minimum, 1.0);
    QCOMPARE(dies->maximum, 64.0);
    const auto area = fieldRange(AssumptionField::DieAreaMm2);
    QCOMPARE(area->minimum, 1.0);
    QCOMPARE(area->maximum, 3432.0);
    QCOMPARE(area->flagAbove, 858.0);
    QVERIFY(!area->integer);
    QCOMPARE(fieldRange(AssumptionField::DefectDensity)->maximum, 5.0);
    QCOMPARE(fieldRange(AssumptionField::YieldAlpha)->minimum, 0.01);
    QCOMPARE(fieldRange(AssumptionField::YieldAlpha)->maximum, 100.0);
    QCOMPARE(fieldRange(AssumptionField::InterposerAreaMm2)->maximum, 8000.0);
    QVERIFY(fieldRange(AssumptionField::PackagingYield)->minimumExclusive);
    QVERIFY(!fieldRange(AssumptionField::YieldModel));

    // At and just beyond every bound.
    const auto allowed = [](AssumptionField field, const char *value) {
        return assumptionValueProblem(field, QString::fromLatin1(value)).isEmpty();
    };
    QVERIFY(allowed(AssumptionField::Units, "0"));
    QVERIFY(allowed(AssumptionField::Units, "10000000000"));
    QVERIFY(!allowed(AssumptionField::Units, "10000000001"));
    QVERIFY(!allowed(AssumptionField::Units, "-1"));
    QVERIFY(!allowed(AssumptionField::Units, "2.5"));
    QVERIFY(!allowed(AssumptionField::Units, "1e30"));
    QVERIFY(!allowed(AssumptionField::Units, "1e308"));
    QVERIFY(!allowed(AssumptionField::Units, "nan"));
    QVERIFY(!allowed(AssumptionField::Units, "inf"));
    QVERIFY(allowed(AssumptionField::DiesPerPackage, "1"));
    QVERIFY(allowed(AssumptionField::DiesPerPackage, "64"));
    QVERIFY(!allowed(AssumptionField::DiesPerPackage, "65"));
    QVERIFY(!allowed(AssumptionField::DiesPerPackage, "0"));
    QVERIFY(!allowed(AssumptionField::DiesPerPackage, "2.5"));
    QVERIFY(!allowed(AssumptionField::DiesPerPackage, "2147483648"));
    QVERIFY(allowed(AssumptionField::DieAreaMm2, "1"));
    QVERIFY(allowed(AssumptionField::DieAreaMm2, "3432"));
    QVERIFY(!allowed(AssumptionField::DieAreaMm2, "3432.1"));
    QVERIFY(!allowed(AssumptionField::DieAreaMm2, "0.99"));
    QVERIFY(!allowed(AssumptionField::DieAreaMm2, "1e-9"));
    QVERIFY(allowed(AssumptionField::DefectDensity, "0"));
    QVERIFY(allowed(AssumptionField::DefectDensity, "5"));
    QVERIFY(!allowed(AssumptionField::DefectDensity, "5.01"));
    QVERIFY(!allowed(AssumptionField::DefectDensity, "9"));
    QVERIFY(!allowed(AssumptionField::DefectDensity, "-0.01"));
    QVERIFY(allowed(AssumptionField::YieldAlpha, "0.01"));
    QVERIFY(allowed(AssumptionField::YieldAlpha, "100"));
    QVERIFY(!allowed(AssumptionField::YieldAlpha, "0.009"));
    QVERIFY(!allowed(AssumptionField::YieldAlpha, "100.5"));
    QVERIFY(allowed(AssumptionField::InterposerAreaMm2, "1"));
    QVERIFY(allowed(AssumptionField::InterposerAreaMm2, "8000"));
    QVERIFY(!allowed(AssumptionField::InterposerAreaMm2, "8000.5"));
    QVERIFY(!allowed(AssumptionField::InterposerAreaMm2, "0.5"));
    QVERIFY(allowed(AssumptionField::PackagingYield, "1"));
    QVERIFY(allowed(AssumptionField::PackagingYield, "0.001"));
    QVERIFY(!allowed(AssumptionField::PackagingYield, "0"));
    QVERIFY(!allowed(AssumptionField::PackagingYield, "1.0001"));
    QVERIFY(allowed(AssumptionField::YieldModel, "negative_binomial"));
    QVERIFY(!allowed(AssumptionField::YieldModel, "banana"));
}

// fieldAllows() answers for a million stored cells without building a sentence; it must refuse
// exactly what fieldRangeProblem() has a sentence for, at and beyond every bound.
void TestNumberText::quickRangeCheckAgreesWithTheSentence()
{
    for (const AssumptionField field : allAssumptionFields()) {
        const auto range = fieldRange(field);
        if (!range) {
            QVERIFY(!fieldAllows(field, 1.0));
            continue;
        }
        const QList<double> values = {
            range->minimum,
            range->maximum,
            std::nextafter(range->minimum, -1e300),
            std::nextafter(range->maximum, 1e300),
            (range->minimum + range->maximum) / 2,
            range->minimum + 0.5,
            -1.0,
            1e30,
            std::nan(""),
            HUGE_VAL,
            -HUGE_VAL,
        };
        for (const double value : values) {
            QVERIFY2(fieldAllows(field, value) == fieldRangeProblem(field, value).isEmpty(),
                     qPrintable(QStringLiteral("%1 = %2")
                                    .arg(assumptionFieldName(field))
                                    .arg(value, 0, 'g', 17)));
        }
    }
    QVERIFY(fieldAllows(AssumptionField::PackagingYield, 1.0));
    QVERIFY(!fieldAllows(AssumptionField::PackagingYield, 0.0));
    QVERIFY(!fieldAllows(AssumptionField::DiesPerPackage, 2.5));
}

void TestNumberText::canonicalTextReadsBackExactly()
{
    QCOMPARE(canonicalNumberText(2'500'000), QStringLiteral("2500000"));
    QCOMPARE(canonicalNumberText(10'000'000'000.0), QStringLiteral("10000000000"));
    QCOMPARE(canonicalNumberText(0.85), QStringLiteral("0.85"));
    QCOMPARE(canonicalNumberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
    QCOMPARE(canonicalNumberText(1e30), QStringLiteral("1e+30"));
}

void TestNumberText::editableTextReadsBackThroughTheParser()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(editableNumberText(2'500'000, us), QStringLiteral("2500000"));
    QCOMPARE(editableNumberText(0.125, us), QStringLiteral("0.125"));
    QCOMPARE(editableNumberText(0.125, de), QStringLiteral("0,125"));
    QCOMPARE(editableNumberText(1e300, us), QStringLiteral("1E+300"));
    for (const QLocale &locale : { us, de }) {
        for (double value : { 0.0, 0.1 + 0.2, 2'500'000.0, 3432.0, 1e-7, 1e10, 123456789.125 })
            QCOMPARE(*parseTypedNumber(editableNumberText(value, locale), locale).value, value);
    }
}

void TestNumberText::softLimitAsksOnlyBeyondTenTimes()
{
    const auto units = AssumptionField::Units;
    const QString base = QStringLiteral("Base");
    // 2,500,000 against 100,000 the year before: 25 times.
    const QString far = softLimitWarning(units, 2'500'000, 100'000.0, 2026, std::nullopt, base);
    QVERIFY2(far.contains(QStringLiteral("25× the 100000 of 2025")), qPrintable(far));
    // Exactly ten times, or exactly a tenth, is within the limit.
    QCOMPARE(softLimitWarning(units, 1'000'000, 100'000.0, 2026, std::nullopt, base), QString());
    QCOMPARE(softLimitWarning(units, 10'000, 100'000.0, 2026, std::nullopt, base), QString());
    const QString small = softLimitWarning(units, 9'000, 100'000.0, 2026, std::nullopt, base);
    QVERIFY2(small.contains(QStringLiteral("0.09× the 100000 of 2025")), qPrintable(small));
    // Against the parent scenario's value for the cell.
    const QString parent = softLimitWarning(units, 100'000, std::nullopt, 2026, 2'000'000.0, base);
    QVERIFY2(parent.contains(QStringLiteral("0.05× the 2000000 of the parent scenario Base")),
             qPrintable(parent));
    // Both at once are named together.
    const QString both = softLimitWarning(units, 5e7, 1e6, 2026, 2e6, base);
    QVERIFY2(both.contains(QStringLiteral("of 2025")) && both.contains(QStringLiteral("Base")),
             qPrintable(both));
    // No reference, or one of 0 (a program's first year), says nothing.
    QCOMPARE(softLimitWarning(units, 5e6, std::nullopt, 2026, std::nullopt, base), QString());
    QCOMPARE(softLimitWarning(units, 5e6, 0.0, 2026, 0.0, base), QString());
    QCOMPARE(softLimitWarning(AssumptionField::YieldModel, 5e6, 1.0, 2026, 1.0, base), QString());
    // Fields other than units follow the same rule: 0.9 → 0.05 packaging yield.
    QVERIFY(!softLimitWarning(AssumptionField::PackagingYield, 0.05, 0.9, 2026, std::nullopt, base)
                 .isEmpty());
}

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
