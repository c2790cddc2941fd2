// SPDX-License-Identifier: MIT
#include "historypage.h"

#include "core/assumptionfield.h"
#include "models/editlogmodel.h"
#include "models/editlognames.h"
#include "models/workbook.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace ws {

namespace {

// The earliest time the filters offer; at it they show "any" and do not filter.
const QDateTime noLimit(QDate(2000, 1, 1), QTime(0, 0));

QDateTimeEdit *timeLimit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumDateTime(noLimit);
    edit->setSpecialValueText(HistoryPage::tr("any"));
    edit->setDateTime(noLimit);
    return edit;
}

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , mModel(new EditLogModel(this))
    , mTable(new QTableView(this))
    , mTableFilter(new QComboBox(this))
    , mFieldFilter(new QComboBox(this))
    , mUserFilter(new QComboBox(this))
    , mFrom(timeLimit(this))
    , mTo(timeLimit(this))
    , mRevert(new QPushButton(tr("&Revert Selected Change"), this))
    , mMessage(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    labelled(tr("&Table:"), mTableFilter);
    labelled(tr("F&ield:"), mFieldFilter);
    labelled(tr("&User:"), mUserFilter);
    labelled(tr("F&rom:"), mFrom);
    labelled(tr("T&o:"), mTo);
    auto *clear = new QPushButton(tr("&Clear Filters"), this);
    bar->addWidget(clear);
    bar->addStretch(1);
    bar->addWidget(mRevert);
    mTableFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mFieldFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mUserFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    mTable->setModel(mModel);
    mTable->setAccessibleName(tr("Audit trail"));
    mTable->setAlternatingRowColors(true);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->setVisible(false);
    QHeaderView *header = mTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(EditLogModel::TimeColumn, 150);
    header->resizeSection(EditLogModel::ByColumn, 90);
    header->resizeSection(EditLogModel::TableColumn, 110);
    header->resizeSection(EditLogModel::RowColumn, 250);
    header->resizeSection(EditLogModel::FieldColumn, 170);
    header->resizeSection(EditLogModel::OldColumn, 260);

    mMessage->setWordWrap(true);
    mMessage->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mTable, 1);
    layout->addWidget(mMessage);

    connect(mTableFilter, &QComboBox::currentIndexChanged, this, [this] {
        fillFieldFilter();
        applyFilter();
    });
    connect(mFieldFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(mUserFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(mFrom, &QDateTimeEdit::dateTimeChanged, this, &HistoryPage::applyFilter);
    connect(mTo, &QDateTimeEdit::dateTimeChanged, this, &HistoryPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blockTable(mTableFilter);
        const QSignalBlocker blockUser(mUserFilter);
        const QSignalBlocker blockFrom(mFrom);
        const QSignalBlocker blockTo(mTo);
        mTableFilter->setCurrentIndex(0);
        mUserFilter->setCurrentIndex(0);
        mFrom->setDateTime(noLimit);
        mTo->setDateTime(noLimit);
        fillFieldFilter();
        applyFilter();
    });
    connect(mRevert, &QPushButton::clicked, this, [this] {
        const QString error = revertSelected();
        mMessage->setText(error.isEmpty() ? tr("Reverted. Edit ▸ Undo takes the revert back.")
                                          : error);
    });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::updateRevertButton);
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        fillTableFilter();
        fillFieldFilter();
        fillUserFilter();
        updateRevertButton();
    });
    // The trail is read while the page is shown; hidden, it only notes that it is out of date.
    mModel->setLive(false);
    updateRevertButton();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    mModel->setLive(true);
}

void HistoryPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    mModel->setLive(false);
}

void HistoryPage::setWorkbook(Workbook *workbook)
{
    mWorkbook = workbook;
    mModel->setWorkbook(workbook);
}

void HistoryPage::fillTableFilter()
{
    const QString current = mTableFilter->currentData().toString();
    const QSignalBlocker blocker(mTableFilter);
    mTableFilter->clear();
    mTableFilter->addItem(tr("All tables"), QString());
    if (mWorkbook) {
        for (const QString &table : mWorkbook->editLogTables())
            mTableFilter->addItem(EditLogNames::tableTitle(table), table);
    }
    mTableFilter->setCurrentIndex(std::max(0, mTableFilter->findData(current)));
}

void HistoryPage::fillFieldFilter()
{
    const QString current = mFieldFilter->currentData().toString();
    const QSignalBlocker blocker(mFieldFilter);
    mFieldFilter->clear();
    mFieldFilter->addItem(tr("All fields"), QString());
    if (mWorkbook) {
        const QString table = mTableFilter->currentData().toString();
        for (const QString &field : mWorkbook->editLogFields(table)) {
            // Under all tables, a field is named as an assumption's when it is one.
            const QString title = EditLogNames::fieldTitle(
                table.isEmpty() && parseAssumptionField(field.section(QLatin1Char(':'), 0, 0))
                    ? QStringLiteral("assumption")
                    : table,
                field);
            mFieldFilter->addItem(title, field);
        }
    }
    mFieldFilter->setCurrentIndex(std::max(0, mFieldFilter->findData(current)));
}

void HistoryPage::fillUserFilter()
{
    const QString current = mUserFilter->currentData().toString();
    const QSignalBlocker blocker(mUserFilter);
    mUserFilter->clear();
    mUserFilter->addItem(tr("Everyone"), QString());
    if (mWorkbook) {
        for (const QString &user : mWorkbook->editLogUsers())
            mUserFilter->addItem(user, user);
    }
    mUserFilter->setCurrentIndex(std::max(0, mUserFilter->findData(current)));
}

void HistoryPage::applyFilter()
{
    EditLogFilter filter;
    filter.changedBy = mUserFilter->currentData().toString();
    filter.table = mTableFilter->currentData().toString();
    filter.field = mFieldFilter->currentData().toString();
    if (mFrom->dateTime() > noLimit)
        filter.from = mFrom->dateTime();
    if (mTo->dateTime() > noLimit)
        filter.to = mTo->dateTime();
    mModel->setFilter(filter);
}

void HistoryPage::updateRevertButton()
{
    const int row = mTable->currentIndex().row();
    if (!mWorkbook || row < 0) {
        mRevert->setEnabled(false);
        mRevert->setToolTip(tr("Select a change to revert."));
        return;
    }
    QString problem = mWorkbook->revertProblem(mModel->entry(row));
    if (problem.isEmpty() && mWorkbook->isReadOnly())
        problem = mWorkbook->readOnlyReason();
    mRevert->setEnabled(problem.isEmpty());
    mRevert->setToolTip(problem.isEmpty()
                            ? tr("Put back the value this change replaced, as a new change.")
                            : problem);
}

QString HistoryPage::revertSelected()
{
    const int row = mTable->currentIndex().row();
    if (!mWorkbook || row < 0)
        return tr("Select a change to revert.");
    return mWorkbook->revertLogEntry(mModel->entry(row));
}

} // namespace ws
