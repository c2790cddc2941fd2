// SPDX-License-Identifier: MIT
#include "calibrationpage.h"
#include "fitpreviewdialog.h"
#include "noticestyle.h"

#include "core/calibration.h"
#include "core/localname.h"
#include "models/calibrationmodel.h"
#include "models/capacitymodel.h"
#include "models/workbook.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ws {

namespace {

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
    , mMessage(new QLabel(this))
{
    // Messages quote names as typed; a QLabel would guess they are markup.
    mMessage->setTextFormat(Qt::PlainText);
    auto *fit = new QPushButton(tr("&Fit Units to Published Figures…"), this);
    fit->setToolTip(tr("Fit the units of the programs to the shares and volumes one edition of "
                       "a report published. A preview shows every change and residual first; "
                       "nothing changes until you apply it, and Edit ▸ Undo takes it back."));
    connect(fit, &QPushButton::clicked, this, &CalibrationPage::fitUnits);

    auto *bar = new QHBoxLayout;
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
    auto *dialog = new FitPreviewDialog(mWorkbook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyFit(dialog->fit()); });
    dialog->open();
}

void CalibrationPage::applyFit(const CalibrationFit &fit)
{
    const QString error = mWorkbook->applyFit(fit);
    mMessage->setStyleSheet(noticeStyleSheet(error.isEmpty() ? Notice::Info : Notice::Warning));
    mMessage->setText(
        error.isEmpty()
            ? tr("Units of %1 fitted to %2: weighted cost %3 → %4. Edit ▸ Undo "
                 "takes the fit back.")
                  .arg(mWorkbook->scenarioName(),
                       fit.vintage.isEmpty() ? tr("the figures without a vintage") : fit.vintage,
                       QLocale().toString(fit.costBefore, 'f', 2),
                       QLocale().toString(fit.costAfter, 'f', 2))
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
}

} // namespace ws
