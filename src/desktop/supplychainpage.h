// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QDataWidgetMapper;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace ws {

struct GraphMetrics;

class CompanyModel;
class RelationModel;
class SourceDelegate;
class SupplyChainAnalysis;
class SupplyChainScene;
class SupplyChainView;
class Workbook;

/** Who benefits: the supply-chain graph driven by the forecast, a company's details, the
    ranking by impact, and the tables to edit companies and relations. */
class SupplyChainPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupplyChainPage(QWidget *parent = nullptr);

    void setWorkbook(Workbook *workbook);

    SupplyChainScene *scene() const { return mScene; }
    SupplyChainView *view() const { return mView; }
    SupplyChainAnalysis *analysis() const { return mAnalysis; }
    /** The details panel's HTML, for tests. */
    QString detailsHtml() const;
    QString message() const;

    void showCompany(int companyId);
    void focusOn(int companyId);
    /** What an exported GraphML carries: the exposures and the impact of the scenario and year
        the page shows. */
    GraphMetrics graphMetrics() const;
    void exportGraph();
    void printGraph();
    void exportTables();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildToolbar();
    void setDetails(const QString &html);
    void showIntroduction();
    QWidget *buildCompanyTab();
    QWidget *buildRelationTab();
    void refillChoices();
    void applySelection();
    void updateMeasure();
    void showMessage(const QString &text, bool warning);
    void showContextMenu(const QPoint &position);
    void addCompany();
    void addRelation(int supplierId = 0);

    Workbook *mWorkbook = nullptr;
    SupplyChainScene *mScene = nullptr;
    SupplyChainView *mView = nullptr;
    SupplyChainAnalysis *mAnalysis = nullptr;
    CompanyModel *mCompanies = nullptr;
    RelationModel *mRelations = nullptr;
    SourceDelegate *mSourceDelegate = nullptr;
    QDataWidgetMapper *mMapper = nullptr;
    QTabWidget *mTabs = nullptr;
    QTextBrowser *mDetails = nullptr;
    QTableView *mBenefits = nullptr;
    QTableView *mCompanyTable = nullptr;
    QTableView *mRelationTable = nullptr;
    QLabel *mMessage = nullptr;
    QLabel *mLegend = nullptr;
    QComboBox *mLayout = nullptr;
    QComboBox *mChain = nullptr;
    QComboBox *mSizeBy = nullptr;
    QComboBox *mYear = nullptr;
    QComboBox *mBaseline = nullptr;
    QLineEdit *mSearch = nullptr;
    QToolButton *mTierFilter = nullptr;
    QToolButton *mCountryFilter = nullptr;
    int mShown = 0;
};

} // namespace ws
