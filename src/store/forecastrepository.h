// SPDX-License-Identifier: MIT
#pragma once

#include "core/capacity.h"
#include "core/domain.h"
#include "core/forecastbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace ws {

/** Reads what the forecast needs from a workbook: vendors, programs, scenarios, their stored
    assumption cells and the published figures. Read-only. */
class ForecastRepository
{
public:
    explicit ForecastRepository(QSqlDatabase db);

    QList<Vendor> vendors();
    QList<Program> programs();
    QList<Scenario> scenarios();
    std::optional<Scenario> scenarioByName(const QString &name);
    QList<ReportedValue> reportedValues();

    /** Supplier capacity per year, with each row's source title; ordered by supplier, year. */
    QList<CapacityValue> capacity();

    /** Source id → title, for tables that show where a figure came from. */
    QHash<int, QString> sourceTitles();
    /** Source id → publication date as stored ("2025-11", "2025-02-21"), where one is known. */
    QHash<int, QString> sourceDates();

    /** The stored cells of every scenario, by scenario id, in one pass over the table. */
    QHash<int, QList<AssumptionCell>> assumptionCellsByScenario();

    /** The stored cells of @p scenarioId and of each ancestor, root first. */
    QList<QList<AssumptionCell>> assumptionLayers(int scenarioId);

    /** Everything the engine needs for @p scenarioId, resolved through its ancestors. */
    ForecastBuilder::Result loadForecast(int scenarioId);

    /** loadForecast() of every scenario, in the order of scenarios(), from one read of the
        assumption table (each call of loadForecast reads it all again). */
    QList<std::pair<Scenario, ForecastBuilder::Result>> loadEveryForecast();

    /** Row counts per table of the schema, in schema order. */
    QList<std::pair<QString, qint64>> rowCounts();

    /** The first SQL error met since construction; empty when all went well. */
    QString error() const { return mError; }

private:
    bool run(class QSqlQuery &query);

    QSqlDatabase mDb;
    QString mError;

    // tr() under this class's name, the context lupdate files its strings under.
    Q_DECLARE_TR_FUNCTIONS(ws::ForecastRepository)
};

} // namespace ws
