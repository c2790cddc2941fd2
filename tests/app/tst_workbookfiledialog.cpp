// SPDX-License-Identifier: MIT
#include "desktop/workbookfiledialog.h"

#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** The workbook file dialogs of File ▸ New, Open and Save As: new workbooks are *.wafershare
    files, while *.sqlite and *.db workbooks are still offered and kept as named. */
class TestWorkbookFileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersListTheOwnSuffixFirst();
    void nameTypedWithoutSuffixGetsTheWorkbookSuffix_data();
    void nameTypedWithoutSuffixGetsTheWorkbookSuffix();
    void openDialogTakesExistingFilesOnly();
    void workbookNamesAreRecognised_data();
    void workbookNamesAreRecognised();
};

void TestWorkbookFileDialog::filtersListTheOwnSuffixFirst()
{
    const QStringList filters = WorkbookFileDialog::nameFilters();
    QCOMPARE(filters.size(), 2);
    QVERIFY2(filters.first().endsWith(QLatin1String("(*.wafershare *.sqlite *.db)")),
             qPrintable(filters.first()));
    QVERIFY2(filters.last().endsWith(QLatin1String("(*)")), qPrintable(filters.last()));
}

void TestWorkbookFileDialog::nameTypedWithoutSuffixGetsTheWorkbookSuffix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no suffix") << QStringLiteral("book") << QStringLiteral("book.wafershare");
    QTest::newRow("Chinese") << QStringLiteral("晶圓 占比")
                             << QStringLiteral("晶圓 占比.wafershare");
    QTest::newRow("own suffix") << QStringLiteral("book.wafershare")
                                << QStringLiteral("book.wafershare");
    QTest::newRow("older suffix kept")
        << QStringLiteral("book.sqlite") << QStringLiteral("book.sqlite");
}

void TestWorkbookFileDialog::nameTypedWithoutSuffixGetsTheWorkbookSuffix()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFileDialog dialog(nullptr, QStringLiteral("New Workbook"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    WorkbookFileDialog::prepare(dialog);
    QCOMPARE(dialog.defaultSuffix(), QStringLiteral("wafershare"));
    QCOMPARE(dialog.nameFilters(), WorkbookFileDialog::nameFilters());
    dialog.selectFile(typed);
    QCOMPARE(dialog.selectedFiles(), QStringList { dir.filePath(expected) });
}

void TestWorkbookFileDialog::openDialogTakesExistingFilesOnly()
{
    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    WorkbookFileDialog::prepare(dialog);
    QCOMPARE(dialog.fileMode(), QFileDialog::ExistingFile);
    QCOMPARE(dialog.nameFilters(), WorkbookFileDialog::nameFilters());
    QVERIFY(dialog.defaultSuffix().isEmpty());
}

void TestWorkbookFileDialog::workbookNamesAreRecognised_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("workbook");
    QTest::newRow("own") << QStringLiteral("/tmp/a.wafershare") << true;
    QTest::newRow("own, capitals") << QStringLiteral("/tmp/a.WaferShare") << true;
    QTest::newRow("sqlite") << QStringLiteral("/tmp/a.sqlite") << true;
    QTest::newRow("db") << QStringLiteral("/tmp/a.DB") << true;
    QTest::newRow("csv") << QStringLiteral("/tmp/a.csv") << false;
    QTest::newRow("suffix in the folder") << QStringLiteral("/tmp/x.wafershare/a") << false;
    QTest::newRow("longer suffix") << QStringLiteral("/tmp/a.wafersharex") << false;
}

void TestWorkbookFileDialog::workbookNamesAreRecognised()
{
    QFETCH(QString, path);
    QFETCH(bool, workbook);
    QCOMPARE(WorkbookFileDialog::isWorkbookName(path), workbook);
}

QTEST_MAIN(TestWorkbookFileDialog)
#include "tst_workbookfiledialog.moc"
