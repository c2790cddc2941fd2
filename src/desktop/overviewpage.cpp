// SPDX-License-Identifier: MIT
#include "overviewpage.h"
#include "noticestyle.h"

#include "charts/sharedonutchart.h"
#include "charts/sharehistorychart.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"
#include "scenarioselector.h"
#include "ui_overviewpage.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

namespace ws {

namespace {

constexpr int defaultYear = 2026; // the year of the source article's split

/** Shows shares as "55.0 %" while the model keeps the number for charts and sorting. */
class PercentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.userType() == QMetaType::Double)
            return locale.toString(value.toDouble(), 'f', 1) + QStringLiteral(" %");
        return QStyledItemDelegate::displayText(value, locale);
    }
};

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , mUi(std::make_unique<Ui::OverviewPage>())
    , mShareModel(new VendorShareModel(this))
{
    mUi->setupUi(this);
    mUi->problemsLabel->setStyleSheet(noticeStyleSheet(Notice::Warning));
    mUi->metricCombo->addItem(tr("AI compute wafers"), static_cast<int>(Metric::ComputeWafers));
    mUi->metricCombo->addItem(tr("All logic wafers (I/O dies included)"),
                              static_cast<int>(Metric::AllLogicWafers));
    mUi->metricCombo->addItem(tr("CoWoS wafers"), static_cast<int>(Metric::CowosWafers));

    mUi->donutChart->setModel(mShareModel);
    mUi->historyChart->setModel(mShareModel);
    mUi->shareTable->setModel(mShareModel);
    mUi->shareTable->setItemDelegate(new PercentDelegate(mUi->shareTable));
    mUi->shareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mUi->chartSplitter->setStretchFactor(0, 2);
    mUi->chartSplitter->setStretchFactor(1, 3);
    mUi->pageSplitter->setStretchFactor(0, 3);
    mUi->pageSplitter->setStretchFactor(1, 1);

    connect(mUi->yearCombo, &QComboBox::currentIndexChanged, this,
            [this] { mUi->donutChart->setYear(mUi->yearCombo->currentData().toInt()); });
    connect(mUi->metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        mShareModel->setMetric(static_cast<Metric>(mUi->metricCombo->currentData().toInt()));
        mUi->donutChart->setYear(year());
    });
}

OverviewPage::~OverviewPage() = default;

ShareDonutChart *OverviewPage::donutChart() const
{
    return mUi->donutChart;
}

ShareHistoryChart *OverviewPage::historyChart() const
{
    return mUi->historyChart;
}

void OverviewPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mShareModel->setWorkbook(workbook);
    mUi->scenarioCombo->setWorkbook(workbook);
    if (mWorkbook)
        connect(mWorkbook, &Workbook::forecastChanged, this, &OverviewPage::showProblems);
    refillSelectors();
    showProblems();
}

void OverviewPage::setYear(int year)
{
    const int index = mUi->yearCombo->findData(year);
    if (index >= 0)
        mUi->yearCombo->setCurrentIndex(index);
}

int OverviewPage::year() const
{
    return mUi->yearCombo->currentData().toInt();
}

void OverviewPage::refillSelectors()
{
    {
        const QSignalBlocker blocker(mUi->scenarioCombo);
        mUi->scenarioCombo->clear();
        if (mWorkbook) {
            for (const Scenario &scenario : mWorkbook->scenarios())
                mUi->scenarioCombo->addItem(scenario.name, scenario.id);
            mUi->scenarioCombo->setCurrentIndex(
                mUi->scenarioCombo->findData(mWorkbook->scenarioId()));
        }
    }
    const int previousYear = year();
    {
        const QSignalBlocker blocker(mUi->yearCombo);
        mUi->yearCombo->clear();
        for (int y : mShareModel->years())
            mUi->yearCombo->addItem(QString::number(y), y);
    }
    const int wanted = mUi->yearCombo->findData(previousYear) >= 0 ? previousYear : defaultYear;
    const int index = mUi->yearCombo->findData(wanted);
    mUi->yearCombo->setCurrentIndex(index >= 0 ? index : mUi->yearCombo->count() - 1);
    mUi->donutChart->setYear(year());
}

void OverviewPage::showProblems()
{
    const QStringList problems = mWorkbook ? mWorkbook->problems() : QStringList();
    QStringList lines;
    if (!problems.isEmpty()) {
        lines << tr("Some assumptions of this scenario are missing or invalid, so their wafers "
                    "are not counted: %1")
                     .arg(problems.mid(0, 5).join(QStringLiteral("; ")));
    }
    if (mWorkbook && !mWorkbook->capacityWarning().isEmpty())
        lines << mWorkbook->capacityWarning();
    mUi->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    mUi->problemsLabel->setVisible(!lines.isEmpty());
}

QString OverviewPage::warningText() const
{
    return mUi->problemsLabel->isVisibleTo(this) ? mUi->problemsLabel->text() : QString();
}

} // namespace ws
