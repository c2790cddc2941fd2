// SPDX-License-Identifier: MIT
#pragma once

#include "forecastengine.h"
#include "forecastinput.h"

#include <QList>
#include <QString>

namespace ws {

/** A supplier's published (or estimated) capacity for one metric in one calendar year, as the
    capacity table holds it. For metric "cowos_wafers" the value counts wafers per year, the unit
    the engine's CoWoS demand comes in, so the two compare without conversion. */
struct CapacityValue
{
    QString supplier; // "TSMC"
    int year = 0;
    QString metric; // "cowos_wafers"
    double value = 0.0;
    int sourceId = 0;
    QString sourceTitle;
    QString note;
};

/** A scenario's CoWoS demand in one year beside the capacity on record for that year. */
struct CapacityStatus
{
    int year = 0;
    double demand = 0.0; // CoWoS wafers the scenario needs, all vendors
    double capacity = 0.0; // summed over suppliers; 0 when there is no data
    bool hasCapacity = false;
    bool exceeded = false; // demand > capacity; never true without capacity data
    /** 100 × demand / capacity; 0 without capacity data, infinity for positive demand against a
        recorded capacity of zero. */
    double utilisationPercent = 0.0;
    QString sourceTitle; // the titles of the capacity rows summed, joined by "; "
};

/** Compares, for every year of @p input, the scenario's total CoWoS wafers with the summed
    "cowos_wafers" capacity of all suppliers in @p capacity. Rows of other metrics or of years
    outside the forecast are ignored. */
QList<CapacityStatus> checkCowosCapacity(const ForecastInput &input, const ForecastResult &result,
                                         const QList<CapacityValue> &capacity);

} // namespace ws
