// SPDX-License-Identifier: MIT
#include "chartoptions.h"

#include <QCoreApplication>

namespace ws {

QList<ChartType> allChartTypes()
{
    return { ChartType::Share,    ChartType::Volume,  ChartType::Donut,      ChartType::Scenarios,
             ChartType::Capacity, ChartType::Tornado, ChartType::Calibration };
}

QString chartTypeName(ChartType type)
{
    switch (type) {
    case ChartType::Share:
        return QStringLiteral("share");
    case ChartType::Volume:
        return QStringLiteral("volume");
    case ChartType::Donut:
        return QStringLiteral("donut");
    case ChartType::Scenarios:
        return QStringLiteral("scenarios");
    case ChartType::Capacity:
        return QStringLiteral("capacity");
    case ChartType::Tornado:
        return QStringLiteral("tornado");
    case ChartType::Calibration:
        return QStringLiteral("calibration");
    }
    return {};
}

QString chartTypeTitle(ChartType type)
{
    const char *title = "";
    switch (type) {
    case ChartType::Share:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Share over years");
        break;
    case ChartType::Volume:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Wafer volumes");
        break;
    case ChartType::Donut:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Share in one year");
        break;
    case ChartType::Scenarios:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Scenario comparison");
        break;
    case ChartType::Capacity:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "CoWoS demand and capacity");
        break;
    case ChartType::Tornado:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Sensitivity (tornado)");
        break;
    case ChartType::Calibration:
        title = QT_TRANSLATE_NOOP("ws::ChartType", "Modelled against published");
        break;
    }
    return QCoreApplication::translate("ws::ChartType", title);
}

std::optional<ChartType> parseChartType(const QString &name)
{
    for (ChartType type : allChartTypes()) {
        if (chartTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

} // namespace ws
