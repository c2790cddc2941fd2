// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QChart;
class QPalette;

namespace ws {

/** The look every chart of the app shares: a light or dark theme that follows the application's
    palette, no drop shadow (it would rasterise in PDF and SVG), numbers with thousands
    separators, and the vendor colours of DESIGN §5 set by each chart after the theme. */
namespace ChartStyle {

bool isDark(const QPalette &palette);

/** Applies the theme, a background of the palette's Base colour and the shared settings.
    Series colours are reset by a theme change, so a chart calls this before it sets its own
    colours. Every chart of the app calls it at each rebuild, and rebuilds when the palette
    changes (ForecastChartView::changeEvent). */
void apply(QChart *chart);

/** Empties @p chart for a rebuild — every series and axis removed and deleted — and styles it
    (apply()). */
void clearAndApply(QChart *chart);

/** The locale numbers are shown in: the user's, or English when the user's is "C" (which has no
    thousands separator). */
QLocale numberLocale();

} // namespace ChartStyle
} // namespace ws
