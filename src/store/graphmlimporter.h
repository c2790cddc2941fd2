// SPDX-License-Identifier: MIT
#pragma once

#include "files/graphmlreader.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace ws {

/** What a GraphML import changed (or, in a dry run, would change), or every reason it changed
    nothing. */
struct GraphMlImportResult
{
    int companiesAdded = 0;
    int companiesUpdated = 0;
    int companiesUnchanged = 0;
    int relationsAdded = 0;
    int relationsUpdated = 0;
    int relationsUnchanged = 0;
    /** Keys of the file that no field of a company or relation takes (a layout's x and y, yEd's
        edge graphics, Gephi's colours), by name, in the order the file declares them. */
    QStringList ignoredAttributes;
    QList<GraphMlProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    int changes() const
    {
        return companiesAdded + companiesUpdated + relationsAdded + relationsUpdated;
    }
    /** "companies: 2 added, 1 updated, 29 unchanged; relations: …", then the ignored keys. */
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(ws::GraphMlImportResult)
};

/** Imports the companies and relations of a GraphML graph into a workbook, all or nothing, with
    the checks of a CSV import of the company and relation tables (the same messages, naming the
    node or edge and its line) and then the supply chain's own rules (SupplyChainRules).

    A node is the company of its id (a numeric `id` or `company_id` attribute, else a node id
    "c12" as WaferShare writes it) when the workbook has that company, else the company of the
    same name (trimmed, case-sensitive), else a new company. Its name is the `name` attribute,
    else `label`, else yEd's node label, else the node id when it is not of the form c12; names
    that disagree are refused. An edge (directed, from the supplier to the customer) is the
    relation of its id (an `id` or `relation_id` attribute, else an edge id "r5") when there is
    one, else the relation of the same supplier, customer and kind (case-insensitive; an edge
    without a kind takes the only relation between the two), else a new relation. A matched row
    gets the attributes the file gives and keeps the others; companies and relations the file
    does not have are kept, never removed. */
class GraphMlImporter
{
public:
    /** Imports @p graph in one transaction; a dry run checks everything, the workbook's
        constraints included, and writes nothing. @p label names the file in the audit
        trail. */
    static GraphMlImportResult importGraph(QSqlDatabase &db, const GraphMlGraph &graph,
                                           const QString &label, bool dryRun);

    Q_DECLARE_TR_FUNCTIONS(ws::GraphMlImporter)

private:
    /** importGraph() before its problems are put in the order of the file. */
    static GraphMlImportResult importSorted(QSqlDatabase &db, const GraphMlGraph &graph,
                                            const QString &label, bool dryRun);
};

} // namespace ws
