// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace ws {

class NodeItem;

/** A supplier → customer relation: an arrow between two nodes, thicker for a larger weight,
    with the product and weight on hover. It follows the route the layout gave it (Graphviz's
    splines around the boxes) while both ends stay where that layout put them; otherwise a
    curve from the supplier's right side to the customer's left, as tiers read left to right. */
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    EdgeItem(const Relation &relation, NodeItem *supplier, NodeItem *customer);

    int relationId() const { return mRelation.id; }
    const Relation &relation() const { return mRelation; }
    void setRelation(const Relation &relation, const QString &toolTip);
    NodeItem *supplier() const { return mSupplier; }
    NodeItem *customer() const { return mCustomer; }

    /** The layout's route for this edge, valid while its two nodes keep the boxes they have
        now; an empty path forgets it. */
    void setRoute(const QPainterPath &route);
    /** In a layered layout an edge without a route curves from side to side, level at both
        ends; in a force layout it is straight. */
    void setLayered(bool layered) { mLayered = layered; }
    /** Follows its nodes after one of them moved. */
    void adjust();
    /** Straight from box to box, for the zoomed-out overview. */
    QLineF line() const { return mLine; }
    /** What is drawn: the route, or the curve or line in its place. */
    QPainterPath path() const { return mPath; }
    /** Not hidden by a filter or focus. (Zoomed far out all single items are hidden with their
        layer while the overview draws them; they are still "shown".) */
    bool isShown() const { return isVisibleTo(parentItem()); }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return mDimmed; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return mHighlighted; }

    /** Below this view scale the whole graph is drawn at once by an OverviewItem. */
    static constexpr double bundleDetail = 0.35;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Relation mRelation;
    NodeItem *mSupplier;
    NodeItem *mCustomer;
    QLineF mLine;
    QPainterPath mPath;
    QPainterPath mRoute;
    QRectF mRouteFrom; // the ends' boxes the route was made for
    QRectF mRouteTo;
    bool mLayered = true;
    bool mDimmed = false;
    bool mHighlighted = false;
};

} // namespace ws
