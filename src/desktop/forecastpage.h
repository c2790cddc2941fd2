// SPDX-License-Identifier: MIT
#pragma once

#include "assumptiondelegate.h"
#include "core/domain.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ws {

class ForecastModel;
class ScenarioSelector;
class ShareHistoryChart;
class VendorShareModel;
class Workbook;

/** Where the analyst changes what they believe: the assumption grid of the current scenario,
    the scenario actions, and a small share chart that follows every edit. */
class ForecastPage : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);

    ForecastModel *model() const { return mModel; }
    QTableView *table() const { return mTable; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    /** The message bar's text (refusals, warnings), for tests. */
    QString message() const;
    /** The capacity flag's text; empty when demand fits the recorded capacity. */
    QString capacityFlag() const;

    void newScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();
    void addProgram();
    void addDieKind(int packageId);
    void removeProgram();
    /** The assumption cells selected in the grid. */
    QList<AssumptionCell> selectedAssumptionCells() const;
    /** Points the selected assumption cells at @p sourceId (0: none); returns the refusal. */
    QString citeSourceForSelection(int sourceId);

    /** Replaces the question asked before a value far from its neighbours is stored (a
        QMessageBox by default), for typing and pasting alike; tests answer it. */
    void setConfirmFunction(AssumptionDelegate::ConfirmFunction confirm);
    /** Edit ▸ Copy in the grid: the selected cells as tab-separated rows, numbers in full and
        without group separators, so that pasting them back gives the same values. */
    void copySelection();
    /** Pastes tab-separated rows (from a spreadsheet) starting at the current cell. The whole
        block is checked first: any refused cell and nothing changes, and one message names
        every problem. Otherwise it is one undo step, one transaction. Returns the refusal. */
    QString pasteText(const QString &text);
    void pasteFromClipboard();

Q_SIGNALS:
    /** The grid's current cell moved to @p index of model(); invalid when there is none. */
    void currentCellChanged(const QModelIndex &index);

private:
    void showMessage(const QString &text, bool warning);
    void refillVendors();
    void showContextMenu(const QPoint &position);
    void chooseSourceForSelection();
    void updateScenarioActions();
    void updateCapacityFlag();

    Workbook *mWorkbook = nullptr;
    ForecastModel *mModel = nullptr;
    QSortFilterProxyModel *mProxy = nullptr;
    VendorShareModel *mShareModel = nullptr;
    ScenarioSelector *mScenarios = nullptr;
    QComboBox *mVendorFilter = nullptr;
    QTableView *mTable = nullptr;
    QLabel *mMessage = nullptr;
    QLabel *mCapacityFlag = nullptr;
    ShareHistoryChart *mChart = nullptr;
    QList<QWidget *> mChildScenarioOnly;
    QList<QWidget *> mWritingOnly; // disabled on a read-only workbook
    AssumptionDelegate *mDelegate = nullptr;
    AssumptionDelegate::ConfirmFunction mConfirm;
};

} // namespace ws
