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

/** The model beside what analysts published, like with like: published shares with their
    residuals in points, beside published volumes (wafers and units of a vendor, of the market or
    of a named scope of programs) with their residuals in percent, for every vintage or one; the
    action that fits units to the published shares of a year; and the scenario's CoWoS demand
    against recorded capacity. */
class CalibrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    CalibrationModel *model() const { return mModel; }
    CapacityModel *capacityModel() const { return mCapacity; }
    QString message() const;
    /** The vintage shown; empty for every vintage. */
    QString vintage() const;
    /** Shows only the figures of @p vintage (empty: every vintage). */
    void setVintage(const QString &vintage);

    /** Fits the chosen year's units to its published shares (one undoable step). */
    void fitUnits();

private:
    void refresh();
    void refreshVintages();

    Workbook *mWorkbook = nullptr;
    CalibrationModel *mModel = nullptr;
    CapacityModel *mCapacity = nullptr;
    QComboBox *mVintage = nullptr;
    QComboBox *mYear = nullptr;
    QTableView *mShares = nullptr;
    QTableView *mVolumes = nullptr;
    QComboBox *mMetric = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
