// SPDX-License-Identifier: MIT
#include "forecastpage.h"
#include "noticestyle.h"
#include "plainmessagebox.h"

#include "sourcedelegate.h"

#include "assumptiondelegate.h"
#include "charts/sharehistorychart.h"
#include "core/fieldrange.h"
#include "core/localname.h"
#include "core/numbertext.h"
#include "files/csvwriter.h"
#include "models/forecastmodel.h"
#include "models/vendorsharemodel.h"
#include "models/workbook.h"
#include "scenarioselector.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ws {

namespace {

QToolButton *actionButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

ForecastPage::ForecastPage(QWidget *parent)
    : QWidget(parent)
    , mModel(new ForecastModel(this))
    , mProxy(new QSortFilterProxyModel(this))
    , mShareModel(new VendorShareModel(this))
    , mScenarios(new ScenarioSelector(this))
    , mVendorFilter(new QComboBox(this))
    , mTable(new QTableView(this))
    , mMessage(new QLabel(this))
    , mCapacityFlag(new QLabel(this))
    , mChart(new ShareHistoryChart(this))
{
    setObjectName(QStringLiteral("ForecastPage"));
    // Messages quote names as typed; a QLabel would guess they are markup.
    mMessage->setTextFormat(Qt::PlainText);
    mCapacityFlag->setTextFormat(Qt::PlainText);
    mScenarios->setObjectName(QStringLiteral("scenarioSelector"));
    mVendorFilter->setObjectName(QStringLiteral("vendorFilter"));

    auto *bar = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), this);
    scenarioLabel->setBuddy(mScenarios);
    bar->addWidget(scenarioLabel);
    bar->addWidget(mScenarios);
    auto *newButton = actionButton(tr("New…"),
                                   tr("Create a scenario based on the current one; "
                                      "it stores only the cells you change"),
                                   this);
    auto *duplicateButton =
        actionButton(tr("Duplicate…"), tr("Copy the current scenario beside it"), this);
    auto *renameButton = actionButton(tr("Rename…"), tr("Rename the current scenario"), this);
    auto *deleteButton =
        actionButton(tr("Delete"), tr("Delete the current scenario (undoable)"), this);
    mChildScenarioOnly = { duplicateButton, deleteButton };
    for (auto *button : { newButton, duplicateButton, renameButton, deleteButton })
        bar->addWidget(button);
    connect(newButton, &QToolButton::clicked, this, &ForecastPage::newScenario);
    connect(duplicateButton, &QToolButton::clicked, this, &ForecastPage::duplicateScenario);
    connect(renameButton, &QToolButton::clicked, this, &ForecastPage::renameScenario);
    connect(deleteButton, &QToolButton::clicked, this, &ForecastPage::deleteScenario);
    bar->addSpacing(16);
    auto *vendorLabel = new QLabel(tr("&Vendor:"), this);
    vendorLabel->setBuddy(mVendorFilter);
    bar->addWidget(vendorLabel);
    bar->addWidget(mVendorFilter);
    bar->addSpacing(16);
    auto *addButton = actionButton(tr("Add program…"), tr("Add a chip program"), this);
    auto *removeButton = actionButton(tr("Remove program"),
                                      tr("Remove the selected program from every scenario"), this);
    bar->addWidget(addButton);
    bar->addWidget(removeButton);
    mWritingOnly = { newButton, renameButton, addButton, removeButton };
    connect(addButton, &QToolButton::clicked, this, &ForecastPage::addProgram);
    connect(removeButton, &QToolButton::clicked, this, &ForecastPage::removeProgram);
    bar->addStretch(1);

    mMessage->setWordWrap(true);
    mMessage->setVisible(false);
    mMessage->setObjectName(QStringLiteral("messageBar"));
    mCapacityFlag->setObjectName(QStringLiteral("capacityFlag"));
    mCapacityFlag->setWordWrap(true);
    mCapacityFlag->setVisible(false);
    mCapacityFlag->setStyleSheet(noticeStyleSheet(Notice::Error));

    mTable->setAccessibleName(tr("Assumptions and computed wafers by program and year"));
    mProxy->setSourceModel(mModel);
    mProxy->setFilterKeyColumn(ForecastModel::VendorColumn);
    mProxy->setFilterRole(ForecastModel::VendorKeyRole);
    mProxy->setSortRole(Qt::EditRole);
    mTable->setModel(mProxy);
    mDelegate = new AssumptionDelegate(mTable);
    mTable->setItemDelegate(mDelegate);
    mConfirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Keep these values?"), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder); // keep the model's program-then-year order
    mTable->setAlternatingRowColors(true);
    mTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    mTable->verticalHeader()->setVisible(false);
    mTable->verticalHeader()->setDefaultSectionSize(24);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTable, &QWidget::customContextMenuRequested, this, &ForecastPage::showContextMenu);
    // Only while the grid itself has focus: in an open editor, Ctrl+C and Ctrl+V are the line
    // edit's own.
    auto *copyAction = new QAction(tr("&Copy"), mTable);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &ForecastPage::copySelection);
    auto *pasteAction = new QAction(tr("&Paste"), mTable);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(pasteAction, &QAction::triggered, this, &ForecastPage::pasteFromClipboard);
    mTable->addActions({ copyAction, pasteAction });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentCellChanged(mProxy->mapToSource(current));
            });

    mChart->setModel(mShareModel);
    mChart->setMinimumSize(400, 220);

    // The grid needs the width (sixteen columns); the chart that follows each edit sits below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mTable);
    splitter->addWidget(mChart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 260 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mMessage);
    layout->addWidget(mCapacityFlag);
    layout->addWidget(splitter, 1);

    connect(mVendorFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString vendor = mVendorFilter->currentData().toString();
        mProxy->setFilterRegularExpression(
            vendor.isEmpty() ? QString()
                             : QStringLiteral("^%1$").arg(QRegularExpression::escape(vendor)));
    });
    connect(mModel, &ForecastModel::editRefused, this, [this](const QString &message) {
        showMessage(tr("Not changed — %1").arg(message), true);
    });
    connect(mModel, &ForecastModel::editWarning, this,
            [this](const QString &message) { showMessage(message, true); });
}

QString ForecastPage::message() const
{
    return mMessage->isVisible() ? mMessage->text() : QString();
}

void ForecastPage::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook, nullptr, this, nullptr);
    mWorkbook = workbook;
    mModel->setWorkbook(workbook);
    mShareModel->setWorkbook(workbook);
    mScenarios->setWorkbook(workbook);
    if (mWorkbook) {
        connect(mWorkbook, &Workbook::scenariosChanged, this, &ForecastPage::updateScenarioActions);
        connect(mWorkbook, &Workbook::forecastChanged, this, &ForecastPage::updateCapacityFlag);
        connect(mWorkbook, &Workbook::changeFailed, this,
                [this](const QString &message) { showMessage(message, true); });
        // A refusal or a warning speaks of the state it was shown in: the next change that is
        // made, undone or redone ends it. Messages about that change are shown after this.
        connect(mWorkbook->undoStack(), &QUndoStack::indexChanged, this,
                [this] { showMessage(QString(), false); });
    }
    showMessage(QString(), false);
    refillVendors();
    updateScenarioActions();
    updateCapacityFlag();
}

QString ForecastPage::capacityFlag() const
{
    return mCapacityFlag->isVisibleTo(this) ? mCapacityFlag->text() : QString();
}

void ForecastPage::updateCapacityFlag()
{
    const QString warning = mWorkbook ? mWorkbook->capacityWarning() : QString();
    mCapacityFlag->setText(warning);
    mCapacityFlag->setVisible(!warning.isEmpty());
}

void ForecastPage::showMessage(const QString &text, bool warning)
{
    mMessage->setStyleSheet(noticeStyleSheet(warning ? Notice::Warning : Notice::Info));
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

void ForecastPage::refillVendors()
{
    const QString current = mVendorFilter->currentData().toString();
    mVendorFilter->clear();
    mVendorFilter->addItem(tr("All vendors"), QString());
    if (mWorkbook) {
        for (const Vendor &vendor : mWorkbook->input().vendors)
            mVendorFilter->addItem(shownName(vendor), vendor.name);
    }
    const int index = mVendorFilter->findData(current);
    mVendorFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void ForecastPage::updateScenarioActions()
{
    const auto scenario = mWorkbook ? mWorkbook->scenario(mWorkbook->scenarioId()) : std::nullopt;
    const bool child = scenario && scenario->parentId != 0;
    // A read-only workbook shows what it cannot do rather than refusing after the click.
    const bool writable = mWorkbook && !mWorkbook->isReadOnly();
    for (QWidget *widget : std::as_const(mChildScenarioOnly))
        widget->setEnabled(child && writable);
    for (QWidget *widget : std::as_const(mWritingOnly))
        widget->setEnabled(writable);
}

void ForecastPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = mProxy->mapToSource(mTable->indexAt(position));
    if (!index.isValid())
        return;
    QMenu menu(this);
    QAction *revert = menu.addAction(tr("Revert to the parent scenario's value"));
    revert->setEnabled(index.data(ForecastModel::OverriddenRole).toBool());
    QAction *cite = menu.addAction(tr("Cite &Source…"));
    cite->setEnabled(!selectedAssumptionCells().isEmpty());
    QAction *remove = menu.addAction(
        tr("Remove program %1")
            .arg(index.siblingAtColumn(ForecastModel::ProgramColumn).data().toString()));
    QAction *chosen = menu.exec(mTable->viewport()->mapToGlobal(position));
    if (chosen == revert)
        mModel->revert(index);
    else if (chosen == cite)
        chooseSourceForSelection();
    else if (chosen == remove)
        removeProgram();
}

QList<AssumptionCell> ForecastPage::selectedAssumptionCells() const
{
    QList<AssumptionCell> cells;
    for (const QModelIndex &viewIndex : mTable->selectionModel()->selectedIndexes()) {
        const QModelIndex index = mProxy->mapToSource(viewIndex);
        const QVariant field = index.data(ForecastModel::FieldRole);
        if (!field.isValid())
            continue;
        cells << AssumptionCell { index.data(ForecastModel::ProgramIdRole).toInt(),
                                  index.data(ForecastModel::YearRole).toInt(),
                                  static_cast<AssumptionField>(field.toInt()), QString() };
    }
    return cells;
}

QString ForecastPage::citeSourceForSelection(int sourceId)
{
    if (!mWorkbook)
        return {};
    const QString error = mWorkbook->citeSource(selectedAssumptionCells(), sourceId);
    showMessage(error.isEmpty() ? QString() : tr("No source cited — %1").arg(error), true);
    return error;
}

void ForecastPage::chooseSourceForSelection()
{
    if (!mWorkbook)
        return;
    QStringList labels;
    QList<int> ids;
    for (const auto &[id, label] : SourceDelegate::choices(mWorkbook)) {
        labels << label;
        ids << id;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Cite Source"),
                              tr("Source of the %n selected cell(s):", nullptr,
                                 static_cast<int>(selectedAssumptionCells().size())),
                              labels, 0, false, &ok);
    if (ok)
        citeSourceForSelection(ids.value(labels.indexOf(chosen)));
}

void ForecastPage::newScenario()
{
    if (!mWorkbook)
        return;
    bool ok = false;
    const QString name = askPlainText(
        this, tr("New Scenario"),
        tr("Name of the scenario based on %1:").arg(mWorkbook->scenarioName()), QString(), &ok);
    if (!ok)
        return;
    const QString error = mWorkbook->createScenario(name);
    showMessage(error.isEmpty() ? QString() : tr("No scenario created — %1").arg(error), true);
}

void ForecastPage::duplicateScenario()
{
    if (!mWorkbook)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Duplicate Scenario"), tr("Name of the copy:"),
                              QLineEdit::Normal, tr("%1 copy").arg(mWorkbook->scenarioName()), &ok);
    if (!ok)
        return;
    const QString error = mWorkbook->duplicateScenario(name);
    showMessage(error.isEmpty() ? QString() : tr("No copy made — %1").arg(error), true);
}

void ForecastPage::renameScenario()
{
    if (!mWorkbook)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Scenario"), tr("New name:"),
                                               QLineEdit::Normal, mWorkbook->scenarioName(), &ok);
    if (!ok)
        return;
    const QString error = mWorkbook->renameScenario(mWorkbook->scenarioId(), name);
    showMessage(error.isEmpty() ? QString() : tr("Not renamed — %1").arg(error), true);
}

void ForecastPage::deleteScenario()
{
    if (!mWorkbook)
        return;
    const QString name = mWorkbook->scenarioName();
    const QString error = mWorkbook->deleteScenario(mWorkbook->scenarioId());
    showMessage(error.isEmpty() ? tr("Deleted %1. Edit ▸ Undo brings it back.").arg(name)
                                : tr("Not deleted — %1").arg(error),
                !error.isEmpty());
}

void ForecastPage::addProgram()
{
    if (!mWorkbook)
        return;
    // First what to add: a new package of a vendor, or a further kind of die inside a package
    // (an I/O die beside the compute dies), which takes the package's vendor and units.
    const ForecastInput &input = mWorkbook->input();
    const QString newPackage = tr("A new program (package) of a vendor");
    QStringList kinds { newPackage };
    QList<int> packageIds { 0 };
    for (const Program &program : input.programs) {
        if (program.isDieKind())
            continue;
        kinds << tr("A die kind inside %1").arg(program.name);
        packageIds << program.id;
    }
    bool ok = false;
    const QString kind =
        QInputDialog::getItem(this, tr("Add Program"), tr("Add:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const int packageId = packageIds.value(static_cast<int>(kinds.indexOf(kind)), 0);
    if (packageId != 0) {
        addDieKind(packageId);
        return;
    }
    QStringList vendors;
    for (const Vendor &vendor : input.vendors)
        vendors << shownName(vendor);
    const QString vendorName =
        QInputDialog::getItem(this, tr("Add Program"), tr("Vendor:"), vendors, 0, false, &ok);
    const int vendorIndex = static_cast<int>(vendors.indexOf(vendorName));
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Add Program"), tr("Program name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString error =
        mWorkbook->addProgram(mWorkbook->input().vendors.at(vendorIndex).id, name, QString());
    showMessage(error.isEmpty()
                    ? tr("Added %1 with no units: set its units and die in the grid.").arg(name)
                    : tr("No program added — %1").arg(error),
                !error.isEmpty());
}

void ForecastPage::addDieKind(int packageId)
{
    const QStringList roles = { tr("I/O die (counted in all logic wafers only)"),
                                tr("Compute die (counted in AI compute wafers too)") };
    bool ok = false;
    const QString role =
        QInputDialog::getItem(this, tr("Add Die Kind"), tr("Role:"), roles, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Add Die Kind"), tr("Die kind name:"),
                                               QLineEdit::Normal, tr("I/O die"), &ok);
    if (!ok)
        return;
    const QString node = QInputDialog::getText(this, tr("Add Die Kind"), tr("Process node:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const DieRole dieRole = roles.indexOf(role) == 1 ? DieRole::Compute : DieRole::Io;
    const QString error = mWorkbook->addDieKind(packageId, name, node, dieRole);
    showMessage(error.isEmpty()
                    ? tr("Added %1: set its dies per package and die area in the grid.").arg(name)
                    : tr("No die kind added — %1").arg(error),
                !error.isEmpty());
}

void ForecastPage::removeProgram()
{
    const QModelIndex index = mProxy->mapToSource(mTable->currentIndex());
    if (!mWorkbook || !index.isValid())
        return;
    const QString name = index.siblingAtColumn(ForecastModel::ProgramColumn).data().toString();
    const QString error =
        mWorkbook->removeProgram(index.data(ForecastModel::ProgramIdRole).toInt());
    showMessage(error.isEmpty() ? tr("Removed %1. Edit ▸ Undo brings it back.").arg(name)
                                : tr("Not removed — %1").arg(error),
                !error.isEmpty());
}

void ForecastPage::setConfirmFunction(AssumptionDelegate::ConfirmFunction confirm)
{
    mDelegate->setConfirmFunction(confirm);
    mConfirm = std::move(confirm);
}

void ForecastPage::copySelection()
{
    const QModelIndexList selected = mTable->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    int top = selected.first().row(), bottom = top;
    int left = selected.first().column(), right = left;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    // Tab-separated, as spreadsheets put cells on the clipboard, by the one CSV writer: a name
    // a spreadsheet would run as a formula is pasted as text, a quote does not end a field.
    CsvWriter tsv(QLatin1Char('\t'));
    QString text;
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column) {
            const QModelIndex index = mProxy->index(row, column);
            if (!mTable->selectionModel()->isSelected(index)) {
                tsv.empty();
                continue;
            }
            const QVariant value = index.data(Qt::EditRole);
            const int type = value.userType();
            if (type == QMetaType::Double || type == QMetaType::Int || type == QMetaType::LongLong)
                tsv.number(editableNumberText(value.toDouble(), locale()));
            else
                tsv.text(value.toString());
        }
        text += tsv.endRecord();
    }
    QGuiApplication::clipboard()->setText(text);
}

void ForecastPage::pasteFromClipboard()
{
    pasteText(QGuiApplication::clipboard()->text());
}

namespace {

// A field as Excel and LibreOffice put it on the clipboard: quoted when it holds a quote,
// a tab or a line break.
QString unquoted(const QString &field)
{
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        return field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}

} // namespace

QString ForecastPage::pasteText(const QString &text)
{
    if (!mWorkbook)
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // a copied block ends with a line break
    const QModelIndex start = mTable->currentIndex();
    QString refusal;
    if (lines.isEmpty())
        refusal = tr("the clipboard holds no cells.");
    else if (!start.isValid())
        refusal = tr("choose the cell where the block's top left cell goes, then paste again.");
    if (!refusal.isEmpty()) {
        showMessage(tr("Nothing pasted — %1").arg(refusal), true);
        return refusal;
    }

    QList<AssumptionCell> cells;
    QStringList problems;
    QStringList warnings;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList fields = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < fields.size(); ++c) {
            const QString value = unquoted(fields[c]);
            const QModelIndex target = mProxy->index(start.row() + r, start.column() + c);
            const QString where = tr("row %1, column %2").arg(r + 1).arg(c + 1);
            if (!target.isValid()) {
                problems << tr("%1 ('%2'): beyond the grid's last row or column").arg(where, value);
                continue;
            }
            const QModelIndex source = mProxy->mapToSource(target);
            const QString cell = mModel->cellLabel(source);
            const auto field = ForecastModel::fieldOf(source.column());
            if (!field || !(source.flags() & Qt::ItemIsEditable)) {
                problems << tr("%1 (%2, '%3'): this cell cannot be edited").arg(where, cell, value);
                continue;
            }
            QString stored = value.trimmed();
            if (!isNumericField(*field)) {
                stored = stored.toLower();
            } else if (acceptsNotGiven(*field) &&
                       (stored.isEmpty() || stored.toLower() == notGivenText())) {
                stored = notGivenText();
            } else {
                const TypedNumber number = parseTypedNumber(value, locale());
                if (!number.value) {
                    problems << tr("%1 (%2): %3").arg(where, cell, number.problem);
                    continue;
                }
                stored = canonicalNumberText(*number.value);
            }
            if (const QString problem = assumptionValueProblem(*field, stored);
                !problem.isEmpty()) {
                problems << tr("%1 (%2, '%3'): %4").arg(where, cell, value, problem);
                continue;
            }
            if (isNumericField(*field) && !isNotGiven(*field, stored)) {
                const QString warning = mModel->softLimitWarning(source, stored.toDouble());
                if (!warning.isEmpty())
                    warnings << tr("%1: %2").arg(cell, warning);
            }
            cells << AssumptionCell { source.data(ForecastModel::ProgramIdRole).toInt(),
                                      source.data(ForecastModel::YearRole).toInt(), *field,
                                      stored };
        }
    }
    if (!problems.isEmpty()) {
        refusal = tr("%n cell(s) refused, nothing changed: %1", nullptr,
                     static_cast<int>(problems.size()))
                      .arg(problems.join(QStringLiteral("; ")));
    } else if (!warnings.isEmpty() && mConfirm &&
               !mConfirm(tr("Paste these values?\n%1").arg(warnings.join(QLatin1Char('\n'))))) {
        refusal = tr("you kept the earlier values.");
    } else {
        refusal = mWorkbook->editCells(
            cells, tr("Paste of %n cell(s)", nullptr, static_cast<int>(cells.size())));
    }
    if (!refusal.isEmpty())
        showMessage(tr("Nothing pasted — %1").arg(refusal), true);
    return refusal;
}

} // namespace ws
