// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace ws {

class ShareDonutChart;
class ShareHistoryChart;
class VendorShareModel;
class Workbook;

/** The first page: who consumes the AI wafers in the chosen year and how that moves over the
    years, modelled beside published, for the chosen scenario and metric. */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setWorkbook(Workbook *workbook);

    /** Shows @p year in the donut when the forecast has it. */
    void setYear(int year);
    int year() const;

    VendorShareModel *shareModel() const { return mShareModel; }
    ShareDonutChart *donutChart() const;
    ShareHistoryChart *historyChart() const;
    /** The warning bar's text (missing inputs, CoWoS capacity exceeded); empty when hidden. */
    QString warningText() const;

private:
    void refillSelectors();
    void showProblems();

    std::unique_ptr<Ui::OverviewPage> mUi;
    VendorShareModel *mShareModel = nullptr;
    Workbook *mWorkbook = nullptr;
};

} // namespace ws
