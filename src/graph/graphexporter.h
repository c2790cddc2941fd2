// SPDX-License-Identifier: MIT
#pragma once

#include "graphmetrics.h"

#include <QString>

class QGraphicsScene;
class QPainter;
class QRectF;

namespace ws {

class SupplyChainScene;

/** Writes the supply-chain graph as shown (visible companies and relations only): PNG, SVG
    with the names as text, PDF as vectors, or GraphML for Gephi, Cytoscape and yEd. */
class GraphExporter
{
public:
    enum class Result { Success, UnknownFormat, CannotWrite };

    struct Settings
    {
        QString path;
        double scale = 1.0; // PNG pixels per scene point
        QString title; // drawn above the graph and stored in SVG and PDF
    };

    /** @p metrics: the exposures and impact GraphML carries (the pictures do not). */
    static Result exportGraph(SupplyChainScene *scene, const Settings &settings, QString *error,
                              const GraphMetrics &metrics = GraphMetrics());

    /** The one paint routine behind PNG, SVG, PDF and the printer: the visible graph fitted into
        @p target, with a title line when @p title is not empty. */
    static void paint(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                      const QString &title);
    /** The part @p source of the scene (scene coordinates) fitted into @p target: a printout
        that splits the graph into several figures to keep its names legible. */
    static void paintPart(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                          const QRectF &source);
    /** The box around the visible companies, with a margin: what paint() fits. */
    static QRectF visibleBounds(SupplyChainScene *scene);

    /** GraphML (graphmlwriter.h) with every visible company (names, ticker, tier, position,
        yEd's drawing, and the exposures and impact of @p metrics) and relation. */
    static bool writeGraphMl(SupplyChainScene *scene, const QString &path, QString *error,
                             const GraphMetrics &metrics = GraphMetrics());

private:
    /** paint() and paintPart(): the whole visible graph when @p source is empty. */
    static void paintRegion(SupplyChainScene *scene, QPainter *painter, const QRectF &target,
                            const QString &title, const QRectF &source);
};

} // namespace ws
