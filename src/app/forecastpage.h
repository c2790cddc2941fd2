// SPDX-License-Identifier: MIT
#pragma once

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
    void removeProgram();
    /** The assumption cells selected in the grid. */
    QList<AssumptionCell> selectedAssumptionCells() const;
    /** Points the selected assumption cells at @p sourceId (0: none); returns the refusal. */
    QString citeSourceForSelection(int sourceId);

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
};

} // namespace ws
