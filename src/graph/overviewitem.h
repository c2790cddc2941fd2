// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>

namespace ws {

class SupplyChainScene;

/** The whole graph drawn in one batch when the view is zoomed far out: relations as hairlines,
    companies as plain boxes of their tier's colour. The single items step aside then (they keep
    hover and clicks but paint nothing), so that thousands of companies redraw within a frame. */
class OverviewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    explicit OverviewItem(SupplyChainScene *scene);

    /** Call after nodes moved or edges changed: the bundle covers the scene's edges. */
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    SupplyChainScene *mScene;
    QRectF mBounds;
};

/** The hovered company's neighbourhood drawn over the overview: its relations and neighbours in
    the highlight colour. Separate from the overview, which keeps its drawing cached while the
    mouse moves. */
class OverviewHighlightItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    OverviewHighlightItem(SupplyChainScene *scene, const OverviewItem *overview);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    SupplyChainScene *mScene;
    const OverviewItem *mOverview;
};

} // namespace ws
