// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace ws {

class OverviewPage;
class Workbook;

/** The application's window over one open workbook, with a page per way of looking at it. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workbook> workbook, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbook *workbook() const { return mWorkbook.get(); }
    OverviewPage *overviewPage() const { return mOverview; }

    /** Replaces the open workbook, e.g. after File ▸ Open. */
    void setWorkbook(std::unique_ptr<Workbook> workbook);

private:
    void createMenus();
    void openWorkbook();
    void showAbout();
    void updateTitle();

    std::unique_ptr<Workbook> mWorkbook;
    QTabWidget *mPages = nullptr;
    OverviewPage *mOverview = nullptr;
};

} // namespace ws
