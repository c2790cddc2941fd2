// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ws {

class CalibrationModel;
class CapacityModel;
class Workbook;

/** The model beside what analysts published: every reported value with the modelled one, the
    residual and the source; the action that fits units to the published shares of a year; and
    the scenario's CoWoS demand against recorded capacity. */
class CalibrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    CalibrationModel *model() const { return mModel; }
    CapacityModel *capacityModel() const { return mCapacity; }
    QString message() const;

    /** Fits the chosen year's units to its published shares (one undoable step). */
    void fitUnits();

private:
    void refresh();

    Workbook *mWorkbook = nullptr;
    CalibrationModel *mModel = nullptr;
    CapacityModel *mCapacity = nullptr;
    QComboBox *mYear = nullptr;
    QComboBox *mMetric = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
