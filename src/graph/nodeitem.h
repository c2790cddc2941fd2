// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QGraphicsObject>

namespace ws {

/** A company in the supply-chain graph: a rounded box in its tier's colour with the English
    and Chinese names and the ticker. Its size can carry a measure (exposure, impact). */
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    explicit NodeItem(const Company &company);

    int companyId() const { return mCompany.id; }
    const Company &company() const { return mCompany; }
    void setCompany(const Company &company);

    /** 1 is the normal size; the graph grows a node up to 2.2 for the largest measure. */
    void setScale(double scale);
    /** Dimmed when another node is hovered and this one is not its neighbour. */
    /** Not hidden by a filter or focus. (Zoomed far out all single items are hidden with their
        layer while the overview draws them; they are still "shown".) */
    bool isShown() const { return isVisibleTo(parentItem()); }
    void setDimmed(bool dimmed);
    bool isDimmed() const { return mDimmed; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return mHighlighted; }
    /** Extra text under the names, e.g. "+1,234 wafers". */
    void setBadge(const QString &badge);

    /** The box's size at scale 1, for the layout. */
    static QSizeF baseSize();
    /** The point size of the names in the box at scale 1 (on a 96 dpi screen), so that a
        printout can choose a scale at which they stay legible. */
    static constexpr double labelPointSize = 8.5;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void hoverChanged(int companyId, bool hovered);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF box() const;

    Company mCompany;
    double mScale = 1.0;
    bool mDimmed = false;
    bool mHighlighted = false;
    QString mBadge;
};

} // namespace ws
