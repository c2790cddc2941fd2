// SPDX-License-Identifier: MIT
#include "overviewitem.h"

#include "edgeitem.h"
#include "nodeitem.h"
#include "supplychainscene.h"
#include "tierstyle.h"

#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ws {

namespace {
constexpr qsizetype manyLines = 4000;
} // namespace

OverviewItem::OverviewItem(SupplyChainScene *scene)
    : mScene(scene)
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton); // clicks reach the scene, which finds the company
    setAcceptHoverEvents(true);
    // The drawing changes only when the graph or the zoom does: keep it as a pixmap.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void OverviewItem::refresh()
{
    QRectF bounds;
    for (EdgeItem *edge : mScene->edges())
        bounds |= QRectF(edge->line().p1(), edge->line().p2()).normalized();
    for (NodeItem *node : mScene->nodes())
        bounds |= node->sceneBoundingRect();
    prepareGeometryChange();
    mBounds = bounds.adjusted(-2, -2, 2, 2);
    update();
}

QRectF OverviewItem::boundingRect() const
{
    return mBounds;
}

void OverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!mScene->isOverview())
        return;
    QList<QLineF> lines;
    lines.reserve(mScene->edges().size());
    for (EdgeItem *edge : mScene->edges()) {
        if (edge->isShown())
            lines << edge->line();
    }
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // An opaque pen: blending hundreds of thousands of pixels would cost most of the frame.
    const QPen pen(QColor(0xC4, 0xC8, 0xCE), 0);
    if (lines.size() < manyLines) {
        painter->setPen(pen);
        painter->drawLines(lines);
    } else {
        // Thousands of long lines: rasterise them at half the resolution and scale the picture
        // up. A quarter of the pixels to write keeps a redraw after a zoom near one frame; at this
        // distance a line is a hint of a relation, not something to read.
        const QRectF device = painter->worldTransform().mapRect(mBounds);
        QImage half((device.size() / 2).toSize().expandedTo(QSize(1, 1)),
                    QImage::Format_ARGB32_Premultiplied);
        half.fill(Qt::transparent);
        QPainter halfPainter(&half);
        halfPainter.translate(-device.topLeft() / 2);
        halfPainter.scale(0.5, 0.5);
        halfPainter.setTransform(painter->worldTransform(), true);
        halfPainter.setPen(pen);
        halfPainter.drawLines(lines);
        halfPainter.end();
        painter->save();
        painter->resetTransform();
        painter->drawImage(device, half);
        painter->restore();
    }

    // Boxes grouped by colour: one drawRects call per tier (and per state).
    QHash<QRgb, QList<QRectF>> boxes;
    for (NodeItem *node : mScene->nodes()) {
        if (!node->isShown())
            continue;
        boxes[tierColor(node->company().tier).rgb()] << node->sceneBoundingRect();
    }
    painter->setPen(Qt::NoPen);
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        painter->setBrush(QColor::fromRgb(it.key()));
        painter->drawRects(it.value());
    }
}

void OverviewItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    NodeItem *node = mScene->nodeAt(event->scenePos());
    const int id = node ? node->companyId() : 0;
    if (id != mScene->highlighted())
        mScene->highlightNeighbourhood(id);
    setToolTip(node ? node->toolTip() : QString());
}

void OverviewItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    mScene->highlightNeighbourhood(0);
}

OverviewHighlightItem::OverviewHighlightItem(SupplyChainScene *scene, const OverviewItem *overview)
    : mScene(scene)
    , mOverview(overview)
{
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF OverviewHighlightItem::boundingRect() const
{
    return mOverview->boundingRect();
}

void OverviewHighlightItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    NodeItem *hovered = mScene->node(mScene->highlighted());
    if (!hovered)
        return;
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(QColor(0xE0, 0x8E, 0x0B), 0));
    QList<QRectF> neighbours;
    for (EdgeItem *edge : mScene->edges()) {
        if (!edge->isHighlighted() || !edge->isShown())
            continue;
        painter->drawLine(edge->line());
        neighbours << edge->supplier()->sceneBoundingRect()
                   << edge->customer()->sceneBoundingRect();
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xFF, 0xB0, 0x00));
    painter->drawRects(neighbours);
    painter->setBrush(QColor(0xE0, 0x50, 0x00));
    painter->drawRect(hovered->sceneBoundingRect());
}

} // namespace ws
