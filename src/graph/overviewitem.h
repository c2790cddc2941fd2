// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace ws {

class EdgeItem;
class SupplyChainScene;

/** The companies of one tier, as the zoomed-out view draws them: one box. */
struct TierGroup
{
    QString tier;
    int count = 0;
    QPointF centre; // the mean of its companies' places
    QList<int> leaders; // the largest by the measure first (then by relations), a few
};

/** The whole graph drawn in one batch when the view is zoomed out. Far out, each tier is one
    box at the middle of its companies, with their count and the largest of them named, and the
    relations between tiers as one line each, thicker for more. Less far, relations are
    hairlines and companies plain boxes of their tier's colour, with as many of the largest
    named as fit without overlapping. The single items step aside then (they keep hover and
    clicks but paint nothing), so that thousands of companies redraw within a frame. */
class OverviewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    explicit OverviewItem(SupplyChainScene *scene);

    /** Call after nodes moved, edges changed or the measure did. */
    void refresh();
    /** The view's scale and whether it shows the tiers' boxes, which keep their size on
        screen: the further out, the more of the scene they cover. */
    void setViewScale(double scale, bool grouped);

    /** The tiers' boxes, in the order of SupplyChain::tierOrder(); shown companies only. */
    const QList<TierGroup> &groups() const { return mGroups; }
    /** The companies named in the last paint of the overview, in the order they were tried. */
    const QList<int> &labelled() const { return mLabelled; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void arrangeGroups();
    void paintGroups(QPainter *painter, const QSizeF &room);
    void paintCompanies(QPainter *painter, const QRectF &exposed);
    void paintNames(QPainter *painter, const QRectF &exposed);

    SupplyChainScene *mScene;
    QRectF mBounds;
    QList<TierGroup> mGroups;
    QHash<quint64, int> mGroupLinks; // relations from group a to group b, key a << 32 | b
    // The tiers' boxes as a diagram, columns in the tiers' order, in pixels about its centre.
    QList<QRectF> mCards;
    QList<QStringList> mCardTexts;
    QSizeF mDiagramSize;
    double mViewScale = 1.0;
    bool mGrouped = false;
    QList<int> mLabelOrder; // every company, the first to name first
    QList<EdgeItem *> mLineOrder; // every relation, the heaviest first
    QHash<QString, QList<QRectF>> mTierBoxes; // the shown companies' boxes by tier
    /** A company's name as drawn zoomed out: measured once, pictured once in these colours. */
    struct NameLabel
    {
        QString title;
        double width = 0.0;
        QPixmap picture;
        QColor text;
        QColor halo;
    };
    QHash<int, NameLabel> mNames;
    QList<int> mLabelled;
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
