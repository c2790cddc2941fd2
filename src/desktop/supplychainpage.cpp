// SPDX-License-Identifier: MIT
#include "supplychainpage.h"
#include "noticestyle.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include "sourcedelegate.h"

#include "core/localname.h"
#include "core/supplychainrules.h"
#include "files/csvwriter.h"
#include "files/outputfile.h"
#include "graph/graphcolours.h"
#include "graph/graphexporter.h"
#include "graph/graphmetrics.h"
#include "graph/nodeitem.h"
#include "graph/supplychainscene.h"
#include "graph/supplychainview.h"
#include "graph/tierstyle.h"
#include "models/benefitsmodel.h"
#include "models/companymodel.h"
#include "models/relationmodel.h"
#include "models/supplychainanalysis.h"
#include "models/workbook.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDataWidgetMapper>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace ws {

namespace {

// The layout chosen last, across runs: "layered" or "force".
const QString layoutKey = QStringLiteral("supplyChain/layout");

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent, bool sortable)
{
    auto *table = new QTableView(parent);
    if (sortable) {
        auto *proxy = new QSortFilterProxyModel(table);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::EditRole);
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder);
    } else {
        table->setModel(model);
    }
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

// A CSV file from any table model, its header first: what the tables show is what is written.
bool writeCsv(const QAbstractItemModel *model, const QString &path, QString *error)
{
    // Built in memory and written in one go, never half and never onto the open workbook.
    QString text;
    QTextStream out(&text);
    CsvWriter csv;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal).toString();
    out << csv.record(header);
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QVariant value = model->index(r, c).data(Qt::EditRole);
            switch (value.userType()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                csv.number(value.toString());
                break;
            case QMetaType::Double:
                csv.number(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
                break;
            default:
                csv.text(value.toString());
            }
        }
        out << csv.endRecord();
    }
    out.flush();
    *error = OutputFile::write(path, CsvWriter::fileBytes(text));
    return error->isEmpty();
}

QToolButton *filterButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    return button;
}

QSet<QString> uncheckedOf(const QToolButton *button)
{
    QSet<QString> hidden;
    for (QAction *action : button->menu()->actions()) {
        if (action->isCheckable() && !action->isChecked())
            hidden.insert(action->data().toString());
    }
    return hidden;
}

} // namespace

SupplyChainPage::SupplyChainPage(QWidget *parent)
    : QWidget(parent)
    , mScene(new SupplyChainScene(this))
    , mView(new SupplyChainView(this))
    , mAnalysis(new SupplyChainAnalysis(this))
    , mCompanies(new CompanyModel(this))
    , mRelations(new RelationModel(this))
    , mSourceDelegate(new SourceDelegate(this))
    , mMapper(new QDataWidgetMapper(this))
    , mTabs(new QTabWidget(this))
    , mDetails(new QTextBrowser(this))
    , mMessage(new QLabel(this))
    , mLegend(new QLabel(this))
{
    mView->setScene(mScene);
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, &SupplyChainPage::showContextMenu);
    mMessage->setWordWrap(true);
    mMessage->setVisible(false);
    // Messages quote company names as typed; a QLabel would guess they are markup.
    mMessage->setTextFormat(Qt::PlainText);
    mLegend->setObjectName(QStringLiteral("supplyChainLegend"));
    mLegend->setWordWrap(true);
    mLegend->setTextFormat(Qt::RichText);

    mBenefits = makeTable(mAnalysis->model(), this, true);
    mBenefits->setObjectName(QStringLiteral("benefitsTable"));
    mBenefits->setAccessibleName(tr("Who benefits"));
    mView->setAccessibleName(tr("Supply-chain graph"));
    mDetails->setAccessibleName(tr("Company details"));
    mDetails->setOpenLinks(false);
    connect(mDetails, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("company"))
            showCompany(url.path().toInt());
    });
    mTabs->addTab(mDetails, tr("Details"));
    mTabs->addTab(mBenefits, tr("Who benefits"));
    mTabs->addTab(buildCompanyTab(), tr("Companies"));
    mTabs->addTab(buildRelationTab(), tr("Relations"));
    connect(mBenefits, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        showCompany(index.data(BenefitsModel::CompanyIdRole).toInt());
    });

    auto *graphSide = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphSide);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addWidget(mView, 1);
    graphLayout->addWidget(mLegend);

    // The graph takes what the window gains; the details stay a side panel, wide enough for its
    // tabs and at most three eighths of a 1024-pixel window, and can be dragged shut.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(graphSide);
    splitter->addWidget(mTabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    mTabs->setMaximumWidth(380);
    mTabs->setMinimumWidth(160);
    splitter->setSizes({ 1000, 380 });
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    showIntroduction();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(mMessage);
    layout->addWidget(splitter, 1);

    connect(mScene, &SupplyChainScene::companyClicked, this, &SupplyChainPage::showCompany);
    connect(mScene, &SupplyChainScene::companyDoubleClicked, this, &SupplyChainPage::focusOn);
    connect(mScene, &SupplyChainScene::layoutStarted, this,
            [this](const QString &message) { showMessage(message, false); });
    connect(mScene, &SupplyChainScene::layoutFinished, this, [this](const QString &note) {
        showMessage(note, false);
        // A new layout is shown whole, unless the analyst has zoomed into part of the graph.
        if (mView->isFitted())
            mView->fitToVisible();
    });
    connect(mAnalysis, &SupplyChainAnalysis::changed, this, [this] {
        updateMeasure();
        if (mShown)
            showCompany(mShown);
    });
    connect(mCompanies, &CompanyModel::editRefused, this, [this](const QString &message) {
        showMessage(tr("Not changed — %1").arg(message), true);
    });
    connect(mRelations, &RelationModel::editRefused, this, [this](const QString &message) {
        showMessage(tr("Not changed — %1").arg(message), true);
    });
}

QWidget *SupplyChainPage::buildToolbar()
{
    // Two rows, so that the page fits a laptop's 1366-pixel screen: what is drawn, then how the
    // nodes are sized.
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    rows->addLayout(row);
    mLayout = new QComboBox(bar);
    mLayout->addItem(tr("Layered by tier"), static_cast<int>(LayoutKind::Layered));
    mLayout->addItem(tr("Force-directed"), static_cast<int>(LayoutKind::Force));
    mLayout->setObjectName(QStringLiteral("layoutCombo"));
    if (QSettings().value(layoutKey).toString() == QLatin1String("force")) {
        mLayout->setCurrentIndex(1);
        mScene->setLayoutKind(LayoutKind::Force);
    }
    row->addWidget(mLayout);
    auto *reset = new QToolButton(bar);
    reset->setText(tr("Reset layout"));
    reset->setToolTip(tr("Forget the positions you dragged in this layout and compute it again "
                         "(undoable)"));
    row->addWidget(reset);
    auto *fit = new QToolButton(bar);
    fit->setText(tr("Fit"));
    row->addWidget(fit);
    auto *cancel = new QToolButton(bar);
    cancel->setText(tr("Cancel layout"));
    cancel->setToolTip(tr("Stop the layout being computed; the graph keeps its positions"));
    cancel->setVisible(false);
    row->addWidget(cancel);
    // A large graph's layout runs in a worker thread: a busy bar says so while it does.
    auto *busy = new QProgressBar(bar);
    busy->setRange(0, 0);
    busy->setMaximumWidth(120);
    busy->setTextVisible(false);
    busy->setAccessibleName(tr("Computing the layout"));
    busy->setVisible(false);
    row->addWidget(busy);
    connect(cancel, &QToolButton::clicked, mScene, &SupplyChainScene::cancelLayout);
    connect(mScene, &SupplyChainScene::layoutStarted, cancel, [cancel, busy] {
        cancel->setVisible(true);
        busy->setVisible(true);
    });
    connect(mScene, &SupplyChainScene::layoutFinished, cancel, [cancel, busy] {
        cancel->setVisible(false);
        busy->setVisible(false);
    });

    mSearch = new QLineEdit(bar);
    mSearch->setPlaceholderText(tr("Find a company (English, 中文, ticker)"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMinimumWidth(200);
    mSearch->setObjectName(QStringLiteral("companySearch"));
    auto *completer = new QCompleter(new QStringListModel(mSearch), mSearch);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mSearch->setCompleter(completer);
    row->addWidget(mSearch);

    mTierFilter = filterButton(tr("Tiers"), bar);
    mCountryFilter = filterButton(tr("Countries"), bar);
    row->addWidget(mTierFilter);
    row->addWidget(mCountryFilter);
    mChain = new QComboBox(bar);
    mChain->setObjectName(QStringLiteral("chainCombo"));
    mChain->setToolTip(tr("Show only the chain of one vendor"));
    row->addWidget(mChain);
    row->addStretch(1);

    row = new QHBoxLayout;
    rows->addLayout(row);
    row->addWidget(new QLabel(tr("Size by:"), bar));
    mSizeBy = new QComboBox(bar);
    mSizeBy->setObjectName(QStringLiteral("sizeByCombo"));
    row->addWidget(mSizeBy);
    mYear = new QComboBox(bar);
    mYear->setObjectName(QStringLiteral("yearCombo"));
    row->addWidget(mYear);
    mBaseline = new QComboBox(bar);
    mBaseline->addItem(tr("against the year before"),
                       static_cast<int>(SupplyChainAnalysis::Baseline::PreviousYear));
    mBaseline->addItem(tr("against Base"),
                       static_cast<int>(SupplyChainAnalysis::Baseline::RootScenario));
    row->addWidget(mBaseline);
    row->addStretch(1);
    auto *more = new QToolButton(bar);
    more->setText(tr("Export"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Graph as PNG, SVG, PDF or GraphML…"), this, &SupplyChainPage::exportGraph);
    menu->addAction(tr("Tables as CSV…"), this, &SupplyChainPage::exportTables);
    menu->addAction(tr("Print the graph…"), this, &SupplyChainPage::printGraph);
    more->setMenu(menu);
    row->addWidget(more);

    // Names for screen readers where no label sits beside the control.
    mLayout->setAccessibleName(tr("Graph layout"));
    mSearch->setAccessibleName(tr("Find a company"));
    mChain->setAccessibleName(tr("Vendor chain"));
    mSizeBy->setAccessibleName(tr("Size nodes by"));
    mYear->setAccessibleName(tr("Year"));
    mBaseline->setAccessibleName(tr("Compared with"));

    connect(mLayout, &QComboBox::currentIndexChanged, this, [this] {
        mScene->setLayoutKind(static_cast<LayoutKind>(mLayout->currentData().toInt()));
        QSettings().setValue(layoutKey, mScene->layoutName());
        mView->fitToVisible(); // the new layout is shown whole when it arrives
    });
    connect(reset, &QToolButton::clicked, this, [this] {
        if (mWorkbook)
            mWorkbook->supplyChain()->resetLayout(mScene->layoutName());
        mView->fitToVisible();
    });
    connect(fit, &QToolButton::clicked, mView, &SupplyChainView::fitToVisible);
    connect(mSearch, &QLineEdit::returnPressed, this, [this] {
        const int id =
            mRelations->companyNamed(mSearch->text().section(QStringLiteral("  "), 0, 0));
        if (id) {
            mView->centreOn(id);
            showCompany(id);
        } else {
            showMessage(tr("No company is called '%1'.").arg(mSearch->text()), true);
        }
    });
    connect(completer, QOverload<const QString &>::of(&QCompleter::activated), this,
            [this](const QString &text) {
                mSearch->setText(text);
                Q_EMIT mSearch->returnPressed();
            });
    for (QComboBox *combo : { mChain, mSizeBy, mYear, mBaseline })
        connect(combo, &QComboBox::currentIndexChanged, this, &SupplyChainPage::applySelection);
    for (QToolButton *button : { mTierFilter, mCountryFilter })
        connect(button->menu(), &QMenu::triggered, this, &SupplyChainPage::applySelection);
    return bar;
}

QWidget *SupplyChainPage::buildCompanyTab()
{
    auto *tab = new QWidget(this);
    mCompanyTable = makeTable(mCompanies, tab, false);
    mCompanyTable->setObjectName(QStringLiteral("companyTable"));
    mCompanyTable->setAccessibleName(tr("Companies"));
    auto *form = new QFormLayout;
    const QList<std::pair<int, QString>> fields = {
        { CompanyModel::NameColumn, tr("&Name:") },
        { CompanyModel::ChineseNameColumn, tr("中文名:") },
        { CompanyModel::TickerColumn, tr("&Ticker:") },
        { CompanyModel::CountryColumn, tr("C&ountry:") },
        { CompanyModel::RoleColumn, tr("&Role:") },
        { CompanyModel::NoteColumn, tr("N&ote:") },
    };
    mMapper->setModel(mCompanies);
    mMapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    for (const auto &[column, label] : fields) {
        auto *edit = new QLineEdit(tab);
        form->addRow(label, edit);
        mMapper->addMapping(edit, column);
    }
    auto *tier = new QComboBox(tab);
    for (const QString &name : SupplyChainRules::tiers())
        tier->addItem(tierTitle(name), name);
    form->addRow(tr("T&ier:"), tier);
    // The combo shows titles but the model holds tier keys: map through the item data.
    mMapper->addMapping(tier, CompanyModel::TierColumn, "currentData");
    connect(tier, &QComboBox::activated, mMapper, &QDataWidgetMapper::submit);
    connect(mCompanyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, mMapper,
            &QDataWidgetMapper::setCurrentModelIndex);
    connect(mCompanies, &QAbstractItemModel::dataChanged, this, [this, tier] {
        const int index = tier->findData(
            mCompanies->index(mMapper->currentIndex(), CompanyModel::TierColumn).data());
        tier->setCurrentIndex(index);
    });
    connect(mMapper, &QDataWidgetMapper::currentIndexChanged, this, [this, tier](int row) {
        tier->setCurrentIndex(
            tier->findData(mCompanies->index(row, CompanyModel::TierColumn).data()));
    });

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add company…"), tab);
    auto *remove = new QPushButton(tr("Remove company"), tab);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    connect(add, &QPushButton::clicked, this, &SupplyChainPage::addCompany);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = mCompanyTable->currentIndex();
        if (index.isValid() && mWorkbook) {
            const QString error = mWorkbook->supplyChain()->removeCompany(
                index.data(CompanyModel::CompanyIdRole).toInt());
            showMessage(error.isEmpty()
                            ? tr("Removed. Edit ▸ Undo brings it back with its relations.")
                            : error,
                        !error.isEmpty());
        }
    });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(mCompanyTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return tab;
}

QWidget *SupplyChainPage::buildRelationTab()
{
    auto *tab = new QWidget(this);
    mRelationTable = makeTable(mRelations, tab, false);
    mRelationTable->setObjectName(QStringLiteral("relationTable"));
    mRelationTable->setAccessibleName(tr("Relations"));
    mRelationTable->setItemDelegateForColumn(RelationModel::SourceColumn, mSourceDelegate);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add relation…"), tab);
    auto *remove = new QPushButton(tr("Remove relation"), tab);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    connect(add, &QPushButton::clicked, this, [this] { addRelation(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = mRelationTable->currentIndex();
        if (index.isValid() && mWorkbook) {
            const QString error = mWorkbook->supplyChain()->removeRelation(
                index.data(RelationModel::RelationIdRole).toInt());
            showMessage(error.isEmpty() ? tr("Removed. Edit ▸ Undo brings it back.") : error,
                        !error.isEmpty());
        }
    });
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Weight: the supplier's dependence on the customer, from 0 "
                                    "to 1. Double-click a cell to edit."),
                                 tab));
    layout->addWidget(mRelationTable, 1);
    layout->addLayout(buttons);
    return tab;
}

void SupplyChainPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook) {
        disconnect(mWorkbook, nullptr, this, nullptr);
        disconnect(mWorkbook->supplyChain(), nullptr, this, nullptr);
    }
    mWorkbook = workbook;
    mCompanies->setWorkbook(workbook);
    mRelations->setWorkbook(workbook);
    mSourceDelegate->setWorkbook(workbook);
    mScene->setWorkbook(workbook);
    mAnalysis->setWorkbook(workbook);
    if (mWorkbook) {
        connect(mWorkbook->supplyChain(), &SupplyChainDocument::changed, this,
                &SupplyChainPage::refillChoices);
        connect(mWorkbook, &Workbook::changeFailed, this,
                [this](const QString &message) { showMessage(message, true); });
    }
    refillChoices();
    applySelection();
}

void SupplyChainPage::refillChoices()
{
    if (!mWorkbook)
        return;
    const SupplyChain &chain = mWorkbook->supplyChain()->chain();
    QStringList names;
    QSet<QString> tiers, countries;
    for (const Company &company : chain.companies) {
        names << company.name;
        if (!company.nameZh.isEmpty() && company.nameZh != company.name)
            names << company.nameZh;
        if (!company.ticker.isEmpty())
            names << company.ticker;
        tiers.insert(company.tier);
        if (!company.country.isEmpty())
            countries.insert(company.country);
    }
    qobject_cast<QStringListModel *>(mSearch->completer()->model())->setStringList(names);

    const auto refillMenu = [](QToolButton *button, const QStringList &keys,
                               const std::function<QString(const QString &)> &title) {
        const QSet<QString> hidden = uncheckedOf(button);
        button->menu()->clear();
        for (const QString &key : keys) {
            QAction *action = button->menu()->addAction(title(key));
            action->setCheckable(true);
            action->setChecked(!hidden.contains(key));
            action->setData(key);
        }
    };
    QStringList tierKeys;
    for (const QString &tier : SupplyChain::tierOrder()) {
        if (tiers.contains(tier))
            tierKeys << tier;
    }
    refillMenu(mTierFilter, tierKeys, [](const QString &key) { return tierTitle(key); });
    QStringList countryKeys = QStringList(countries.cbegin(), countries.cend());
    countryKeys.sort();
    refillMenu(mCountryFilter, countryKeys, [](const QString &key) { return key; });

    const QSignalBlocker chainBlocker(mChain);
    const QSignalBlocker sizeBlocker(mSizeBy);
    const QSignalBlocker yearBlocker(mYear);
    const int chainId = mChain->currentData().toInt();
    const QString size = mSizeBy->currentData().toString();
    const int year = mYear->count() ? mYear->currentData().toInt() : 2026;
    mChain->clear();
    mSizeBy->clear();
    mChain->addItem(tr("Every chain"), 0);
    mSizeBy->addItem(tr("nothing"), QString());
    mSizeBy->addItem(tr("impact (wafers)"), QStringLiteral("impact"));
    for (const Company &company : chain.companies) {
        if (!company.vendorId)
            continue;
        mChain->addItem(tr("%1's chain").arg(shownName(company)), company.id);
        mSizeBy->addItem(tr("exposure to %1").arg(shownName(company)),
                         QStringLiteral("exposure:%1").arg(company.id));
    }
    mChain->setCurrentIndex(std::max(0, mChain->findData(chainId)));
    const int sizeIndex = mSizeBy->findData(size.isEmpty() ? QStringLiteral("impact") : size);
    mSizeBy->setCurrentIndex(std::max(0, sizeIndex));
    mYear->clear();
    for (int y : mWorkbook->input().years)
        mYear->addItem(QString::number(y), y);
    mYear->setCurrentIndex(std::max(0, mYear->findData(year)));
}

void SupplyChainPage::applySelection()
{
    mScene->setHiddenTiers(uncheckedOf(mTierFilter));
    mScene->setHiddenCountries(uncheckedOf(mCountryFilter));
    mScene->setVendorChain(mChain->currentData().toInt());
    int onlyVendor = 0;
    if (mWorkbook) {
        if (const Company *vendor =
                mWorkbook->supplyChain()->chain().company(mChain->currentData().toInt()))
            onlyVendor = vendor->vendorId;
    }
    mAnalysis->setSelection(
        mYear->currentData().toInt(),
        static_cast<SupplyChainAnalysis::Baseline>(mBaseline->currentData().toInt()), onlyVendor,
        Metric::ComputeWafers);
    updateMeasure();
}

void SupplyChainPage::updateMeasure()
{
    const QString size = mSizeBy->currentData().toString();
    QHash<int, double> values;
    QString legend;
    if (size == QLatin1String("impact")) {
        for (const BenefitRow &row : mAnalysis->rows())
            values.insert(row.companyId, row.impact);
        legend = tr("Node size: impact — the extra wafers' worth of business a company's chain "
                    "brings it in %1 %2 (exposure × each vendor's change in AI compute wafers).")
                     .arg(mYear->currentText(), mBaseline->currentText().toHtmlEscaped());
        mScene->setMeasure(values, tr("%1 wafers"));
    } else if (size.startsWith(QLatin1String("exposure:"))) {
        const int vendorCompany = size.section(QLatin1Char(':'), 1).toInt();
        for (const Company &company :
             mWorkbook ? mWorkbook->supplyChain()->chain().companies : QList<Company>())
            values.insert(company.id, mAnalysis->exposure().exposure(company.id, vendorCompany));
        legend = tr("Node size: exposure to %1 — the sum over supply paths of the product of the "
                    "weights (how much of a company's business depends on it).")
                     .arg(mSizeBy->currentText().section(QLatin1Char(' '), 2).toHtmlEscaped());
        mScene->setMeasure(values, tr("exposure %1"));
    } else {
        mScene->setMeasure({}, QString());
    }
    // The legend is markup; the scenario, vendor and company names in it are escaped.
    // The boxes' colours as the graph paints them in this palette (vendors lifted on dark).
    const GraphColours colours = GraphColours::fromPalette(palette());
    QStringList swatches;
    for (const QString &tier : SupplyChain::tierOrder()) {
        // Swatch and name kept on one line: a wrap between them left a colour without its tier.
        swatches << QStringLiteral("<span style=\"white-space:nowrap\"><span "
                                   "style=\"color:%1\">■</span> %2</span>")
                        .arg(colours.fill(tier).name(), tierTitle(tier));
    }
    mLegend->setText(
        swatches.join(QStringLiteral(" &nbsp; ")) + QStringLiteral("<br>") + legend +
        (mAnalysis->problem().isEmpty()
             ? QString()
             : QStringLiteral(" <b>%1</b>").arg(mAnalysis->problem().toHtmlEscaped())));
}

void SupplyChainPage::showMessage(const QString &text, bool warning)
{
    mMessage->setStyleSheet(warning
                                ? noticeStyleSheet(Notice::Warning)
                                : QStringLiteral("QLabel { color: palette(mid); padding: 2px; }"));
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

QString SupplyChainPage::message() const
{
    return mMessage->isVisibleTo(this) ? mMessage->text() : QString();
}

QString SupplyChainPage::detailsHtml() const
{
    return mDetails->toHtml();
}

void SupplyChainPage::setDetails(const QString &html)
{
    // Links take the palette's link colour when the HTML is read, so a palette change renders
    // the details again; on a dark base the colour is lifted to read.
    mDetails->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; }").arg(readableLinkColour(palette()).name()));
    mDetails->setHtml(html);
}

void SupplyChainPage::showIntroduction()
{
    mShown = 0;
    setDetails(tr("<p>Click a company to see its relations, its exposure to each chip "
                  "vendor with the paths that make it up, and its sources. Double-click "
                  "to show only its chain; hover to light its neighbours.</p>"));
}

void SupplyChainPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const int tab = mTabs->currentIndex();
        if (mShown)
            showCompany(mShown);
        else
            showIntroduction();
        mTabs->setCurrentIndex(tab);
        updateMeasure(); // the legend's swatches
    }
}

void SupplyChainPage::showCompany(int companyId)
{
    if (!mWorkbook)
        return;
    const SupplyChain &chain = mWorkbook->supplyChain()->chain();
    const Company *company = chain.company(companyId);
    if (!company)
        return;
    mShown = companyId;
    const QLocale locale;
    const auto link = [&](int id) {
        const Company *other = chain.company(id);
        return other ? QStringLiteral("<a href=\"company:%1\">%2</a>")
                           .arg(id)
                           .arg(shownName(*other).toHtmlEscaped())
                     : QString::number(id);
    };
    QString html =
        QStringLiteral("<h3>%1 %2</h3><p>%3 · %4 · %5</p><p>%6</p><p><i>%7</i></p>")
            .arg(company->name.toHtmlEscaped(), company->nameZh.toHtmlEscaped(),
                 company->ticker.isEmpty() ? tr("unlisted") : company->ticker.toHtmlEscaped(),
                 company->country.toHtmlEscaped(), tierTitle(company->tier),
                 company->role.toHtmlEscaped(), company->note.toHtmlEscaped());
    QSet<int> sources;
    for (bool outgoing : { true, false }) {
        QStringList lines;
        for (const Relation &relation : chain.relations) {
            if ((outgoing ? relation.supplierId : relation.customerId) != companyId)
                continue;
            lines << tr("<li>%1 — %2 (weight %3)</li>")
                         .arg(link(outgoing ? relation.customerId : relation.supplierId),
                              relation.product.toHtmlEscaped(),
                              locale.toString(relation.weight, 'f', 2));
            if (relation.sourceId)
                sources.insert(relation.sourceId);
        }
        if (!lines.isEmpty())
            html += (outgoing ? tr("<h4>Supplies</h4><ul>%1</ul>")
                              : tr("<h4>Buys from</h4><ul>%1</ul>"))
                        .arg(lines.join(QString()));
    }
    QStringList exposures;
    for (int vendorCompany : mAnalysis->exposure().vendorCompanyIds()) {
        const double exposure = mAnalysis->exposure().exposure(companyId, vendorCompany);
        if (exposure <= 0)
            continue;
        QStringList paths;
        for (const ExposurePath &path : mAnalysis->paths(companyId, vendorCompany, 3)) {
            QStringList names;
            for (int id : path.companyIds)
                names << link(id);
            paths << tr("%1 (%2)").arg(names.join(QStringLiteral(" → ")),
                                       locale.toString(path.product, 'f', 4));
        }
        exposures << tr("<li><b>%1</b>: %2<br><small>%3</small></li>")
                         .arg(shownName(*chain.company(vendorCompany)).toHtmlEscaped(),
                              locale.toString(exposure, 'f', 4),
                              paths.join(QStringLiteral("<br>")));
    }
    html += exposures.isEmpty() ? tr("<h4>Exposure</h4><p>No supply path to a chip vendor.</p>")
                                : tr("<h4>Exposure</h4><ul>%1</ul>").arg(exposures.join(QString()));
    for (const BenefitRow &row : mAnalysis->rows()) {
        if (row.companyId != companyId)
            continue;
        const QString vendor = [&] {
            for (const Vendor &v : mWorkbook->input().vendors) {
                if (v.id == row.drivingVendorId)
                    return shownName(v);
            }
            return QString();
        }();
        html += tr("<h4>Impact</h4><p>%1 wafers' worth in %2 %3%4</p>")
                    .arg(locale.toString(row.impact, 'f', 0), mYear->currentText(),
                         mBaseline->currentText().toHtmlEscaped(),
                         vendor.isEmpty() ? QString()
                                          : tr(", driven by %1").arg(vendor.toHtmlEscaped()));
    }
    if (!sources.isEmpty()) {
        QStringList lines;
        for (int source : sources) {
            const QString date = mWorkbook->shownSourceDate(source);
            lines << QStringLiteral("<li>%1%2</li>")
                         .arg(mWorkbook->sourceTitles().value(source).toHtmlEscaped(),
                              date.isEmpty() ? QString()
                                             : QStringLiteral(" (%1)").arg(date.toHtmlEscaped()));
        }
        html += tr("<h4>Sources</h4><ul>%1</ul>").arg(lines.join(QString()));
    }
    setDetails(html);
    mTabs->setCurrentWidget(mDetails);
    const int row = mCompanies->rowOf(companyId);
    if (row >= 0)
        mCompanyTable->selectRow(row);
}

void SupplyChainPage::focusOn(int companyId)
{
    const bool clear = mScene->focusCompany() == companyId;
    mScene->setFocusCompany(clear ? 0 : companyId);
    mView->fitToVisible();
    showMessage(clear
                    ? QString()
                    : tr("Showing the chain of %1 only; double-click it again to show everything.")
                          .arg(shownName(mScene->node(companyId)->company())),
                false);
}

void SupplyChainPage::showContextMenu(const QPoint &position)
{
    NodeItem *node = mScene->nodeAt(mView->mapToScene(position));
    QMenu menu(this);
    if (node) {
        const int id = node->companyId();
        menu.addAction(tr("Details"), this, [this, id] { showCompany(id); });
        menu.addAction(mScene->focusCompany() == id ? tr("Show everything")
                                                    : tr("Focus on its chain"),
                       this, [this, id] { focusOn(id); });
        menu.addAction(tr("Add a relation from %1…").arg(shownName(node->company())), this,
                       [this, id] { addRelation(id); });
        menu.addAction(tr("Remove %1").arg(shownName(node->company())), this, [this, id] {
            if (mWorkbook)
                mWorkbook->supplyChain()->removeCompany(id);
        });
        menu.addSeparator();
    }
    menu.addAction(tr("Add company…"), this, &SupplyChainPage::addCompany);
    menu.addAction(tr("Fit to view"), mView, &SupplyChainView::fitToVisible);
    menu.addAction(tr("Export…"), this, &SupplyChainPage::exportGraph);
    menu.exec(mView->viewport()->mapToGlobal(position));
}

void SupplyChainPage::addCompany()
{
    if (!mWorkbook)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Company"), tr("English name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QStringList titles;
    for (const QString &tier : SupplyChainRules::tiers())
        titles << tierTitle(tier);
    const QString title =
        QInputDialog::getItem(this, tr("Add Company"), tr("Tier:"), titles, 0, false, &ok);
    if (!ok)
        return;
    Company company;
    company.name = name;
    company.tier = SupplyChainRules::tiers().value(static_cast<int>(titles.indexOf(title)));
    const QString error = mWorkbook->supplyChain()->addCompany(company);
    showMessage(error.isEmpty()
                    ? tr("Added %1; fill in its details in the Companies tab.").arg(name)
                    : tr("Not added — %1").arg(error),
                !error.isEmpty());
}

void SupplyChainPage::addRelation(int supplierId)
{
    if (!mWorkbook)
        return;
    QStringList names;
    for (const Company &company : mWorkbook->supplyChain()->chain().companies)
        names << company.name;
    bool ok = false;
    const Company *supplier = mWorkbook->supplyChain()->chain().company(supplierId);
    const QString from = supplier
        ? supplier->name
        : QInputDialog::getItem(this, tr("Add Relation"), tr("Supplier:"), names, 0, false, &ok);
    if (!supplier && !ok)
        return;
    const QString to = QInputDialog::getItem(this, tr("Add Relation"), tr("%1 supplies:").arg(from),
                                             names, 0, false, &ok);
    if (!ok)
        return;
    const double weight = QInputDialog::getDouble(
        this, tr("Add Relation"),
        tr("Weight — how much of %1's business depends on %2 (0 to 1):").arg(from, to), 0.1, -1000,
        1000, 3, &ok);
    if (!ok)
        return;
    Relation relation;
    relation.supplierId = mRelations->companyNamed(from);
    relation.customerId = mRelations->companyNamed(to);
    relation.weight = weight;
    relation.kind = QStringLiteral("supply");
    const QString error = mWorkbook->supplyChain()->addRelation(relation);
    showMessage(error.isEmpty() ? tr("Added %1 → %2.").arg(from, to)
                                : tr("Not added — %1").arg(error),
                !error.isEmpty());
}

GraphMetrics SupplyChainPage::graphMetrics() const
{
    if (!mWorkbook)
        return {};
    return GraphMetrics::compute(mWorkbook->supplyChain()->chain(), mWorkbook->input().vendors,
                                 mAnalysis->exposure(), mAnalysis->rows(),
                                 mWorkbook->scenarioName(), mAnalysis->year());
}

void SupplyChainPage::exportGraph()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Graph"), SaveFolder::suggest(QStringLiteral("supply-chain.svg")),
        tr("SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png);;GraphML (*.graphml)"));
    if (path.isEmpty())
        return;
    SaveFolder::remember(path);
    QString error;
    if (GraphExporter::exportGraph(mScene, { path, 2.0, tr("Supply chain") }, &error,
                                   graphMetrics()) != GraphExporter::Result::Success)
        showPlainMessage(this, QMessageBox::Warning, tr("Export Graph"),
                         tr("The graph was not exported: %1").arg(error));
}

void SupplyChainPage::printGraph()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    GraphExporter::paint(mScene, &painter,
                         printer.pageRect(QPrinter::DevicePixel)
                             .translated(-printer.pageRect(QPrinter::DevicePixel).topLeft()),
                         tr("Supply chain"));
}

void SupplyChainPage::exportTables()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export Tables as CSV"), SaveFolder::start());
    if (folder.isEmpty())
        return;
    SaveFolder::remember(folder);
    QString error;
    const bool ok = writeCsv(mCompanies, folder + QStringLiteral("/companies.csv"), &error) &&
        writeCsv(mRelations, folder + QStringLiteral("/relations.csv"), &error) &&
        writeCsv(mAnalysis->model(), folder + QStringLiteral("/who-benefits.csv"), &error);
    showMessage(
        ok ? tr("Wrote companies.csv, relations.csv and who-benefits.csv to %1.").arg(folder)
           : tr("Not exported — %1").arg(error),
        !ok);
}

} // namespace ws
