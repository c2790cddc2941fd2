// SPDX-License-Identifier: MIT
#include "edgeitem.h"

#include "nodeitem.h"

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

void EdgeItem::adjust()
{
    const QPointF from = mSupplier->pos();
    const QPointF to = mCustomer->pos();
    const QRectF fromBox = mSupplier->boundingRect().translated(from);
    const QRectF toBox = mCustomer->boundingRect().translated(to);
    prepareGeometryChange();
    mLine = QLineF(boxExit(fromBox, from, to), boxExit(toBox, to, from));
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
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-extra, -extra, extra, extra);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mLine.length() < 1.0)
        return;
    const QColor color = mHighlighted ? QColor(0xE0, 0x8E, 0x0B) : QColor(0x70, 0x78, 0x84);
    painter->setOpacity(mDimmed ? 0.12 : 0.9);
    const double width = 1.0 + 3.0 * std::clamp(mRelation.weight, 0.0, 1.0);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(mLine);
    constexpr double pi = 3.14159265358979323846;
    const double angle = std::atan2(-mLine.dy(), mLine.dx());
    const QPointF tip = mLine.p2();
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
