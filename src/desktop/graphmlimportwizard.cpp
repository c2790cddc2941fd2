// SPDX-License-Identifier: MIT
#include "graphmlimportwizard.h"
#include "models/plaintooltip.h"
#include "plainmessagebox.h"
#include "savefolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace ws {

namespace {

// A wizard page whose Next or Finish button waits for @p complete.
class GatedPage : public QWizardPage
{
public:
    explicit GatedPage(std::function<bool()> complete)
        : mComplete(std::move(complete))
    {
    }
    bool isComplete() const override { return mComplete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> mComplete;
};

} // namespace

GraphMlImportWizard::GraphMlImportWizard(Workbook *workbook, QWidget *parent)
    : QWizard(parent)
    , mWorkbook(workbook)
{
    setWindowTitle(tr("Import Supply Chain from GraphML"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(CheckPage, createCheckPage());
    resize(900, 560);
}

QWizardPage *GraphMlImportWizard::createFilePage()
{
    auto *page = new GatedPage([this] { return mLoaded; });
    page->setTitle(tr("File"));
    page->setSubTitle(
        tr("Choose a GraphML file of the supply chain, as Gephi, Cytoscape, yEd or networkx "
           "save it."));
    // The matching rules are longer than the two lines a wizard's subtitle shows.
    auto *rules =
        new QLabel(tr("A node is the company of "
                      "its id (c12) or else of its name, an edge the relation of its id or "
                      "else of its supplier, customer and kind; they are updated with the "
                      "attributes the file gives, the others are added. Nothing the file "
                      "leaves out is removed."),
                   page);
    rules->setWordWrap(true);
    rules->setTextFormat(Qt::PlainText);
    mPathEdit = new QLineEdit(page);
    mPathEdit->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    mFileMessage = new QLabel(page);
    mFileMessage->setWordWrap(true);
    mFileMessage->setTextFormat(Qt::PlainText);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mPathEdit, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(page);
    form->addRow(rules);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(mFileMessage);

    connect(browse, &QPushButton::clicked, this, [this, page] {
        QSettings settings;
        const QString start =
            settings.value(QStringLiteral("import/folder"), SaveFolder::start()).toString();
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Supply Chain from GraphML"), start,
                                         tr("GraphML files (*.graphml *.xml);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
        loadFile(path);
        page->recheck();
    });
    return page;
}

QWizardPage *GraphMlImportWizard::createCheckPage()
{
    auto *page = new GatedPage([this] { return mCheckedOk; });
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every node and edge is checked against the workbook before anything "
                         "is written. One problem means nothing is imported."));
    mCheckSummary = new QLabel(page);
    mCheckSummary->setWordWrap(true);
    mCheckSummary->setTextFormat(Qt::PlainText);
    mProblems = new QTableWidget(0, 4, page);
    mProblems->setHorizontalHeaderLabels(
        { tr("Line"), tr("Node or edge"), tr("Attribute"), tr("Problem") });
    mProblems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mProblems->verticalHeader()->setVisible(false);
    mProblems->horizontalHeader()->setStretchLastSection(true);
    mProblems->setWordWrap(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mCheckSummary);
    layout->addWidget(mProblems, 1);
    // Keeps the summary at the top when there is no table of problems to fill the page.
    layout->addStretch();
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (id == CheckPage) {
            showCheck(check());
            page->recheck();
        }
    });
    return page;
}

QString GraphMlImportWizard::loadFile(const QString &path)
{
    mPath = path;
    mPathEdit->setText(QDir::toNativeSeparators(path));
    const QList<GraphMlProblem> problems = GraphMlReader::readFile(path, &mGraph);
    mLoaded = problems.isEmpty();
    if (!mLoaded) {
        const QString problem =
            tr("%1: %2").arg(QFileInfo(path).fileName(), problems.first().text());
        mFileMessage->setText(problem);
        return problem;
    }
    mFileMessage->setText(tr("%1: %n node(s)", nullptr, static_cast<int>(mGraph.nodes.size()))
                              .arg(QFileInfo(path).fileName()) +
                          tr(", %n edge(s).", nullptr, static_cast<int>(mGraph.edges.size())));
    return {};
}

GraphMlImportResult GraphMlImportWizard::check()
{
    const GraphMlImportResult result =
        mWorkbook->importGraphMl(mGraph, QFileInfo(mPath).fileName(), true);
    mCheckedOk = result.ok();
    return result;
}

GraphMlImportResult GraphMlImportWizard::import()
{
    return mWorkbook->importGraphMl(mGraph, QFileInfo(mPath).fileName(), false);
}

void GraphMlImportWizard::showCheck(const GraphMlImportResult &result)
{
    mProblems->setRowCount(0);
    if (result.ok()) {
        mCheckSummary->setText(tr("%n change(s) are ready to import: %1. Nothing has been "
                                  "written yet.",
                                  nullptr, result.changes())
                                   .arg(result.summary()));
        mProblems->setVisible(false);
        return;
    }
    mCheckSummary->setText(tr("%n problem(s) in %1; nothing will be imported until the file is "
                              "fixed:",
                              nullptr, static_cast<int>(result.problems.size()))
                               .arg(QFileInfo(mPath).fileName()));
    mProblems->setVisible(true);
    mProblems->setRowCount(static_cast<int>(result.problems.size()));
    for (int r = 0; r < result.problems.size(); ++r) {
        const GraphMlProblem &problem = result.problems[r];
        mProblems->setItem(
            r, 0, new QTableWidgetItem(problem.line ? QString::number(problem.line) : QString()));
        mProblems->setItem(r, 1, new QTableWidgetItem(problem.element));
        mProblems->setItem(r, 2, new QTableWidgetItem(problem.attribute));
        auto *reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(plainToolTip(problem.reason));
        mProblems->setItem(r, 3, reason);
    }
    for (int c = 0; c < 3; ++c)
        mProblems->resizeColumnToContents(c);
}

void GraphMlImportWizard::accept()
{
    const GraphMlImportResult result = import();
    if (!result.ok()) {
        showCheck(result);
        showPlainMessage(this, QMessageBox::Warning, tr("Nothing Imported"),
                         result.problems.first().text());
        return;
    }
    QWizard::accept();
}

} // namespace ws
