// SPDX-License-Identifier: MIT
#include "workbook.h"

#include "store/database.h"
#include "store/forecastrepository.h"

#include <QFileInfo>

#include <algorithm>

namespace ws {

Workbook::Workbook(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , mDatabase(std::move(database))
{
    reload();
}

Workbook::~Workbook() = default;

QString Workbook::path() const
{
    return mDatabase->path();
}

QString Workbook::fileName() const
{
    return QFileInfo(mDatabase->path()).fileName();
}

QString Workbook::scenarioName() const
{
    for (const Scenario &scenario : mScenarios) {
        if (scenario.id == mScenarioId)
            return scenario.name;
    }
    return {};
}

void Workbook::setScenario(int scenarioId)
{
    if (scenarioId == mScenarioId)
        return;
    mScenarioId = scenarioId;
    recompute();
}

std::optional<double> Workbook::reportedShare(Metric metric, int vendorId, int year) const
{
    const QString wanted = reportedShareMetric(metric);
    std::optional<double> share;
    // Rows come oldest first, so the last match is the newest vintage.
    for (const ReportedValue &value : mReported) {
        if (value.vendorId == vendorId && value.year == year && value.metric == wanted)
            share = value.value;
    }
    return share;
}

void Workbook::reload()
{
    ForecastRepository repository(mDatabase->connection());
    mScenarios = repository.scenarios();
    mReported = repository.reportedValues();
    const bool scenarioExists =
        std::any_of(mScenarios.cbegin(), mScenarios.cend(),
                    [this](const Scenario &s) { return s.id == mScenarioId; });
    if (!scenarioExists)
        mScenarioId = mScenarios.isEmpty() ? 0 : mScenarios.first().id;
    recompute();
}

void Workbook::recompute()
{
    ForecastRepository repository(mDatabase->connection());
    ForecastBuilder::Result built = repository.loadForecast(mScenarioId);
    mInput = std::move(built.input);
    mProblems = std::move(built.problems);
    ForecastEngine::compute(mInput, mResult);
    Q_EMIT forecastChanged();
}

} // namespace ws
