// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ws {

struct CalibrationFit;
class CalibrationModel;
class CapacityModel;
class Workbook;

/** The model beside what analysts published, like with like: published shares with their
    residuals in points, beside published volumes (wafers and units of a vendor, of the market or
    of a named scope of programs) with their residuals in percent, for every vintage or one; the
    action that fits units to the published figures of a vintage after a preview; and the
    scenario's CoWoS demand against recorded capacity. */
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

    /** Asks which vintage to fit units to and previews the fit; applies it, as one undoable
        step, only when the analyst confirms. */
    void fitUnits();

private:
    void refresh();
    void applyFit(const CalibrationFit &fit);
    void refreshVintages();

    Workbook *mWorkbook = nullptr;
    CalibrationModel *mModel = nullptr;
    CapacityModel *mCapacity = nullptr;
    QComboBox *mVintage = nullptr;
    QTableView *mShares = nullptr;
    QTableView *mVolumes = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
