// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QPalette>

namespace ws::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QLocale numberLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : locale;
}

void apply(QChart *chart)
{
    const QPalette palette = QApplication::palette();
    const QChart::ChartTheme theme =
        isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    // The page's own background rather than the theme's gradient, so that a chart sits on its
    // page like the tables beside it, in light and in dark.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(numberLocale());
    chart->setMargins(QMargins(6, 6, 6, 6));
}

void clearAndApply(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    apply(chart);
}

} // namespace ws::ChartStyle
