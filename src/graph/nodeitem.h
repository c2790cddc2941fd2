// SPDX-License-Identifier: MIT
#pragma once

#include "core/supplychain.h"

#include <QFont>
#include <QGraphicsObject>

namespace ws {

/** A company in the supply-chain graph: a rounded box in its tier's colour with the name as
    shown, the other spelling and the ticker, and the measure's badge. The box is as wide as its
    text (up to a limit; a longer name is elided in the box and given in full on hover and in
    the details). Its size can carry a measure (exposure, impact). */
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
    double measureScale() const { return mScale; }
    /** Not hidden by a filter or focus. (Zoomed far out all single items are hidden with their
        layer while the overview draws them; they are still "shown".) */
    bool isShown() const { return isVisibleTo(parentItem()); }
    /** Dimmed when another node is hovered and this one is not its neighbour. */
    void setDimmed(bool dimmed);
    bool isDimmed() const { return mDimmed; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return mHighlighted; }
    /** Extra text under the names, e.g. "+1,234 wafers". */
    void setBadge(const QString &badge);

    /** The box, centred on the item's position, in scene units. */
    QRectF box() const;
    /** The name as drawn in the box's first line (elided only beyond maxTextWidth). */
    QString shownTitle() const;
    /** The font of the name (pixel-sized: scene units at scale 1 are pixels). */
    static QFont nameFont();
    /** The widest a line of text may make a box, in scene units. */
    static constexpr double maxTextWidth = 260.0;
    /** A box's size at scale 1 for a name alone, for layouts that are not given items. */
    static QSizeF baseSize();
    /** The point size of the smallest text in a box at scale 1 (11 px on a 96 dpi screen:
        the badge), so that a printout can choose a scale at which all of it stays legible. */
    static constexpr double labelPointSize = 11 * 72.0 / 96.0;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void hoverChanged(int companyId, bool hovered);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void measureText();

    Company mCompany;
    QString mTitle; // the shown name, made safe to draw
    QString mSubtitle; // the other spelling and the ticker
    QString mBadge;
    QSizeF mTextSize; // of all lines at scale 1, padding included
    double mScale = 1.0;
    bool mDimmed = false;
    bool mHighlighted = false;
};

} // namespace ws
