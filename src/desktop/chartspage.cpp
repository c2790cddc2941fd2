// SPDX-License-Identifier: MIT
#include "chartspage.h"
#include "plainmessagebox.h"

#include "charts/chartfactory.h"
#include "charts/forecastchartview.h"
#include "core/localname.h"
#include "exportchartdialog.h"
#include "models/chartmodels.h"
#include "models/workbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ws {

namespace {

const QString settingsGroup = QStringLiteral("charts");

QListWidget *checkList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setMaximumHeight(130);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

} // namespace

ChartsPage::ChartsPage(QWidget *parent)
    : QWidget(parent)
    , mModels(new ChartModels(this))
    , mStack(new QStackedWidget(this))
{
    buildControls();
    loadOptions();
}

ChartsPage::~ChartsPage()
{
    saveOptions();
}

void ChartsPage::buildControls()
{
    auto *panel = new QWidget(this);
    auto *form = new QVBoxLayout(panel);
    form->setContentsMargins(0, 0, 0, 0);

    mTypes = new QListWidget(panel);
    mTypes->setObjectName(QStringLiteral("chartTypes"));
    mTypes->setAccessibleName(tr("Chart"));
    for (ChartType type : allChartTypes()) {
        auto *item = new QListWidgetItem(chartTypeTitle(type), mTypes);
        item->setData(Qt::UserRole, static_cast<int>(type));
    }
    mTypes->setMaximumHeight(mTypes->sizeHintForRow(0) * mTypes->count() + 6);
    form->addWidget(new QLabel(tr("<b>Chart</b>"), panel));
    form->addWidget(mTypes);

    auto *options = new QFormLayout;
    mMetric = new QComboBox(panel);
    mMetric->addItem(tr("AI compute wafers"), static_cast<int>(Metric::ComputeWafers));
    mMetric->addItem(tr("All logic wafers (I/O dies included)"),
                     static_cast<int>(Metric::AllLogicWafers));
    mMetric->addItem(tr("CoWoS wafers"), static_cast<int>(Metric::CowosWafers));
    options->addRow(tr("&Metric:"), mMetric);
    mAbsolute = new QCheckBox(tr("&Wafers, not shares"), panel);
    options->addRow(QString(), mAbsolute);
    mFirstYear = new QSpinBox(panel);
    mLastYear = new QSpinBox(panel);
    mFirstYear->setAccessibleName(tr("First year"));
    mLastYear->setAccessibleName(tr("Last year"));
    auto *years = new QHBoxLayout;
    years->addWidget(mFirstYear);
    years->addWidget(new QLabel(tr("to"), panel));
    years->addWidget(mLastYear);
    auto *yearsLabel = new QLabel(tr("&Years:"), panel);
    yearsLabel->setBuddy(mFirstYear);
    options->addRow(yearsLabel, years);
    mYear = new QComboBox(panel);
    options->addRow(tr("Y&ear shown:"), mYear);
    mTornadoVendor = new QComboBox(panel);
    options->addRow(tr("Tornado &vendor:"), mTornadoVendor);
    mStep = new QDoubleSpinBox(panel);
    mStep->setRange(1, 100);
    mStep->setDecimals(0);
    mStep->setPrefix(QStringLiteral("± "));
    mStep->setSuffix(QStringLiteral(" %"));
    options->addRow(tr("Tornado &step:"), mStep);
    form->addLayout(options);

    form->addWidget(new QLabel(tr("<b>Scenarios compared</b>"), panel));
    mScenarios = checkList(panel);
    mScenarios->setObjectName(QStringLiteral("scenarioList"));
    mScenarios->setAccessibleName(tr("Scenarios compared"));
    mScenarios->setToolTip(tr("Tick the scenarios the comparison shows; none ticked: the root "
                              "scenario and the current one"));
    form->addWidget(mScenarios);
    form->addWidget(new QLabel(tr("<b>Vendors shown</b>"), panel));
    mVendors = checkList(panel);
    mVendors->setObjectName(QStringLiteral("vendorList"));
    mVendors->setAccessibleName(tr("Vendors shown"));
    mVendors->setIconSize(QSize(12, 12));
    form->addWidget(mVendors);
    // Ticked vendors are drawn on their own; unticked ones are left out or, with this, counted
    // in Others so that shares still add up to 100 %.
    mFoldUnticked = new QCheckBox(tr("Count unticked vendors in &Others"), panel);
    form->addWidget(mFoldUnticked);

    auto *buttons = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("&Export…"), panel);
    auto *copyButton = new QPushButton(tr("&Copy"), panel);
    buttons->addWidget(exportButton);
    buttons->addWidget(copyButton);
    form->addLayout(buttons);
    form->addStretch(1);
    connect(exportButton, &QPushButton::clicked, this, &ChartsPage::exportCurrentChart);
    connect(copyButton, &QPushButton::clicked, this, &ChartsPage::copyCurrentChart);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFixedWidth(290);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(mStack, 1);

    const auto changed = [this] {
        if (!mUpdating)
            readControls();
    };
    connect(mTypes, &QListWidget::currentRowChanged, this, changed);
    for (QComboBox *combo : { mMetric, mYear, mTornadoVendor })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : { mAbsolute, mFoldUnticked })
        connect(box, &QCheckBox::toggled, this, changed);
    for (QSpinBox *spin : { mFirstYear, mLastYear })
        connect(spin, &QSpinBox::valueChanged, this, changed);
    connect(mStep, &QDoubleSpinBox::valueChanged, this, changed);
    for (QListWidget *list : { mScenarios, mVendors })
        connect(list, &QListWidget::itemChanged, this, changed);
}

void ChartsPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mModels->setWorkbook(workbook);
    if (mWorkbook)
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ChartsPage::refillChoices);
    refillChoices();
    setOptions(mOptions);
}

void ChartsPage::refillChoices()
{
    mUpdating = true;
    mScenarios->clear();
    mVendors->clear();
    mYear->clear();
    mTornadoVendor->clear();
    if (mWorkbook) {
        for (const Scenario &scenario : mWorkbook->scenarios()) {
            auto *item = new QListWidgetItem(scenario.name, mScenarios);
            item->setData(Qt::UserRole, scenario.id);
            item->setCheckState(mOptions.scenarioIds.contains(scenario.id) ? Qt::Checked
                                                                           : Qt::Unchecked);
        }
        const ForecastInput &input = mWorkbook->input();
        for (const Vendor &vendor : input.vendors) {
            // Shown in the chosen language; kept in the options by its English name.
            auto *item = new QListWidgetItem(shownName(vendor), mVendors);
            item->setData(Qt::UserRole, vendor.name);
            item->setCheckState(mOptions.hiddenVendors.contains(vendor.name) ? Qt::Unchecked
                                                                             : Qt::Checked);
            QPixmap swatch(12, 12);
            swatch.fill(QColor(vendor.color));
            item->setIcon(QIcon(swatch));
            mTornadoVendor->addItem(shownName(vendor), vendor.name);
        }
        for (int year : input.years)
            mYear->addItem(QString::number(year), year);
        if (!input.years.isEmpty()) {
            for (QSpinBox *spin : { mFirstYear, mLastYear })
                spin->setRange(input.years.first(), input.years.last());
        }
    }
    mUpdating = false;
    writeControls();
}

void ChartsPage::writeControls()
{
    mUpdating = true;
    for (int row = 0; row < mTypes->count(); ++row) {
        if (mTypes->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(mOptions.type))
            mTypes->setCurrentRow(row);
    }
    mMetric->setCurrentIndex(mMetric->findData(static_cast<int>(mOptions.metric)));
    mAbsolute->setChecked(mOptions.absolute);
    mFirstYear->setValue(mOptions.firstYear ? mOptions.firstYear : mFirstYear->minimum());
    mLastYear->setValue(mOptions.lastYear ? mOptions.lastYear : mLastYear->maximum());
    const int year = mYear->findData(mOptions.year);
    mYear->setCurrentIndex(year >= 0 ? year : mYear->count() - 1);
    if (const int vendor = mTornadoVendor->findData(mOptions.vendor); vendor >= 0)
        mTornadoVendor->setCurrentIndex(vendor);
    mStep->setValue(mOptions.stepPercent);
    mFoldUnticked->setChecked(mOptions.groupSmallVendors);
    mUpdating = false;
}

void ChartsPage::readControls()
{
    ChartOptions options = mOptions;
    if (mTypes->currentItem())
        options.type = static_cast<ChartType>(mTypes->currentItem()->data(Qt::UserRole).toInt());
    options.metric = static_cast<Metric>(mMetric->currentData().toInt());
    options.absolute = mAbsolute->isChecked();
    options.firstYear = std::min(mFirstYear->value(), mLastYear->value());
    options.lastYear = std::max(mFirstYear->value(), mLastYear->value());
    options.year = mYear->currentData().toInt();
    options.vendor = mTornadoVendor->currentData().toString();
    options.stepPercent = mStep->value();
    options.groupSmallVendors = mFoldUnticked->isChecked();
    options.scenarioIds.clear();
    for (int i = 0; i < mScenarios->count(); ++i) {
        if (mScenarios->item(i)->checkState() == Qt::Checked)
            options.scenarioIds << mScenarios->item(i)->data(Qt::UserRole).toInt();
    }
    options.hiddenVendors.clear();
    for (int i = 0; i < mVendors->count(); ++i) {
        if (mVendors->item(i)->checkState() != Qt::Checked)
            options.hiddenVendors << mVendors->item(i)->data(Qt::UserRole).toString();
    }
    setOptions(options);
}

void ChartsPage::setOptions(const ChartOptions &options)
{
    mOptions = options;
    writeControls();
    mModels->applyOptions(mOptions);
    showChart(mOptions.type);
    saveOptions();
}

ForecastChartView *ChartsPage::currentView()
{
    return mViews.value(static_cast<int>(mOptions.type));
}

void ChartsPage::showChart(ChartType type)
{
    ForecastChartView *view = mViews.value(static_cast<int>(type));
    if (!view) {
        view = createChartView(type, mModels, mStack);
        connect(view, &ForecastChartView::exportRequested, this, &ChartsPage::exportCurrentChart);
        mViews.insert(static_cast<int>(type), view);
        mStack->addWidget(view);
    }
    view->setOptions(mOptions);
    mStack->setCurrentWidget(view);
}

void ChartsPage::exportCurrentChart()
{
    ForecastChartView *view = currentView();
    if (!view)
        return;
    ExportChartDialog dialog(chartTypeName(mOptions.type), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!view->exportTo(dialog.path(), dialog.size(), dialog.dpi(), &error))
        showPlainMessage(this, QMessageBox::Warning, tr("Export Chart"),
                         tr("The chart was not exported: %1").arg(error));
}

void ChartsPage::copyCurrentChart()
{
    if (ForecastChartView *view = currentView())
        view->copyToClipboard();
}

void ChartsPage::saveOptions() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("type"), chartTypeName(mOptions.type));
    settings.setValue(QStringLiteral("metric"), metricName(mOptions.metric));
    settings.setValue(QStringLiteral("absolute"), mOptions.absolute);
    settings.setValue(QStringLiteral("firstYear"), mOptions.firstYear);
    settings.setValue(QStringLiteral("lastYear"), mOptions.lastYear);
    settings.setValue(QStringLiteral("year"), mOptions.year);
    settings.setValue(QStringLiteral("vendor"), mOptions.vendor);
    settings.setValue(QStringLiteral("step"), mOptions.stepPercent);
    settings.setValue(QStringLiteral("groupSmallVendors"), mOptions.groupSmallVendors);
    settings.setValue(QStringLiteral("hiddenVendors"), mOptions.hiddenVendors);
}

void ChartsPage::loadOptions()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    ChartOptions options;
    if (const auto type = parseChartType(settings.value(QStringLiteral("type")).toString()))
        options.type = *type;
    if (const auto metric = parseMetric(settings.value(QStringLiteral("metric")).toString()))
        options.metric = *metric;
    options.absolute = settings.value(QStringLiteral("absolute"), false).toBool();
    options.firstYear = settings.value(QStringLiteral("firstYear"), 0).toInt();
    options.lastYear = settings.value(QStringLiteral("lastYear"), 0).toInt();
    options.year = settings.value(QStringLiteral("year"), 2026).toInt();
    options.vendor = settings.value(QStringLiteral("vendor"), QStringLiteral("AWS")).toString();
    options.stepPercent = settings.value(QStringLiteral("step"), 20.0).toDouble();
    options.groupSmallVendors = settings.value(QStringLiteral("groupSmallVendors"), true).toBool();
    options.hiddenVendors = settings.value(QStringLiteral("hiddenVendors")).toStringList();
    mOptions = options;
}

} // namespace ws
