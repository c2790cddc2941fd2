// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/forecastengine.h"
#include "core/forecastinput.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ws {

class Database;

/** The open document: a workbook file, the scenario being looked at, and the engine's result
    for it. Models and views read the forecast from here and listen to forecastChanged(). */
class Workbook : public QObject
{
    Q_OBJECT

public:
    explicit Workbook(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workbook() override;

    QString path() const;
    QString fileName() const;

    QList<Scenario> scenarios() const { return mScenarios; }
    int scenarioId() const { return mScenarioId; }
    QString scenarioName() const;
    void setScenario(int scenarioId);

    const ForecastInput &input() const { return mInput; }
    const ForecastResult &result() const { return mResult; }
    /** Cells that are missing or invalid in the current scenario; empty when all is well. */
    QStringList problems() const { return mProblems; }

    /** The newest published share of @p metric for a vendor and year, in percent. */
    std::optional<double> reportedShare(Metric metric, int vendorId, int year) const;

    /** Rereads the workbook and recomputes the forecast. */
    void reload();

Q_SIGNALS:
    void forecastChanged();

private:
    void recompute();

    std::unique_ptr<Database> mDatabase;
    QList<Scenario> mScenarios;
    QList<ReportedValue> mReported;
    int mScenarioId = 0;
    ForecastInput mInput;
    ForecastResult mResult;
    QStringList mProblems;
};

} // namespace ws
