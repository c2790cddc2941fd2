// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace ws {

/** What a report holds and how its pages look: the plain settings the exporter takes, from the
    report page or from `wafershare report`. */
struct ReportSettings
{
    // In the program's language: the desktop's report in Chinese is titled in Chinese.
    QString title = QCoreApplication::translate(
        "ws::ReportSettings", "AI compute wafers: who consumes them, who benefits");
    QString author;
    QList<int> scenarioIds; // the first is the report's scenario; more are compared with it
    /** The scenario the others are compared with in "Differences" and the summary; 0 for the
        workbook's root scenario. */
    int referenceScenarioId = 0;
    int year = 2026;
    QStringList sections = allSections();
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    /** The file the report is written to, if any: a long table is summarised in the report
        and written in full beside it as CSV (see ReportDocument::fullTables()). */
    QString outputPath;

    /** Every section in its default order: title, summary, charts, shares, calibration,
        assumptions, differences, benefits, graph, sources. */
    static QStringList allSections();
};

} // namespace ws
