// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace ws {

class EditLogModel;
class Workbook;

/** The audit trail: every change ever written to the workbook, newest first, filtered by
    table, field and time; a past change can be reverted, which is itself a new change that
    Edit ▸ Undo takes back. */
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    EditLogModel *model() const { return mModel; }
    QTableView *table() const { return mTable; }
    QComboBox *tableFilter() const { return mTableFilter; }
    QComboBox *fieldFilter() const { return mFieldFilter; }
    QComboBox *userFilter() const { return mUserFilter; }

    /** Reverts the selected line's change; returns the reason when it cannot. */
    QString revertSelected();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillTableFilter();
    void fillFieldFilter();
    void fillUserFilter();
    void applyFilter();
    void updateRevertButton();

    Workbook *mWorkbook = nullptr;
    EditLogModel *mModel = nullptr;
    QTableView *mTable = nullptr;
    QComboBox *mTableFilter = nullptr;
    QComboBox *mFieldFilter = nullptr;
    QComboBox *mUserFilter = nullptr;
    QDateTimeEdit *mFrom = nullptr;
    QDateTimeEdit *mTo = nullptr;
    QPushButton *mRevert = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
