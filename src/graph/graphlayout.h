// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>

namespace ws {

enum class LayoutKind {
    Layered, // Graphviz dot, tiers as columns left to right (DESIGN §4)
    Force // Graphviz sfdp, force-directed
};

/** A node to place: its size is in scene units (points). */
struct LayoutNode
{
    int id = 0;
    QString label;
    QString tier;
    QSizeF size;
};

/** A directed edge to route, from the supplier node to the customer node. */
struct LayoutEdge
{
    int id = 0;
    int from = 0;
    int to = 0;
};

/** Where a layout put things, in scene coordinates (points, y down). */
struct LayoutResult
{
    QHash<int, QPointF> positions; // node centres by node id
    QHash<int, QPainterPath> edgePaths; // by edge id; edges without one are drawn straight
    QRectF bounds;
    QString note; // what was bounded or replaced to keep a large graph fast, if anything
    bool cancelled = false;
    QString error;
};

/** Computes node positions for the supply-chain graph with Graphviz: its command-line tools
    (dot, sfdp, neato) as child processes, so that a cancel stops them at once, or its library
    in process where the tools are missing (GraphvizCommand::find) and for graphs so small
    that starting a tool would take longer than the layout. Painting is someone else's
    job: this knows nothing about items or scenes. Thread-safe; uses of the library are
    serialised because Graphviz keeps global state. */
class GraphLayout
{
public:
    /** Lays out the graph. Edges whose ends are not among the nodes are ignored. A cancel
        kills Graphviz's child process within milliseconds; the library in process cannot be
        interrupted, so there cancel is honoured before and after it. Our own steps check it
        between them. */
    static LayoutResult run(LayoutKind kind, const QList<LayoutNode> &nodes,
                            const QList<LayoutEdge> &edges,
                            const std::atomic_bool *cancel = nullptr);

    /** The DOT text of exactly what run() hands Graphviz for these inputs, to reproduce or
        time a layout with the command-line tools. */
    static QString toDot(LayoutKind kind, const QList<LayoutNode> &nodes,
                         const QList<LayoutEdge> &edges);
};

} // namespace ws

Q_DECLARE_METATYPE(ws::LayoutResult)
