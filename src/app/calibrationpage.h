// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ws {

struct CalibrationFit;
class CalibrationModel;
class CapacityModel;
class Workbook;

/** The model beside what analysts published: every reported value with the modelled one, the
    residual and the source; the action that fits units to the published figures of a vintage
    after a preview; and
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

    /** Asks which vintage to fit units to and previews the fit; applies it, as one undoable
        step, only when the analyst confirms. */
    void fitUnits();

private:
    void refresh();
    void applyFit(const CalibrationFit &fit);

    Workbook *mWorkbook = nullptr;
    CalibrationModel *mModel = nullptr;
    CapacityModel *mCapacity = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace ws
