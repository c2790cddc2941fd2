// SPDX-License-Identifier: MIT
#include "sensitivitypage.h"

#include "charts/tornadochart.h"
#include "core/localname.h"
#include "core/sensitivity.h"
#include "models/sensitivitymodel.h"
#include "models/workbook.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ws {

namespace {

constexpr int defaultYear = 2026;
const QString defaultVendor = QStringLiteral("AWS");

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

SensitivityPage::SensitivityPage(QWidget *parent)
    : QWidget(parent)
    , mModel(new SensitivityModel(this))
    , mChart(new TornadoChart(this))
    , mTable(new QTableView(this))
    , mVendor(new QComboBox(this))
    , mYear(new QComboBox(this))
    , mMetric(new QComboBox(this))
    , mStep(new QDoubleSpinBox(this))
{
    mMetric->addItem(tr("AI compute wafers"), static_cast<int>(Metric::ComputeWafers));
    mMetric->addItem(tr("All logic wafers (I/O dies included)"),
                     static_cast<int>(Metric::AllLogicWafers));
    mMetric->addItem(tr("CoWoS wafers"), static_cast<int>(Metric::CowosWafers));
    mVendor->setObjectName(QStringLiteral("sensitivityVendor"));
    mStep->setRange(1, 100);
    mStep->setDecimals(0);
    mStep->setSuffix(QStringLiteral(" %"));
    mStep->setPrefix(QStringLiteral("± "));
    mStep->setValue(20);

    auto *bar = new QHBoxLayout;
    bar->addWidget(buddyLabel(tr("&Vendor:"), mVendor, this));
    bar->addWidget(mVendor);
    bar->addSpacing(12);
    bar->addWidget(buddyLabel(tr("&Year:"), mYear, this));
    bar->addWidget(mYear);
    bar->addSpacing(12);
    bar->addWidget(buddyLabel(tr("&Metric:"), mMetric, this));
    bar->addWidget(mMetric);
    bar->addSpacing(12);
    bar->addWidget(buddyLabel(tr("&Step:"), mStep, this));
    bar->addWidget(mStep);
    bar->addStretch(1);

    mChart->setModel(mModel);
    mTable->setModel(mModel);
    mTable->setAccessibleName(tr("How far each input moves the vendor's share"));
    mTable->setAlternatingRowColors(true);
    mTable->verticalHeader()->setVisible(false);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mChart);
    splitter->addWidget(mTable);
    // Fifteen labelled bars need about 28 px each to keep their labels whole.
    mChart->setMinimumHeight(440);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    for (QComboBox *combo : { mVendor, mYear, mMetric })
        connect(combo, &QComboBox::currentIndexChanged, this, &SensitivityPage::recompute);
    connect(mStep, &QDoubleSpinBox::valueChanged, this, &SensitivityPage::recompute);
}

void SensitivityPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        connect(mWorkbook, &Workbook::forecastChanged, this, [this] {
            refillChoices();
            recompute();
        });
    }
    refillChoices();
    recompute();
}

void SensitivityPage::choose(const QString &vendor, int year, double stepPercent)
{
    mVendor->setCurrentIndex(mVendor->findData(vendor));
    mYear->setCurrentIndex(mYear->findData(year));
    mStep->setValue(stepPercent);
}

void SensitivityPage::refillChoices()
{
    const QSignalBlocker vendorBlocker(mVendor);
    const QSignalBlocker yearBlocker(mYear);
    const QString vendor = mVendor->count() ? mVendor->currentData().toString() : defaultVendor;
    const int year = mYear->count() ? mYear->currentData().toInt() : defaultYear;
    mVendor->clear();
    mYear->clear();
    if (!mWorkbook)
        return;
    for (const Vendor &v : mWorkbook->input().vendors)
        mVendor->addItem(shownName(v), v.name);
    for (int y : mWorkbook->input().years)
        mYear->addItem(QString::number(y), y);
    mVendor->setCurrentIndex(std::max(0, mVendor->findData(vendor)));
    const int yearIndex = mYear->findData(year);
    mYear->setCurrentIndex(yearIndex >= 0 ? yearIndex : mYear->count() - 1);
}

void SensitivityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        recomputeNow();
}

void SensitivityPage::recompute()
{
    mStale = true;
    if (isVisible())
        recomputeNow();
}

void SensitivityPage::recomputeNow()
{
    mStale = false;
    if (!mWorkbook || mVendor->currentIndex() < 0 || mYear->currentIndex() < 0) {
        mModel->clear();
        return;
    }
    const ForecastInput &input = mWorkbook->input();
    const int vendor = input.vendorIndex(mVendor->currentData().toString());
    const int year = input.yearIndex(mYear->currentData().toInt());
    const auto metric = static_cast<Metric>(mMetric->currentData().toInt());
    if (vendor < 0 || year < 0) {
        mModel->clear();
        return;
    }
    const QList<SensitivityRow> rows =
        SensitivityAnalysis::run(input, vendor, year, metric, mStep->value());
    mModel->setResult(input, rows, mWorkbook->result().sharePercent(metric, vendor, year),
                      shownName(input.vendors.at(vendor)), input.years.at(year), metric,
                      mStep->value());
}

} // namespace ws
