// SPDX-License-Identifier: MIT
#pragma once

#include "core/calibrationfit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ws {

class Workbook;

/** Asks which vintage (and year) to fit units to, and shows what the fit would do before
    anything changes: every units cell old → new with its change in percent, every published
    figure's residual before and after, the weights and the weighted cost. Accepting the dialog
    means "apply"; its owner applies fit() as one undo step. Cancelling changes nothing. */
class FitPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FitPreviewDialog(const Workbook *workbook, QWidget *parent = nullptr);

    /** The fit shown, as worked out for the chosen vintage and year. */
    const CalibrationFit &fit() const { return mFit; }
    /** Chooses a vintage and a year (0: every year of the vintage) and previews anew. */
    void choose(const QString &vintage, int year = 0);

    QTableWidget *changesTable() const { return mChanges; }
    QTableWidget *targetsTable() const { return mTargets; }
    QPushButton *applyButton() const { return mApply; }
    QString summary() const;

private:
    void fillYears();
    void preview();
    void showChanges();
    void showTargets();

    const Workbook *mWorkbook;
    CalibrationFit mFit;
    QComboBox *mVintage = nullptr;
    QComboBox *mYear = nullptr;
    QLabel *mWeights = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mLeftOut = nullptr;
    QTableWidget *mChanges = nullptr;
    QTableWidget *mTargets = nullptr;
    QPushButton *mApply = nullptr;
};

} // namespace ws
