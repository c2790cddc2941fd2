// SPDX-License-Identifier: MIT
#include "vendorstackchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"
#include "roundticks.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ws {

VendorStackChart::VendorStackChart(QWidget *parent)
    : ForecastChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
}

bool VendorStackChart::showsShares() const
{
    return mOptions.type == ChartType::Share && !mOptions.absolute;
}

void VendorStackChart::applyOptions()
{
    if (!mModels)
        return;
    VendorShareModel *model = mModels->shares(mOptions.metric);
    for (Metric metric : allMetrics())
        disconnect(mModels->shares(metric), nullptr, this, nullptr);
    rebuildOnChangesOf(model);
    requestRebuild();
}

double VendorStackChart::value(const VendorGroup &group, int column, int role) const
{
    const VendorShareModel *model = mModels->shares(mOptions.metric);
    double sum = 0.0;
    for (int row : group.rows)
        sum += model->index(row, column).data(role).toDouble();
    return sum;
}

QString VendorStackChart::barToolTip(int groupIndex, int yearIndex) const
{
    if (groupIndex < 0 || groupIndex >= mGroups.size() || yearIndex < 0 ||
        yearIndex >= mYears.size())
        return {};
    const VendorGroup &group = mGroups.at(groupIndex);
    const int column = mColumns.at(yearIndex);
    const QLocale locale = ChartStyle::numberLocale();
    QString text =
        tr("%1, %2: %3 % of %4 (%5 wafers)\nScenario %6")
            .arg(group.name)
            .arg(mYears.at(yearIndex))
            .arg(locale.toString(value(group, column, Qt::DisplayRole), 'f', 1),
                 mOptions.metric == Metric::ComputeWafers        ? tr("AI compute wafers")
                     : mOptions.metric == Metric::AllLogicWafers ? tr("all logic wafers")
                                                                 : tr("CoWoS wafers"),
                 locale.toString(value(group, column, VendorShareModel::WafersRole), 'f', 0),
                 mModels->workbook() ? mModels->workbook()->scenarioName() : QString());
    if (group.rows.size() == 1) {
        const QModelIndex index =
            mModels->shares(mOptions.metric)->index(group.rows.first(), column);
        const QVariant published = index.data(VendorShareModel::ReportedShareRole);
        if (published.isValid()) {
            text += QLatin1Char('\n') +
                tr("Published: %1 % — %2")
                    .arg(locale.toString(published.toDouble(), 'g', 4),
                         index.data(VendorShareModel::ReportedSourceRole).toString());
        }
    }
    return text;
}

std::pair<QList<int>, QList<int>> VendorStackChart::shownYears() const
{
    const VendorShareModel *model = mModels->shares(mOptions.metric);
    QList<int> years, columns;
    for (int year : model->years()) {
        if ((mOptions.firstYear && year < mOptions.firstYear) ||
            (mOptions.lastYear && year > mOptions.lastYear))
            continue;
        years << year;
        columns << model->columnForYear(year);
    }
    return { years, columns };
}

VendorStackChart::Values VendorStackChart::values() const
{
    const VendorShareModel *model = mModels->shares(mOptions.metric);
    const bool shares = showsShares();
    Values values;
    std::vector<double> lower(mYears.size(), 0.0);
    for (const VendorGroup &group : mGroups) {
        QList<double> bars;
        QList<QPointF> marks;
        for (int y = 0; y < mYears.size(); ++y) {
            const double v =
                value(group, mColumns.at(y),
                      shares ? int(Qt::DisplayRole) : int(VendorShareModel::WafersRole));
            bars << v;
            if (shares && group.rows.size() == 1) {
                const QVariant reported = model->index(group.rows.first(), mColumns.at(y))
                                              .data(VendorShareModel::ReportedShareRole);
                // The square sits where this vendor's band would end with the published share.
                if (reported.isValid())
                    marks << QPointF(y, lower[y] + reported.toDouble());
            }
            lower[y] += v;
            values.highest = std::max(values.highest, lower[y]);
        }
        values.bars << bars;
        values.marks << marks;
    }
    return values;
}

void VendorStackChart::setValueRange(double highest)
{
    if (showsShares()) {
        mValueAxis->setRange(0, 100);
        return;
    }
    RoundTicks::setNiceRange(mValueAxis, 0, highest > 0 ? highest * 1.08 : 1);
}

QString VendorStackChart::title() const
{
    const QString metric = mOptions.metric == Metric::ComputeWafers ? tr("AI compute wafer")
        : mOptions.metric == Metric::AllLogicWafers                 ? tr("all logic wafer")
                                                                    : tr("CoWoS wafer");
    return showsShares() ? tr("<b>%1 share by vendor</b><br>%2 — squares: published shares")
                               .arg(metric, mModels->subtitle())
                         : tr("<b>%1 volumes by vendor</b><br>%2").arg(metric, mModels->subtitle());
}

bool VendorStackChart::updateValues()
{
    if (!mModels || !mValueAxis || mDrawnMetric != mOptions.metric ||
        mDrawnShares != showsShares() || shownYears() != std::pair { mYears, mColumns })
        return false;
    const QList<VendorGroup> groups =
        vendorGroups(mModels->shares(mOptions.metric), VendorShareModel::ColorRole,
                     VendorShareModel::VendorKeyRole, mOptions);
    if (groups.size() != mGroups.size())
        return false;
    for (int g = 0; g < groups.size(); ++g) {
        if (groups.at(g).key != mGroups.at(g).key || groups.at(g).name != mGroups.at(g).name ||
            groups.at(g).rows != mGroups.at(g).rows || groups.at(g).color != mGroups.at(g).color)
            return false;
    }
    const Values now = values();
    for (int g = 0; g < mGroups.size(); ++g) {
        // Squares come or go only with published figures, which an edit does not change.
        if ((mMarks.at(g) != nullptr) != !now.marks.at(g).isEmpty())
            return false;
    }
    for (int g = 0; g < mGroups.size(); ++g) {
        QBarSet *set = mSets.at(g);
        for (int y = 0; y < mYears.size(); ++y) {
            if (set->at(y) != now.bars.at(g).at(y))
                set->replace(y, now.bars.at(g).at(y));
        }
        if (QScatterSeries *marks = mMarks.at(g); marks && marks->points() != now.marks.at(g))
            marks->replace(now.marks.at(g));
    }
    setValueRange(now.highest);
    mTitle = title();
    updateTitle();
    return true;
}

void VendorStackChart::rebuild()
{
    QChart *chart = this->chart();
    ChartStyle::clearAndApply(chart);
    mGroups.clear();
    mYears.clear();
    mColumns.clear();
    mSets.clear();
    mMarks.clear();
    mValueAxis = nullptr;
    if (!mModels)
        return;
    const VendorShareModel *model = mModels->shares(mOptions.metric);
    std::tie(mYears, mColumns) = shownYears();
    mGroups =
        vendorGroups(model, VendorShareModel::ColorRole, VendorShareModel::VendorKeyRole, mOptions);
    mDrawnMetric = mOptions.metric;
    mDrawnShares = showsShares();
    const bool shares = mDrawnShares;
    const Values values = this->values();

    // Published marks follow their vendor's legend entry and are found again by this name.
    const auto publishedName = [this](const QString &vendor) {
        return ChartText::label(tr("%1 (published)").arg(vendor));
    };
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    QList<QScatterSeries *> published;
    for (int g = 0; g < mGroups.size(); ++g) {
        const VendorGroup &group = mGroups.at(g);
        auto *set = new QBarSet(ChartText::label(group.name));
        set->setColor(group.color);
        set->setBorderColor(group.color.darker(115));
        set->append(values.bars.at(g));
        bars->append(set);
        mSets << set;
        QScatterSeries *marks = nullptr;
        if (!values.marks.at(g).isEmpty()) {
            marks = new QScatterSeries;
            marks->setName(publishedName(group.name));
            followLegendEntry(marks, set->label());
            marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marks->setMarkerSize(10);
            marks->setColor(group.color.lighter(125));
            marks->setBorderColor(ChartStyle::isDark(palette()) ? Qt::white : Qt::black);
            marks->append(values.marks.at(g));
            published << marks;
        }
        mMarks << marks;
    }
    chart->addSeries(bars);

    auto *yearAxis = new QBarCategoryAxis;
    for (int year : std::as_const(mYears))
        yearAxis->append(QString::number(year));
    auto *valueAxis = new QValueAxis;
    mValueAxis = valueAxis;
    setValueRange(values.highest);
    if (shares) {
        valueAxis->setLabelFormat(QStringLiteral("%.0f %"));
        valueAxis->setTitleText(
            tr("Share of %1")
                .arg(mOptions.metric == Metric::ComputeWafers        ? tr("AI compute wafers")
                         : mOptions.metric == Metric::AllLogicWafers ? tr("all logic wafers")
                                                                     : tr("CoWoS wafers")));
    } else {
        valueAxis->setLabelFormat(QStringLiteral("%.0f"));
        valueAxis->setTitleText(mOptions.metric == Metric::ComputeWafers
                                    ? tr("AI compute (logic) wafers per year")
                                    : mOptions.metric == Metric::AllLogicWafers
                                    ? tr("All logic wafers per year (I/O dies included)")
                                    : tr("CoWoS wafers per year"));
    }
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(yearAxis);
    bars->attachAxis(valueAxis);
    for (QScatterSeries *marks : std::as_const(published)) {
        chart->addSeries(marks);
        marks->attachAxis(yearAxis);
        marks->attachAxis(valueAxis);
        for (QLegendMarker *marker : chart->legend()->markers(marks))
            marker->setVisible(false);
        const int group = static_cast<int>(mMarks.indexOf(marks));
        connect(marks, &QScatterSeries::hovered, this,
                [this, group](const QPointF &point, bool state) {
                    showToolTip(state ? barToolTip(group, static_cast<int>(std::lround(point.x())))
                                      : QString());
                });
    }
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        showToolTip(state ? barToolTip(static_cast<int>(mSets.indexOf(set)), index) : QString());
    });

    mTitle = title();
    chart->legend()->setAlignment(Qt::AlignBottom);
    finishRebuild();
    updateTitle();
}

void VendorStackChart::hiddenSeriesChanged()
{
    updateTitle();
}

void VendorStackChart::updateTitle()
{
    QStringList hidden;
    for (const VendorGroup &group : std::as_const(mGroups)) {
        if (hiddenSeries().contains(ChartText::shownText(ChartText::label(group.name))))
            hidden << ChartText::inMarkup(group.name);
    }
    // Re-normalising would change every other vendor's share as the legend is clicked; a share
    // of all vendors' wafers is what the article and the published squares give.
    if (showsShares() && !hidden.isEmpty())
        chart()->setTitle(tr("%1<br><i>Hidden: %2. The other shares are not re-normalised: each "
                             "stays a share of all vendors' wafers.</i>")
                              .arg(mTitle, hidden.join(QStringLiteral(", "))));
    else
        chart()->setTitle(mTitle);
}

} // namespace ws
