// SPDX-License-Identifier: MIT
#include "vendorstackchart.h"

#include "chartstyle.h"
#include "charttext.h"
#include "models/chartmodels.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"

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

void VendorStackChart::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(chart);
    mGroups.clear();
    mYears.clear();
    mColumns.clear();
    if (!mModels)
        return;
    const VendorShareModel *model = mModels->shares(mOptions.metric);
    const QList<int> years = model->years();
    for (int i = 0; i < years.size(); ++i) {
        const int year = years.at(i);
        if ((mOptions.firstYear && year < mOptions.firstYear) ||
            (mOptions.lastYear && year > mOptions.lastYear))
            continue;
        mYears << year;
        mColumns << model->columnForYear(year);
    }
    mGroups =
        vendorGroups(model, VendorShareModel::ColorRole, VendorShareModel::VendorKeyRole, mOptions);
    const bool shares = showsShares();
    const bool absolute = !shares;

    // Published marks follow their vendor's legend entry and are found again by this name.
    const auto publishedName = [this](const QString &vendor) {
        return ChartText::label(tr("%1 (published)").arg(vendor));
    };
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    QList<QScatterSeries *> published;
    double highest = 0.0;
    std::vector<double> lower(mYears.size(), 0.0);
    for (const VendorGroup &group : std::as_const(mGroups)) {
        auto *set = new QBarSet(ChartText::label(group.name));
        set->setColor(group.color);
        set->setBorderColor(group.color.darker(115));
        auto *marks = new QScatterSeries;
        marks->setName(publishedName(group.name));
        followLegendEntry(marks, set->label());
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(10);
        marks->setColor(group.color.lighter(125));
        marks->setBorderColor(ChartStyle::isDark(palette()) ? Qt::white : Qt::black);
        for (int y = 0; y < mYears.size(); ++y) {
            const double v =
                value(group, mColumns.at(y),
                      absolute ? int(VendorShareModel::WafersRole) : int(Qt::DisplayRole));
            set->append(v);
            if (shares && group.rows.size() == 1) {
                const QVariant reported = model->index(group.rows.first(), mColumns.at(y))
                                              .data(VendorShareModel::ReportedShareRole);
                // The square sits where this vendor's band would end with the published share.
                if (reported.isValid())
                    marks->append(y, lower[y] + reported.toDouble());
            }
            lower[y] += v;
            highest = std::max(highest, lower[y]);
        }
        bars->append(set);
        if (marks->count() > 0)
            published << marks;
        else
            delete marks;
    }
    chart->addSeries(bars);

    auto *yearAxis = new QBarCategoryAxis;
    for (int year : std::as_const(mYears))
        yearAxis->append(QString::number(year));
    auto *valueAxis = new QValueAxis;
    if (shares) {
        valueAxis->setRange(0, 100);
        valueAxis->setLabelFormat(QStringLiteral("%.0f %"));
        valueAxis->setTitleText(
            tr("Share of %1")
                .arg(mOptions.metric == Metric::ComputeWafers        ? tr("AI compute wafers")
                         : mOptions.metric == Metric::AllLogicWafers ? tr("all logic wafers")
                                                                     : tr("CoWoS wafers")));
    } else {
        valueAxis->setRange(0, highest > 0 ? highest * 1.08 : 1);
        valueAxis->applyNiceNumbers();
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
        const int group =
            static_cast<int>(std::find_if(mGroups.cbegin(), mGroups.cend(),
                                          [&](const VendorGroup &g) {
                                              return marks->name() == publishedName(g.name);
                                          }) -
                             mGroups.cbegin());
        connect(marks, &QScatterSeries::hovered, this,
                [this, group](const QPointF &point, bool state) {
                    showToolTip(state ? barToolTip(group, static_cast<int>(std::lround(point.x())))
                                      : QString());
                });
    }
    connect(bars, &QStackedBarSeries::hovered, this, [this](bool state, int index, QBarSet *set) {
        const int group =
            static_cast<int>(std::find_if(mGroups.cbegin(), mGroups.cend(),
                                          [set](const VendorGroup &g) {
                                              return ChartText::label(g.name) == set->label();
                                          }) -
                             mGroups.cbegin());
        showToolTip(state ? barToolTip(group, index) : QString());
    });

    const QString metric = mOptions.metric == Metric::ComputeWafers ? tr("AI compute wafer")
        : mOptions.metric == Metric::AllLogicWafers                 ? tr("all logic wafer")
                                                                    : tr("CoWoS wafer");
    mTitle = shares ? tr("<b>%1 share by vendor</b><br>%2 — squares: published shares")
                          .arg(metric, mModels->subtitle())
                    : tr("<b>%1 volumes by vendor</b><br>%2").arg(metric, mModels->subtitle());
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
