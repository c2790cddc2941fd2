// SPDX-License-Identifier: MIT
#include "calibrationpage.h"
#include "fitpreviewdialog.h"
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

// The calibration rows of one kind ("share" or "volume"), sortable by any column.
QSortFilterProxyModel *rowsOfKind(CalibrationModel *model, const QString &kind, QObject *parent)
{
    auto *filtered = new QSortFilterProxyModel(parent);
    filtered->setSourceModel(model);
    filtered->setFilterRole(CalibrationModel::KindRole);
    filtered->setFilterFixedString(kind);
    return filtered;
}

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a row: long source titles are cut with an ellipsis and shown whole in tooltips.
    table->setWordWrap(false);
    // Rows as tall as a line of text: the style's default spends a third of them on padding,
    // and at 1366 × 768 the two calibration tables then showed five rows each.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
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
    , mVintage(new QComboBox(this))
    , mMessage(new QLabel(this))
{
    // Messages quote names as typed; a QLabel would guess they are markup.
    mMessage->setTextFormat(Qt::PlainText);
    auto *fit = new QPushButton(tr("&Fit Units to Published Figures…"), this);
    fit->setToolTip(tr("Fit the units of the programs to the shares and volumes one edition of "
                       "a report published. A preview shows every change and residual first; "
                       "nothing changes until you apply it, and Edit ▸ Undo takes it back."));
    connect(fit, &QPushButton::clicked, this, &CalibrationPage::fitUnits);

    mVintage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mVintage->setToolTip(tr("Show the figures of one edition of a report, or of every edition"));
    connect(mVintage, &QComboBox::currentIndexChanged, this, &CalibrationPage::refresh);

    auto *bar = new QHBoxLayout;
    auto *vintageLabel = new QLabel(tr("&Vintage:"), this);
    vintageLabel->setBuddy(mVintage);
    bar->addWidget(vintageLabel);
    bar->addWidget(mVintage);
    bar->addSpacing(12);
    bar->addWidget(fit);
    bar->addStretch(1);

    mMessage->setWordWrap(true);
    mMessage->setVisible(false);

    // Shares and volumes apart: a share's residual is in points of the market, a volume's in
    // percent of the published figure, and only volumes have a scope.
    auto *sharesBox = new QGroupBox(tr("Published shares (residual in percentage points)"), this);
    mShares = readOnlyTable(rowsOfKind(mModel, QStringLiteral("share"), this), sharesBox->title(),
                            sharesBox);
    mShares->setColumnHidden(CalibrationModel::ScopeColumn, true); // shares are of totals
    mShares->setColumnHidden(CalibrationModel::ResidualPercentColumn, true);
    auto *sharesLayout = new QVBoxLayout(sharesBox);
    sharesLayout->addWidget(mShares);

    auto *volumesBox = new QGroupBox(
        tr("Published volumes: wafers and units of a vendor, of all vendors or of named "
           "programs"),
        this);
    mVolumes = readOnlyTable(rowsOfKind(mModel, QStringLiteral("volume"), this),
                             volumesBox->title(), volumesBox);
    auto *volumesLayout = new QVBoxLayout(volumesBox);
    volumesLayout->addWidget(mVolumes);
    for (QTableView *table : { mShares, mVolumes }) {
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder);
    }

    auto *capacityBox =
        new QGroupBox(tr("CoWoS demand of the scenario against recorded capacity"), this);
    auto *capacityLayout = new QVBoxLayout(capacityBox);
    capacityLayout->addWidget(readOnlyTable(mCapacity, capacityBox->title(), capacityBox));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(sharesBox);
    splitter->addWidget(volumesBox);
    splitter->addWidget(capacityBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
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

QString CalibrationPage::vintage() const
{
    return mVintage->currentData().toString();
}

void CalibrationPage::setVintage(const QString &vintage)
{
    const int index = mVintage->findData(vintage);
    if (index >= 0)
        mVintage->setCurrentIndex(index);
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
    refreshVintages();
    if (!mWorkbook) {
        mModel->setRows({}, {}, {});
        return;
    }
    const ForecastInput &input = mWorkbook->input();
    const QString shown = vintage();
    QList<ReportedValue> reported = mWorkbook->reportedValues();
    if (!shown.isEmpty())
        reported.removeIf([&](const ReportedValue &value) { return value.vintage != shown; });
    mModel->setRows(compareWithReported(input, mWorkbook->result(), reported),
                    shownNames(input.vendors), mWorkbook->sourceTitles());
    // One vintage chosen: its name on every row says nothing.
    for (QTableView *table : { mShares, mVolumes })
        table->setColumnHidden(CalibrationModel::VintageColumn, !shown.isEmpty());
}

void CalibrationPage::refreshVintages()
{
    // Rebuilt from the workbook's figures, keeping the choice while it still exists.
    const QSignalBlocker blocker(mVintage);
    const QString chosen = vintage();
    mVintage->clear();
    mVintage->addItem(tr("All vintages"), QString());
    if (mWorkbook) {
        for (const QString &vintage : reportedVintages(mWorkbook->reportedValues()))
            mVintage->addItem(vintage, vintage);
    }
    const int index = mVintage->findData(chosen);
    mVintage->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace ws
