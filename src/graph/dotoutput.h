// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace ws {

/** What one of Graphviz's command-line tools wrote with -Tdot, reduced to what our layouts
    read: the bounding box, each node's centre and each edge's route, in Graphviz's points
    with y up. Numbers are read with a decimal point whatever the process's locale. Reading
    takes milliseconds where cgraph's own parser (agmemread) takes a third of a second on
    5,000 nodes and 20,000 edges. */
class DotOutput
{
public:
    struct Edge
    {
        QByteArray tail;
        QByteArray head;
        QByteArray pos; // Graphviz's spline text, empty when the edge was not routed
    };

    /** Reads @p text; false, with error(), when it is not DOT as Graphviz writes it. */
    bool read(const QByteArray &text);
    QString error() const { return mError; }

    /** The graph's "bb", empty when it had none. */
    QRectF boundingBox() const { return mBoundingBox; }
    /** The centre of the node named @p name, if it was placed. */
    std::optional<QPointF> centre(const QByteArray &name) const;
    /** The edges in the order written; parallel edges keep the order they were given in. */
    const std::vector<Edge> &edges() const { return mEdges; }

    /** An edge's "pos" as a path, y flipped to point down: y' = flipY − y. Each of its
        splines starts at its "s" point (if any), runs through its Bézier curves and ends at
        its "e" point (if any), where the arrowhead's tip touches the node. Empty when @p pos
        cannot be read. */
    static QPainterPath route(const QByteArray &pos, double flipY);

private:
    QRectF mBoundingBox;
    QHash<QByteArray, QPointF> mCentres;
    std::vector<Edge> mEdges;
    QString mError;
};

} // namespace ws
