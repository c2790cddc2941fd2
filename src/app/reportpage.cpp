// SPDX-License-Identifier: MIT
#include "reportpage.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include "models/workbook.h"
#include "report/reportexporter.h"
#include "store/outputfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ws {

namespace {

QString sectionTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("ws::ReportPage", "Title page") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("ws::ReportPage", "Summary") },
        { QStringLiteral("charts"), QT_TRANSLATE_NOOP("ws::ReportPage", "Charts") },
        { QStringLiteral("shares"),
          QT_TRANSLATE_NOOP("ws::ReportPage", "Shares by vendor and year") },
        { QStringLiteral("calibration"),
          QT_TRANSLATE_NOOP("ws::ReportPage", "Published figures beside the model") },
        { QStringLiteral("assumptions"), QT_TRANSLATE_NOOP("ws::ReportPage", "Assumptions") },
        { QStringLiteral("differences"),
          QT_TRANSLATE_NOOP("ws::ReportPage", "Differences from Base") },
        { QStringLiteral("benefits"), QT_TRANSLATE_NOOP("ws::ReportPage", "Who benefits") },
        { QStringLiteral("graph"), QT_TRANSLATE_NOOP("ws::ReportPage", "Supply-chain graph") },
        { QStringLiteral("sources"), QT_TRANSLATE_NOOP("ws::ReportPage", "Sources") },
    };
    return QCoreApplication::translate("ws::ReportPage", titles.value(key, ""));
}

} // namespace

ReportPage::ReportPage(QWidget *parent)
    : QWidget(parent)
    , mPrinter(new QPrinter(QPrinter::HighResolution))
    , mTitle(new QLineEdit(this))
    , mAuthor(new QLineEdit(this))
    , mScenarios(new QListWidget(this))
    , mYear(new QComboBox(this))
    , mSections(new QListWidget(this))
    , mPageSize(new QComboBox(this))
    , mLandscape(new QCheckBox(tr("&Landscape"), this))
{
    mPreview = new QPrintPreviewWidget(mPrinter, this);
    mPreview->setObjectName(QStringLiteral("reportPreview"));
    // The preview's page view is Qt's own, unnamed: name it for screen readers.
    if (auto *pages = mPreview->findChild<QGraphicsView *>())
        pages->setAccessibleName(tr("Report preview"));
    mScenarios->setAccessibleName(tr("Scenarios in the report"));
    mSections->setAccessibleName(tr("Sections of the report"));
    mPageSize->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    mPageSize->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    mSections->setDragDropMode(QAbstractItemView::InternalMove);
    mSections->setToolTip(tr("Tick the sections to include; drag them to change their order"));
    mScenarios->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Author:"), mAuthor);
    form->addRow(tr("&Scenarios:"), mScenarios);
    form->addRow(tr("&Year:"), mYear);
    form->addRow(tr("Se&ctions:"), mSections);
    form->addRow(tr("&Page size:"), mPageSize);
    form->addRow(QString(), mLandscape);
    auto *exportButton = new QPushButton(tr("&Export PDF…"), this);
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(printButton);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addStretch(1);
    auto *panel = new QWidget(this);
    panel->setLayout(side);
    panel->setFixedWidth(320);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(panel);
    layout->addWidget(mPreview, 1);

    connect(mPreview, &QPrintPreviewWidget::paintRequested, this, &ReportPage::paint);
    connect(exportButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &ReportPage::print);
    for (QLineEdit *edit : { mTitle, mAuthor })
        connect(edit, &QLineEdit::editingFinished, this, &ReportPage::refreshPreview);
    for (QComboBox *combo : { mYear, mPageSize })
        connect(combo, &QComboBox::activated, this, &ReportPage::refreshPreview);
    connect(mLandscape, &QCheckBox::toggled, this, &ReportPage::refreshPreview);
    connect(mScenarios, &QListWidget::itemChanged, this, &ReportPage::refreshPreview);
    connect(mSections, &QListWidget::itemChanged, this, &ReportPage::refreshPreview);
    connect(mSections->model(), &QAbstractItemModel::rowsMoved, this, &ReportPage::refreshPreview);
    load();
}

ReportPage::~ReportPage()
{
    save();
    delete mPrinter;
}

void ReportPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook)
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ReportPage::refillScenarios);
    refillScenarios();
    refreshPreview();
}

void ReportPage::refillScenarios()
{
    const QSignalBlocker blocker(mScenarios);
    const QList<int> chosen = mScenarios->count() ? settings().scenarioIds : mSavedScenarios;
    mScenarios->clear();
    mYear->clear();
    if (!mWorkbook)
        return;
    for (const Scenario &scenario : mWorkbook->scenarios()) {
        auto *item = new QListWidgetItem(scenario.name, mScenarios);
        item->setData(Qt::UserRole, scenario.id);
        const bool on = chosen.isEmpty() ? scenario.id == mWorkbook->scenarioId()
                                         : chosen.contains(scenario.id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    for (int year : mWorkbook->input().years)
        mYear->addItem(QString::number(year), year);
    mYear->setCurrentIndex(std::max(0, mYear->findData(mSavedYear)));
}

ReportSettings ReportPage::settings() const
{
    ReportSettings settings;
    if (!mTitle->text().trimmed().isEmpty())
        settings.title = mTitle->text().trimmed();
    settings.author = mAuthor->text().trimmed();
    for (int i = 0; i < mScenarios->count(); ++i) {
        if (mScenarios->item(i)->checkState() == Qt::Checked)
            settings.scenarioIds << mScenarios->item(i)->data(Qt::UserRole).toInt();
    }
    settings.year = mYear->currentData().isValid() ? mYear->currentData().toInt() : mSavedYear;
    settings.sections.clear();
    for (int i = 0; i < mSections->count(); ++i) {
        if (mSections->item(i)->checkState() == Qt::Checked)
            settings.sections << mSections->item(i)->data(Qt::UserRole).toString();
    }
    settings.pageSize = static_cast<QPageSize::PageSizeId>(mPageSize->currentData().toInt());
    settings.orientation = mLandscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return settings;
}

void ReportPage::refreshPreview()
{
    const ReportSettings current = settings();
    mPrinter->setPageSize(QPageSize(current.pageSize));
    mPrinter->setPageOrientation(current.orientation);
    mPrinter->setPageMargins(QMarginsF(0, 0, 0, 0));
    save();
    // Laying out the whole report takes a tenth of a second: not at start, nor after every
    // edit, while the page is not shown; showEvent() catches up.
    mPreviewStale = !isVisible();
    if (!mPreviewStale)
        mPreview->updatePreview();
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mPreviewStale) {
        mPreviewStale = false;
        mPreview->updatePreview();
    }
}

void ReportPage::paint(QPrinter *printer)
{
    if (!mWorkbook)
        return;
    ReportSettings current = settings();
    // The report is of the first ticked scenario: show it while painting, then go back.
    const int shown = mWorkbook->scenarioId();
    if (!current.scenarioIds.isEmpty())
        mWorkbook->setScenario(current.scenarioIds.first());
    ReportExporter::paint(mWorkbook, current, printer);
    mWorkbook->setScenario(shown);
}

void ReportPage::exportPdf()
{
    if (!mWorkbook)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), SaveFolder::suggest(QStringLiteral("wafershare-report.pdf")),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    // Refused before the pages are laid out, not after.
    if (const QString problem = OutputFile::openWorkbookProblem(path); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export Report"),
                             tr("The report was not written: %1").arg(problem));
        return;
    }
    ReportSettings current = settings();
    const int shown = mWorkbook->scenarioId();
    if (!current.scenarioIds.isEmpty())
        mWorkbook->setScenario(current.scenarioIds.first());
    QString error;
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto result = ReportExporter::exportPdf(
        mWorkbook, current, path, &error, [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setValue(page);
            progress.setLabelText(tr("Writing page %1 of %2…").arg(page + 1).arg(pages));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    mWorkbook->setScenario(shown);
    if (result != ReportExporter::Result::Success && result != ReportExporter::Result::Cancelled)
        showPlainMessage(this, QMessageBox::Warning, tr("Export Report"),
                         tr("The report was not written: %1").arg(error));
}

void ReportPage::printPreview()
{
    QPrintPreviewDialog dialog(mPrinter, this);
    dialog.setObjectName(QStringLiteral("reportPrintPreview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportPage::paint);
    // Room to read a page: most of the window, not the dialog's small default.
    dialog.resize(window()->size() * 0.85);
    dialog.exec();
}

void ReportPage::print()
{
    QPrintDialog dialog(mPrinter, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(mPrinter);
}

void ReportPage::save() const
{
    QSettings store;
    store.beginGroup(QStringLiteral("report"));
    const ReportSettings current = settings();
    store.setValue(QStringLiteral("title"), mTitle->text());
    store.setValue(QStringLiteral("author"), current.author);
    store.setValue(QStringLiteral("year"), current.year);
    QStringList order;
    QStringList chosen;
    for (int i = 0; i < mSections->count(); ++i) {
        order << mSections->item(i)->data(Qt::UserRole).toString();
        if (mSections->item(i)->checkState() == Qt::Checked)
            chosen << order.constLast();
    }
    store.setValue(QStringLiteral("sectionOrder"), order);
    store.setValue(QStringLiteral("sections"), chosen);
    QVariantList scenarios;
    for (int id : current.scenarioIds)
        scenarios << id;
    store.setValue(QStringLiteral("scenarios"), scenarios);
    // By the size's key ("A4", "Letter"), which the shown name in another language is not.
    store.setValue(QStringLiteral("pageSize"), QPageSize::key(current.pageSize));
    store.setValue(QStringLiteral("landscape"), mLandscape->isChecked());
}

void ReportPage::load()
{
    QSettings store;
    store.beginGroup(QStringLiteral("report"));
    mTitle->setPlaceholderText(ReportSettings().title);
    mTitle->setText(store.value(QStringLiteral("title")).toString());
    mAuthor->setText(store.value(QStringLiteral("author")).toString());
    mSavedYear = store.value(QStringLiteral("year"), 2026).toInt();
    QStringList order = store.value(QStringLiteral("sectionOrder")).toStringList();
    for (const QString &section : ReportSettings::allSections()) {
        if (!order.contains(section))
            order << section;
    }
    const QStringList chosen =
        store.value(QStringLiteral("sections"), ReportSettings::allSections()).toStringList();
    for (const QString &section : order) {
        if (!ReportSettings::allSections().contains(section))
            continue;
        auto *item = new QListWidgetItem(sectionTitle(section), mSections);
        item->setData(Qt::UserRole, section);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(chosen.contains(section) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QVariant &id : store.value(QStringLiteral("scenarios")).toList())
        mSavedScenarios << id.toInt();
    const QString pageSize =
        store.value(QStringLiteral("pageSize"), QStringLiteral("A4")).toString();
    for (int i = 0; i < mPageSize->count(); ++i) {
        if (QPageSize::key(static_cast<QPageSize::PageSizeId>(mPageSize->itemData(i).toInt())) ==
            pageSize)
            mPageSize->setCurrentIndex(i);
    }
    mLandscape->setChecked(store.value(QStringLiteral("landscape"), false).toBool());
}

} // namespace ws
