// SPDX-License-Identifier: MIT
#include "sourcespage.h"
#include "noticestyle.h"

#include "models/sourcemodel.h"
#include "models/unsourcedmodel.h"
#include "models/workbook.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ws {

SourcesPage::SourcesPage(QWidget *parent)
    : QWidget(parent)
    , mSources(new SourceModel(this))
    , mUnsourced(new UnsourcedModel(this))
    , mSourceTable(new QTableView(this))
    , mUnsourcedTitle(new QLabel(this))
    , mMessage(new QLabel(this))
{
    mUnsourcedTitle->setTextFormat(Qt::PlainText);
    auto *add = new QPushButton(tr("&Add Source"), this);
    auto *remove = new QPushButton(tr("&Remove Source"), this);
    remove->setToolTip(tr("A source that numbers still cite cannot be removed; point them at "
                          "another source first."));
    connect(add, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(remove, &QPushButton::clicked, this, &SourcesPage::removeSelectedSource);
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Double-click a cell to edit it. Assumptions cite a source from "
                               "the Forecast page (right-click ▸ Cite Source…), relations from "
                               "their Source column."),
                            this);
    hint->setWordWrap(true);
    bar->addWidget(hint, 1);
    bar->addWidget(add);
    bar->addWidget(remove);

    mSourceTable->setModel(mSources);
    mSourceTable->setAlternatingRowColors(true);
    mSourceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mSourceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mSourceTable->verticalHeader()->setVisible(false);
    mSourceTable->setWordWrap(false);
    QHeaderView *header = mSourceTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(SourceModel::IdColumn, 40);
    header->resizeSection(SourceModel::TitleColumn, 380);
    header->resizeSection(SourceModel::PublisherColumn, 200);
    header->resizeSection(SourceModel::DescriptionColumn, 90);
    header->resizeSection(SourceModel::PublishedColumn, 130);
    header->resizeSection(SourceModel::UrlColumn, 240);
    connect(mSources, &SourceModel::editRefused, this, &SourcesPage::showMessage);

    auto *sortedUnsourced = new QSortFilterProxyModel(this);
    sortedUnsourced->setSourceModel(mUnsourced);
    auto *unsourced = new QTableView(this);
    unsourced->setAccessibleName(tr("Numbers citing no source"));
    mSourceTable->setAccessibleName(tr("Sources"));
    unsourced->setModel(sortedUnsourced);
    unsourced->setSortingEnabled(true);
    unsourced->sortByColumn(-1, Qt::AscendingOrder);
    unsourced->setAlternatingRowColors(true);
    unsourced->setEditTriggers(QAbstractItemView::NoEditTriggers);
    unsourced->verticalHeader()->setVisible(false);
    unsourced->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    unsourced->horizontalHeader()->setStretchLastSection(true);
    connect(mUnsourced, &QAbstractItemModel::modelReset, this, &SourcesPage::updateUnsourcedTitle);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = mUnsourcedTitle->font();
    bold.setBold(true);
    mUnsourcedTitle->setFont(bold);
    lowerLayout->addWidget(mUnsourcedTitle);
    lowerLayout->addWidget(unsourced);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mSourceTable);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    mMessage->setWordWrap(true);
    mMessage->setVisible(false);
    mMessage->setTextFormat(Qt::PlainText);
    mMessage->setStyleSheet(noticeStyleSheet(Notice::Warning));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mMessage);
    layout->addWidget(splitter, 1);
    // The unsourced numbers are read while the page is shown; hidden, the list only notes that
    // it is out of date.
    mUnsourced->setLive(false);
}

void SourcesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    mUnsourced->setLive(true);
}

void SourcesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    mUnsourced->setLive(false);
}

void SourcesPage::setWorkbook(Workbook *workbook)
{
    mWorkbook = workbook;
    mSources->setWorkbook(workbook);
    mUnsourced->setWorkbook(workbook);
    updateUnsourcedTitle();
}

void SourcesPage::updateUnsourcedTitle()
{
    const int count = mUnsourced->rowCount();
    mUnsourcedTitle->setText(count == 0 ? tr("Every number cites a source.")
                                        : tr("%n number(s) cite no source", nullptr, count));
}

void SourcesPage::showMessage(const QString &message)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
}

void SourcesPage::addSource()
{
    if (!mWorkbook)
        return;
    Source source;
    source.title = tr("New source");
    const QString error = mWorkbook->addSource(source);
    showMessage(error);
    if (!error.isEmpty())
        return;
    const int row = mSources->rowCount() - 1;
    const QModelIndex title = mSources->index(row, SourceModel::TitleColumn);
    mSourceTable->setCurrentIndex(title);
    mSourceTable->scrollTo(title);
    mSourceTable->edit(title);
}

void SourcesPage::removeSelectedSource()
{
    if (!mWorkbook)
        return;
    const QModelIndex current = mSourceTable->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select the source to remove."));
        return;
    }
    showMessage(mWorkbook->removeSource(current.data(SourceModel::SourceIdRole).toInt()));
}

} // namespace ws
