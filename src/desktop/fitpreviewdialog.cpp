// SPDX-License-Identifier: MIT
#include "fitpreviewdialog.h"

#include "core/localname.h"
#include "core/metric.h"
#include "models/workbook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ws {

namespace {

QString metricLabel(const QString &metric)
{
    if (metric == reportedShareMetric(Metric::ComputeWafers))
        return FitPreviewDialog::tr("Compute-wafer share");
    if (metric == reportedShareMetric(Metric::CowosWafers))
        return FitPreviewDialog::tr("CoWoS share");
    if (metric == metricName(Metric::ComputeWafers))
        return FitPreviewDialog::tr("Compute wafers");
    if (metric == metricName(Metric::CowosWafers))
        return FitPreviewDialog::tr("CoWoS wafers");
    if (metric == QLatin1String("units"))
        return FitPreviewDialog::tr("Units");
    return metric;
}

QString vintageLabel(const QString &vintage)
{
    return vintage.isEmpty() ? FitPreviewDialog::tr("(figures without a vintage)") : vintage;
}

QTableWidget *previewTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, headers.size(), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Table items hold plain text: names are shown as typed, never as markup.
void setCell(QTableWidget *table, int row, int column, const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, column, item);
}

QString signedNumber(double value, int decimals)
{
    const QString text = QLocale().toString(value, 'f', decimals);
    return value > 0.0 ? QLatin1Char('+') + text : text;
}

} // namespace

FitPreviewDialog::FitPreviewDialog(const Workbook *workbook, QWidget *parent)
    : QDialog(parent)
    , mWorkbook(workbook)
    , mVintage(new QComboBox(this))
    , mYear(new QComboBox(this))
    , mWeights(new QLabel(this))
    , mSummary(new QLabel(this))
    , mLeftOut(new QLabel(this))
{
    setWindowTitle(tr("Fit Units to Published Figures"));
    mVintage->setObjectName(QStringLiteral("fitVintage"));
    mYear->setObjectName(QStringLiteral("fitYear"));
    for (const QString &vintage : fitVintages(mWorkbook->reportedValues()))
        mVintage->addItem(vintageLabel(vintage), vintage);
    // The newest edition is the one an analyst usually fits to; figures are read oldest first.
    mVintage->setCurrentIndex(mVintage->count() - 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Vintage:"), mVintage);
    form->addRow(tr("&Year:"), mYear);

    for (QLabel *label : { mWeights, mSummary, mLeftOut }) {
        // Vintages, scopes and vendor names are shown as typed, never as markup.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    const FitWeights weights;
    mWeights->setText(
        tr("The fit changes the units of the programs that ship in the chosen years so that "
           "the vintage's shares and volumes are met together, by least squares. Weights: %1 "
           "per percentage point of a share residual, %2 per percent of a volume residual; the "
           "cost is the sum of the squared weighted residuals plus λ = %3 × (ln(new ÷ old))² "
           "per program, divided by the number of its vendor's programs, which keeps units close "
           "to "
           "today's where the figures do not decide. "
           "Units are rounded to whole packages; a program with none keeps none.")
            .arg(QLocale().toString(weights.perSharePoint),
                 QLocale().toString(weights.perVolumePercent),
                 QLocale().toString(weights.regularisation)));

    mChanges = previewTable({ tr("Program"), tr("Vendor"), tr("Year"), tr("Units now"),
                              tr("Units after"), tr("Change") },
                            tr("Units the fit would change"), this);
    mTargets = previewTable({ tr("Vendor"), tr("Year"), tr("Metric"), tr("Scope"), tr("Published"),
                              tr("Modelled now"), tr("Modelled after"), tr("Residual now"),
                              tr("Residual after"), tr("Weight") },
                            tr("Published figures with their residuals before and after"), this);

    auto *changesBox = new QGroupBox(tr("Units it would change"), this);
    (new QVBoxLayout(changesBox))->addWidget(mChanges);
    auto *targetsBox =
        new QGroupBox(tr("Published figures: residual in points for shares, in percent of the "
                         "published value for volumes"),
                      this);
    (new QVBoxLayout(targetsBox))->addWidget(mTargets);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(changesBox);
    splitter->addWidget(targetsBox);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mApply = buttons->addButton(tr("&Apply Fit"), QDialogButtonBox::AcceptRole);
    mApply->setToolTip(tr("Writes the units shown as one step: Edit ▸ Undo takes it back."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mWeights);
    layout->addWidget(mSummary);
    layout->addWidget(splitter, 1);
    layout->addWidget(mLeftOut);
    layout->addWidget(buttons);

    connect(mVintage, &QComboBox::currentIndexChanged, this, [this] {
        fillYears();
        preview();
    });
    connect(mYear, &QComboBox::currentIndexChanged, this, &FitPreviewDialog::preview);
    fillYears();
    preview();
    resize(980, 620);
}

void FitPreviewDialog::choose(const QString &vintage, int year)
{
    const int vintageIndex = mVintage->findData(vintage);
    if (vintageIndex < 0)
        return;
    {
        const QSignalBlocker blocker(mVintage);
        mVintage->setCurrentIndex(vintageIndex);
    }
    fillYears();
    {
        const QSignalBlocker blocker(mYear);
        mYear->setCurrentIndex(std::max(0, mYear->findData(year)));
    }
    preview();
}

QString FitPreviewDialog::summary() const
{
    return mSummary->text();
}

void FitPreviewDialog::fillYears()
{
    const QSignalBlocker blocker(mYear);
    mYear->clear();
    const QList<int> years =
        vintageYears(mWorkbook->reportedValues(), mVintage->currentData().toString());
    if (years.size() != 1)
        mYear->addItem(tr("Every year it covers"), 0);
    for (int year : years)
        mYear->addItem(QString::number(year), year);
}

void FitPreviewDialog::preview()
{
    mFit = mVintage->count() > 0
        ? mWorkbook->previewFit(mVintage->currentData().toString(), mYear->currentData().toInt())
        : CalibrationFit {};
    if (mVintage->count() == 0)
        mFit.problem = tr("the workbook holds no published figures.");

    const QLocale locale;
    if (!mFit.problem.isEmpty()) {
        mSummary->setText(tr("Nothing to apply: %1").arg(mFit.problem));
    } else {
        mSummary->setText(
            tr("Units cells of %1 to change: %2. Weighted cost %3 → %4 (of which %5 for moving "
               "units away from today's).")
                .arg(mWorkbook->scenarioName(), locale.toString(mFit.cells.size()),
                     locale.toString(mFit.costBefore, 'f', 2),
                     locale.toString(mFit.costAfter, 'f', 2),
                     locale.toString(mFit.regularisationAfter, 'f', 2)));
    }
    mLeftOut->setText(mFit.leftOut.isEmpty()
                          ? QString()
                          : tr("Left out of the fit: %1").arg(mFit.leftOut.join(QLatin1Char(' '))));
    mLeftOut->setVisible(!mFit.leftOut.isEmpty());
    mApply->setEnabled(!mFit.cells.isEmpty());
    showChanges();
    showTargets();
}

void FitPreviewDialog::showChanges()
{
    const ForecastInput &input = mWorkbook->input();
    const QStringList vendorNames = shownNames(input.vendors);
    const QLocale locale;
    mChanges->setRowCount(static_cast<int>(mFit.cells.size()));
    for (int row = 0; row < mFit.cells.size(); ++row) {
        const FitCell &cell = mFit.cells[row];
        const int vendor = input.programVendorIndex[cell.programIndex];
        setCell(mChanges, row, 0, input.programs.at(cell.programIndex).name);
        setCell(mChanges, row, 1, vendor >= 0 ? vendorNames.at(vendor) : QString());
        setCell(mChanges, row, 2, QString::number(cell.year), true);
        setCell(mChanges, row, 3, locale.toString(cell.oldUnits, 'f', 0), true);
        setCell(mChanges, row, 4, locale.toString(cell.newUnits, 'f', 0), true);
        setCell(mChanges, row, 5,
                tr("%1 %").arg(signedNumber(100.0 * (cell.newUnits / cell.oldUnits - 1.0), 1)),
                true);
    }
}

void FitPreviewDialog::showTargets()
{
    const QStringList vendorNames = shownNames(mWorkbook->input().vendors);
    const QLocale locale;
    mTargets->setRowCount(static_cast<int>(mFit.targets.size()));
    for (int row = 0; row < mFit.targets.size(); ++row) {
        const FitTarget &target = mFit.targets[row];
        const auto value = [&](double v) {
            return target.isShare ? tr("%1 %").arg(locale.toString(v, 'f', 2))
                                  : locale.toString(v, 'f', 0);
        };
        const auto residual = [&](double r) {
            return target.isShare ? tr("%1 pp").arg(signedNumber(r, 2))
                                  : tr("%1 %").arg(signedNumber(r, 1));
        };
        setCell(mTargets, row, 0,
                target.vendorIndex >= 0 ? vendorNames.at(target.vendorIndex) : tr("All vendors"));
        setCell(mTargets, row, 1, QString::number(target.year), true);
        setCell(mTargets, row, 2, metricLabel(target.metric));
        setCell(mTargets, row, 3, target.scope.isEmpty() ? tr("total") : target.scope);
        setCell(mTargets, row, 4, value(target.published), true);
        setCell(mTargets, row, 5, value(target.modelledBefore), true);
        setCell(mTargets, row, 6, value(target.modelledAfter), true);
        setCell(mTargets, row, 7, residual(target.residualBefore), true);
        setCell(mTargets, row, 8, residual(target.residualAfter), true);
        setCell(mTargets, row, 9,
                target.isShare ? tr("%1 per point").arg(locale.toString(target.weight))
                               : tr("%1 per percent").arg(locale.toString(target.weight)),
                true);
    }
}

} // namespace ws
