// SPDX-License-Identifier: MIT
#include "reportpage.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include "files/outputfile.h"
#include "models/workbook.h"
#include "report/reportexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
          QT_TRANSLATE_NOOP("ws::ReportPage", "Differences from the reference") },
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
    , mMainScenario(new QComboBox(this))
    , mReference(new QComboBox(this))
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
    mScenarios->setAccessibleName(tr("Scenarios compared with the reference"));
    mMainScenario->setObjectName(QStringLiteral("reportMainScenario"));
    mReference->setObjectName(QStringLiteral("reportReference"));
    mScenarios->setObjectName(QStringLiteral("reportComparedScenarios"));
    mReference->setToolTip(tr("The scenario the others are compared with under Differences"));
    mSections->setAccessibleName(tr("Sections of the report"));
    mPageSize->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    mPageSize->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    mSections->setDragDropMode(QAbstractItemView::InternalMove);
    mSections->setToolTip(tr("Tick the sections to include; drag them to change their order"));
    mScenarios->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), mTitle);
    form->addRow(tr("&Author:"), mAuthor);
    form->addRow(tr("&Scenario:"), mMainScenario);
    form->addRow(tr("&Reference:"), mReference);
    form->addRow(tr("Co&mpare:"), mScenarios);
    form->addRow(tr("&Year:"), mYear);
    form->addRow(tr("Se&ctions:"), mSections);
    form->addRow(tr("&Page size:"), mPageSize);
    form->addRow(QString(), mLandscape);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setToolTip(tr("Export the report as a PDF or an OpenDocument text"));
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
    for (QComboBox *combo : { mYear, mPageSize, mMainScenario, mReference })
        connect(combo, &QComboBox::activated, this, &ReportPage::refreshPreview);
    connect(mLandscape, &QCheckBox::toggled, this, &ReportPage::refreshPreview);
    connect(mScenarios, &QListWidget::itemChanged, this, &ReportPage::refreshPreview);
    connect(mScenarios, &QListWidget::itemChanged, this, &ReportPage::saveScenarioChoice);
    for (QComboBox *combo : { mMainScenario, mReference })
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportPage::saveScenarioChoice);
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
    mScenarioGroup = mWorkbook ? scenarioGroup(mWorkbook) : QString();
    {
        // Another workbook: its own remembered choice, not the last one's ids.
        const QSignalBlocker mainBlocker(mMainScenario);
        const QSignalBlocker referenceBlocker(mReference);
        const QSignalBlocker scenariosBlocker(mScenarios);
        mMainScenario->clear();
        mReference->clear();
        mScenarios->clear();
    }
    if (mWorkbook)
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ReportPage::refillScenarios);
    refillScenarios();
    refreshPreview();
}

void ReportPage::refillScenarios()
{
    const QSignalBlocker blocker(mScenarios);
    const QSignalBlocker mainBlocker(mMainScenario);
    const QSignalBlocker referenceBlocker(mReference);
    // What was chosen before a refill (a scenario renamed or added), or else what was
    // remembered for this workbook.
    int main = mMainScenario->currentData().toInt();
    int reference = mReference->currentData().toInt();
    QList<int> compared;
    for (int i = 0; i < mScenarios->count(); ++i) {
        if (mScenarios->item(i)->checkState() == Qt::Checked)
            compared << mScenarios->item(i)->data(Qt::UserRole).toInt();
    }
    if (!main && mWorkbook) {
        QSettings store;
        store.beginGroup(mScenarioGroup);
        main = store.value(QStringLiteral("main")).toInt();
        reference = store.value(QStringLiteral("reference")).toInt();
        for (const QVariant &id : store.value(QStringLiteral("compared")).toList())
            compared << id.toInt();
    }
    mScenarios->clear();
    mMainScenario->clear();
    mReference->clear();
    mYear->clear();
    if (!mWorkbook)
        return;
    for (const Scenario &scenario : mWorkbook->scenarios()) {
        mMainScenario->addItem(scenario.name, scenario.id);
        mReference->addItem(scenario.name, scenario.id);
        auto *item = new QListWidgetItem(scenario.name, mScenarios);
        item->setData(Qt::UserRole, scenario.id);
        item->setCheckState(compared.contains(scenario.id) ? Qt::Checked : Qt::Unchecked);
    }
    const int mainIndex = mMainScenario->findData(main);
    mMainScenario->setCurrentIndex(
        mainIndex >= 0 ? mainIndex : std::max(0, mMainScenario->findData(mWorkbook->scenarioId())));
    const int referenceIndex = mReference->findData(reference);
    mReference->setCurrentIndex(
        referenceIndex >= 0 ? referenceIndex
                            : std::max(0, mReference->findData(mWorkbook->rootScenarioId())));
    for (int year : mWorkbook->input().years)
        mYear->addItem(QString::number(year), year);
    mYear->setCurrentIndex(std::max(0, mYear->findData(mSavedYear)));
}

QString ReportPage::scenarioGroup(const Workbook *workbook)
{
    const QByteArray path = workbook ? workbook->path().toUtf8() : QByteArray();
    return QStringLiteral("report/workbooks/") +
        QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

void ReportPage::saveScenarioChoice() const
{
    // Saved at each change, not when the page goes: by then the workbook may be gone.
    if (mScenarioGroup.isEmpty() || mMainScenario->count() == 0)
        return;
    QSettings store;
    store.beginGroup(mScenarioGroup);
    const ReportSettings current = settings();
    store.setValue(QStringLiteral("main"), mMainScenario->currentData().toInt());
    store.setValue(QStringLiteral("reference"), current.referenceScenarioId);
    QVariantList compared;
    for (int i = 0; i < mScenarios->count(); ++i) {
        if (mScenarios->item(i)->checkState() == Qt::Checked)
            compared << mScenarios->item(i)->data(Qt::UserRole).toInt();
    }
    store.setValue(QStringLiteral("compared"), compared);
}

ReportSettings ReportPage::settings() const
{
    ReportSettings settings;
    if (!mTitle->text().trimmed().isEmpty())
        settings.title = mTitle->text().trimmed();
    settings.author = mAuthor->text().trimmed();
    // The report's scenario first, then the ones compared with the reference.
    if (mMainScenario->currentData().isValid())
        settings.scenarioIds << mMainScenario->currentData().toInt();
    for (int i = 0; i < mScenarios->count(); ++i) {
        const int id = mScenarios->item(i)->data(Qt::UserRole).toInt();
        if (mScenarios->item(i)->checkState() == Qt::Checked && !settings.scenarioIds.contains(id))
            settings.scenarioIds << id;
    }
    settings.referenceScenarioId = mReference->currentData().toInt();
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
    const QString pdfFilter = tr("PDF document (*.pdf)");
    const QString odtFilter = tr("OpenDocument text (*.odt)");
    QString filter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), SaveFolder::suggest(QStringLiteral("wafershare-report.pdf")),
        pdfFilter + QStringLiteral(";;") + odtFilter, &filter);
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    // A name typed without its ending gets the chosen type's.
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == odtFilter ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    const QString problem = exportTo(path);
    if (!problem.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Export Report"),
                         tr("The report was not written: %1").arg(problem));
}

QString ReportPage::exportTo(const QString &path)
{
    if (!mWorkbook)
        return tr("no workbook is open");
    const bool odt = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (!odt && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return tr("%1 is neither a PDF (.pdf) nor an OpenDocument text (.odt)")
            .arg(QDir::toNativeSeparators(path));
    // Refused before the pages are laid out, not after.
    if (const QString problem = OutputFile::openWorkbookProblem(path); !problem.isEmpty())
        return problem;
    ReportSettings current = settings();
    const int shown = mWorkbook->scenarioId();
    if (!current.scenarioIds.isEmpty())
        mWorkbook->setScenario(current.scenarioIds.first());
    QString error;
    ReportExporter::Result result = ReportExporter::Result::Success;
    if (odt) {
        result = ReportExporter::exportOdt(mWorkbook, current, path, &error);
    } else {
        QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        result = ReportExporter::exportPdf(
            mWorkbook, current, path, &error, [&progress](int page, int pages) {
                progress.setMaximum(pages);
                progress.setValue(page);
                progress.setLabelText(tr("Writing page %1 of %2…").arg(page + 1).arg(pages));
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            });
        progress.reset();
    }
    mWorkbook->setScenario(shown);
    if (result != ReportExporter::Result::Success && result != ReportExporter::Result::Cancelled)
        return error;
    return {};
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
    // By the size's key ("A4", "Letter"), which the shown name in another language is not.
    store.setValue(
        QStringLiteral("pageSize"),
        QPageSize::key(static_cast<QPageSize::PageSizeId>(mPageSize->currentData().toInt())));
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
