// SPDX-License-Identifier: MIT
#include "calibrationpage.h"
#include "noticestyle.h"

#include "core/calibration.h"
#include "core/localname.h"
#include "models/calibrationmodel.h"
#include "models/capacitymodel.h"
#include "models/workbook.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ws {

namespace {

constexpr int defaultYear = 2026;

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

CalibrationPage::CalibrationPage(QWidget *parent)
    : QWidget(parent)
    , mModel(new CalibrationModel(this))
    , mCapacity(new CapacityModel(this))
    , mYear(new QComboBox(this))
    , mMetric(new QComboBox(this))
    , mMessage(new QLabel(this))
{
    // Messages quote names as typed; a QLabel would guess they are markup.
    mMessage->setTextFormat(Qt::PlainText);
    mMetric->addItem(tr("AI compute wafer shares"), static_cast<int>(Metric::ComputeWafers));
    mMetric->addItem(tr("CoWoS shares"), static_cast<int>(Metric::CowosWafers));
    auto *fit = new QPushButton(tr("&Fit units to published shares"), this);
    fit->setToolTip(tr("Scale each vendor's units in the chosen year so that its modelled share "
                       "equals the published one; vendors without a published share keep "
                       "theirs. One step: Edit ▸ Undo takes it back."));
    connect(fit, &QPushButton::clicked, this, &CalibrationPage::fitUnits);

    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(mYear);
    bar->addWidget(yearLabel);
    bar->addWidget(mYear);
    bar->addWidget(mMetric);
    bar->addWidget(fit);
    bar->addStretch(1);

    mMessage->setWordWrap(true);
    mMessage->setVisible(false);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(mModel);
    QTableView *calibration =
        readOnlyTable(sorted, tr("Published figures beside the modelled ones"), this);
    calibration->setSortingEnabled(true);
    calibration->sortByColumn(-1, Qt::AscendingOrder);

    auto *capacityBox =
        new QGroupBox(tr("CoWoS demand of the scenario against recorded capacity"), this);
    auto *capacityLayout = new QVBoxLayout(capacityBox);
    capacityLayout->addWidget(readOnlyTable(mCapacity, capacityBox->title(), capacityBox));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(calibration);
    splitter->addWidget(capacityBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mMessage);
    layout->addWidget(splitter, 1);
}

QString CalibrationPage::message() const
{
    return mMessage->isVisible() ? mMessage->text() : QString();
}

void CalibrationPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mCapacity->setWorkbook(workbook);
    if (mWorkbook)
        connect(mWorkbook, &Workbook::forecastChanged, this, &CalibrationPage::refresh);
    refresh();
}

void CalibrationPage::fitUnits()
{
    if (!mWorkbook)
        return;
    const int year = mYear->currentData().toInt();
    const QString error = mWorkbook->fitUnitsToReportedShares(
        year, static_cast<Metric>(mMetric->currentData().toInt()));
    mMessage->setStyleSheet(noticeStyleSheet(error.isEmpty() ? Notice::Info : Notice::Warning));
    mMessage->setText(error.isEmpty()
                          ? tr("Units of %1 in %2 scaled to the published shares. Edit ▸ Undo "
                               "takes the fit back.")
                                .arg(year)
                                .arg(mWorkbook->scenarioName())
                          : tr("No fit — %1").arg(error));
    mMessage->setVisible(true);
}

void CalibrationPage::refresh()
{
    if (!mWorkbook) {
        mModel->setRows({}, {}, {});
        return;
    }
    const ForecastInput &input = mWorkbook->input();
    mModel->setRows(compareWithReported(input, mWorkbook->result(), mWorkbook->reportedValues()),
                    shownNames(input.vendors), mWorkbook->sourceTitles());

    {
        const QSignalBlocker blocker(mYear);
        const int year = mYear->count() ? mYear->currentData().toInt() : defaultYear;
        mYear->clear();
        for (int y : input.years)
            mYear->addItem(QString::number(y), y);
        const int index = mYear->findData(year);
        mYear->setCurrentIndex(index >= 0 ? index : mYear->count() - 1);
    }
}

} // namespace ws
