// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ws {

class SourceModel;
class UnsourcedModel;
class Workbook;

/** Where the numbers come from: the sources, editable in place, with Add and Remove; and the
    numbers that cite none, so that the analyst can see what still rests on nothing. */
class SourcesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    SourceModel *model() const { return mSources; }
    UnsourcedModel *unsourcedModel() const { return mUnsourced; }
    QTableView *sourceTable() const { return mSourceTable; }

    /** Adds a source titled "New source" and opens its title for editing. */
    void addSource();
    /** Removes the selected source (refused while numbers cite it). */
    void removeSelectedSource();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showMessage(const QString &message);
    void updateUnsourcedTitle();

    Workbook *mWorkbook = nullptr;
    SourceModel *mSources = nullptr;
    UnsourcedModel *mUnsourced = nullptr;
    QTableView *mSourceTable = nullptr;
    QLabel *mUnsourcedTitle = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
