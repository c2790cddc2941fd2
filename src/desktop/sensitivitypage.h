// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QTableView;

namespace ws {

class SensitivityModel;
class TornadoChart;
class Workbook;

/** Which inputs move a vendor's share most: each input of the chosen year moved ±X % on its own,
    as a tornado chart and a table. Follows the current scenario and every edit. */
class SensitivityPage : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);
    SensitivityModel *model() const { return mModel; }
    TornadoChart *chart() const { return mChart; }

    /** Chooses the vendor (by its English name), year and step shown, e.g. for tests and the
        command line. */
    void choose(const QString &vendor, int year, double stepPercent);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refillChoices();
    /** Recomputes now if the page is shown, otherwise when it is next shown: an input's moves
        cost the whole chosen year's programs, worth it only while someone looks. */
    void recompute();
    void recomputeNow();

    Workbook *mWorkbook = nullptr;
    SensitivityModel *mModel = nullptr;
    TornadoChart *mChart = nullptr;
    QTableView *mTable = nullptr;
    QComboBox *mVendor = nullptr;
    QComboBox *mYear = nullptr;
    QComboBox *mMetric = nullptr;
    QDoubleSpinBox *mStep = nullptr;
    bool mStale = false;
};

} // namespace ws
