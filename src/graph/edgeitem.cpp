// SPDX-License-Identifier: MIT
#include "edgeitem.h"

#include "graphcolours.h"
#include "nodeitem.h"
#include "supplychainscene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ws {

namespace {

constexpr double arrowSize = 9.0;

// Where the segment from the centre of @p rect towards @p outside leaves the rectangle.
QPointF boxExit(const QRectF &rect, const QPointF &centre, const QPointF &outside)
{
    const QLineF ray(centre, outside);
    const QLineF sides[] = { { rect.topLeft(), rect.topRight() },
                             { rect.topRight(), rect.bottomRight() },
                             { rect.bottomRight(), rect.bottomLeft() },
                             { rect.bottomLeft(), rect.topLeft() } };
    for (const QLineF &side : sides) {
        QPointF hit;
        if (ray.intersects(side, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return centre;
}

} // namespace

EdgeItem::EdgeItem(const Relation &relation, NodeItem *supplier, NodeItem *customer)
    : mRelation(relation)
    , mSupplier(supplier)
    , mCustomer(customer)
{
    setAcceptHoverEvents(true);
    setZValue(1);
    adjust();
}

void EdgeItem::setRelation(const Relation &relation, const QString &toolTip)
{
    mRelation = relation;
    setToolTip(toolTip);
    update();
}

void EdgeItem::setRoute(const QPainterPath &route)
{
    mRoute = route;
    mRouteFrom = mSupplier->box().translated(mSupplier->pos());
    mRouteTo = mCustomer->box().translated(mCustomer->pos());
    adjust();
}

void EdgeItem::adjust()
{
    const QPointF from = mSupplier->pos();
    const QPointF to = mCustomer->pos();
    const QRectF fromBox = mSupplier->box().translated(from);
    const QRectF toBox = mCustomer->box().translated(to);
    prepareGeometryChange();
    mLine = QLineF(boxExit(fromBox, from, to), boxExit(toBox, to, from));
    if (!mRoute.isEmpty() && fromBox == mRouteFrom && toBox == mRouteTo) {
        mPath = mRoute;
        return;
    }
    mPath = QPainterPath();
    if (mLayered && fromBox.right() + 2 * arrowSize < toBox.left()) {
        // Left to right: leave the supplier's right side and enter the customer's left one
        // level, so that parallel chains stay parallel.
        const QPointF start(fromBox.right(), from.y());
        const QPointF end(toBox.left(), to.y());
        const double pull = (end.x() - start.x()) / 2;
        mPath.moveTo(start);
        mPath.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
    } else {
        mPath.moveTo(mLine.p1());
        mPath.lineTo(mLine.p2());
    }
}

void EdgeItem::setDimmed(bool dimmed)
{
    if (dimmed != mDimmed) {
        mDimmed = dimmed;
        update();
    }
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (highlighted != mHighlighted) {
        mHighlighted = highlighted;
        update();
    }
}

QRectF EdgeItem::boundingRect() const
{
    const double extra = arrowSize + 4;
    return mPath.boundingRect().adjusted(-extra, -extra, extra, extra);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(mPath);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mPath.length() < 1.0)
        return;
    const auto *chain = qobject_cast<const SupplyChainScene *>(scene());
    const GraphColours colours = chain ? chain->colours() : GraphColours::paper();
    const QColor color = mHighlighted ? colours.edgeHighlight : colours.edge;
    painter->setOpacity(mDimmed ? 0.12 : 0.9);
    const double width = 1.0 + 3.0 * std::clamp(mRelation.weight, 0.0, 1.0);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mPath);
    constexpr double pi = 3.14159265358979323846;
    // The head points along the path's last stretch.
    const double angle = mPath.angleAtPercent(1.0) * pi / 180.0;
    const QPointF tip = mPath.pointAtPercent(1.0);
    const QPointF left =
        tip - QPointF(std::sin(angle + pi / 3) * arrowSize, std::cos(angle + pi / 3) * arrowSize);
    const QPointF right = tip -
        QPointF(std::sin(angle + pi - pi / 3) * arrowSize,
                std::cos(angle + pi - pi / 3) * arrowSize);
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawPolygon(QPolygonF({ tip, left, right }));
}

} // namespace ws
