// SPDX-License-Identifier: MIT
#include "models/workbook.h"
#include "report/reportexporter.h"
#include "store/database.h"
#include "support/largeworkbook.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

/** DESIGN §6: the full PDF report of a workbook of 10,000 programs × 10 years in < 5 s (the
    default workbook's is benchmarked in bench_startup). */
class BenchReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullReportOfTenThousandProgramsTenYears();

private:
    QTemporaryDir mDir;
    QString mPath;
};

void BenchReport::initTestCase()
{
    mPath = mDir.filePath(QStringLiteral("large.sqlite"));
    QVERIFY(test::addGeneratedPrograms(mPath, 10'000, 10));
}

void BenchReport::fullReportOfTenThousandProgramsTenYears()
{
    QElapsedTimer opening;
    opening.start();
    auto opened = Database::open(mPath);
    QVERIFY2(opened.database, qPrintable(opened.error));
    Workbook workbook(std::move(opened.database));
    QVERIFY(workbook.problems().isEmpty());
    QCOMPARE(workbook.input().years.size(), 10);
    qInfo("note: opening the workbook (%lld programs) took %.2f s, not counted below",
          static_cast<long long>(workbook.input().programs.size()), opening.elapsed() / 1000.0);
    const QString pdf = mDir.filePath(QStringLiteral("report.pdf"));
    ReportSettings settings;
    settings.scenarioIds = { workbook.scenarioId() };
    QBENCHMARK_ONCE
    {
        QString error;
        QCOMPARE(ReportExporter::exportPdf(&workbook, settings, pdf, &error),
                 ReportExporter::Result::Success);
    }
    QVERIFY(QFile::exists(mDir.filePath(QStringLiteral("report-assumptions.csv"))));
}

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
