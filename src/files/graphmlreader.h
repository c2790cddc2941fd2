// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ws {

/** A reason a GraphML file, or one of its nodes or edges, cannot be imported. */
struct GraphMlProblem
{
    QString element; // "node c12", "edge r5"; empty for the file as a whole
    int line = 0; // the line of the element's start tag in the file; 0 when unknown
    QString attribute; // the attribute at fault (attr.name), empty when the element is
    QString reason;

    /** "node c12 (line 14), tier: 'fab' is not a tier…" */
    QString text() const;

    Q_DECLARE_TR_FUNCTIONS(ws::GraphMlProblem)
};

/** A <key>: the declaration that gives a data element's key id its name and type. */
struct GraphMlKey
{
    QString id;
    QString domain; // node, edge, graph, graphml or all
    QString name; // attr.name; the id when the key has none
    QString type; // attr.type; empty for yEd's graphics keys, which have yfilesType instead
    QString yfilesType; // yEd's yfiles.type: nodegraphics, edgegraphics, resources…
    bool hasDefault = false;
    QString defaultValue;
};

/** A node or an edge of the graph, with the text of its data by key id. */
struct GraphMlItem
{
    QString id;
    int line = 0;
    QHash<QString, QString> data; // key id → text, the key's default where the item has none
    QString yedLabel; // a node's first non-empty y:NodeLabel, as written
    QString source; // an edge's ends, as node ids
    QString target;
    bool directed = true; // an edge's own directed attribute, else the graph's edgedefault
};

/** The one graph of a GraphML file, as written: nothing is checked against a workbook here. */
struct GraphMlGraph
{
    QList<GraphMlKey> keys;
    QList<GraphMlItem> nodes;
    QList<GraphMlItem> edges;
};

/** Reads GraphML as Gephi, Cytoscape, yEd, networkx and WaferShare write it (one flat graph of
    nodes and edges with typed keys). Refuses what is not XML or not GraphML, a DOCTYPE (and with
    it every entity declaration, so that no entity can be expanded), hyperedges, nested graphs
    and graphs kept in another file, each with a reason that names the line. */
namespace GraphMlReader {

/** Files larger than this are refused before they are read: the supply chain of a workbook is
    a few hundred kilobytes as GraphML, with its layout and yEd's graphics. */
constexpr qint64 maxBytes = 64 * 1024 * 1024;

/** Parses @p bytes into @p graph. Returns an empty list on success, otherwise the problems
    (the first that stopped the reading). Pure: safe to feed any bytes. */
QList<GraphMlProblem> read(const QByteArray &bytes, GraphMlGraph *graph);

/** Reads the file @p path, refusing one larger than maxBytes before reading it, and parses it
    as read() does. */
QList<GraphMlProblem> readFile(const QString &path, GraphMlGraph *graph);

} // namespace GraphMlReader

} // namespace ws
