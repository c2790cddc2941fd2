// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QGraphicsItem>

namespace ws {

class NodeItem;

/** A supplier → customer relation: an arrow between two nodes, thicker for a larger weight,
    with the product and weight on hover. */
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

    /** Follows its nodes after one of them moved. */
    void adjust();
    QLineF line() const { return mLine; }
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
    bool mDimmed = false;
    bool mHighlighted = false;
};

} // namespace ws
