// SPDX-License-Identifier: MIT
#pragma once

#include "files/graphmlreader.h"
#include "models/workbook.h" // GraphMlImportResult: the document's GraphML import API

#include <QWizard>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace ws {

/** File ▸ Import Supply Chain from GraphML: a graph edited in Gephi, Cytoscape, yEd or networkx
    (or exported by WaferShare), then what it would change in the companies and relations, or
    every problem by node or edge, line and attribute, before anything is written. Import writes
    all of it or nothing, as a CSV import does, and removes nothing the file leaves out. */
class GraphMlImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, CheckPage };

    explicit GraphMlImportWizard(Workbook *workbook, QWidget *parent = nullptr);

    /** Reads and parses @p path; returns the reason it cannot be imported, or "". */
    QString loadFile(const QString &path);

    /** Checks everything and writes nothing; the result is what the last page shows. */
    GraphMlImportResult check();
    /** Imports for real. */
    GraphMlImportResult import();

    void accept() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createCheckPage();
    void showCheck(const GraphMlImportResult &result);

    Workbook *mWorkbook = nullptr;
    QString mPath;
    GraphMlGraph mGraph;
    bool mLoaded = false;
    bool mCheckedOk = false;

    QLineEdit *mPathEdit = nullptr;
    QLabel *mFileMessage = nullptr;
    QLabel *mCheckSummary = nullptr;
    QTableWidget *mProblems = nullptr;
};

} // namespace ws
