// SPDX-License-Identifier: MIT
#include "overviewitem.h"

#include "edgeitem.h"
#include "graphcolours.h"
#include "nodeitem.h"
#include "overlapremoval.h"
#include "supplychainscene.h"
#include "tierstyle.h"

#include "core/localname.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

constexpr qsizetype manyLines = 4000;
// Names drawn over the overview, at a fixed size on screen.
constexpr int namePixels = 12;
// At most this many names are tried per paint, the largest first: past them, space is gone.
constexpr int namesTried = 400;
// The tier boxes, in pixels on screen.
constexpr int groupTitlePixels = 13;
constexpr int groupLinePixels = 12;
constexpr int groupLeaders = 3;
constexpr double groupPadding = 6.0;
constexpr double groupMaxWidth = 220.0;

QFont pixelFont(int pixels, bool bold)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

} // namespace

OverviewItem::OverviewItem(SupplyChainScene *scene)
    : mScene(scene)
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton); // clicks reach the scene, which finds the company
    setAcceptHoverEvents(true);
    // The exposed rectangle, to skip the relations that are off screen.
    setFlag(ItemUsesExtendedStyleOption);
    // The drawing changes only when the graph or the zoom does: keep it as a pixmap.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void OverviewItem::refresh()
{
    QRectF bounds;
    for (EdgeItem *edge : mScene->edges())
        bounds |= QRectF(edge->line().p1(), edge->line().p2()).normalized();
    const QList<NodeItem *> nodes = mScene->nodes();
    for (NodeItem *node : nodes)
        bounds |= node->sceneBoundingRect();
    prepareGeometryChange();
    mBounds = bounds.adjusted(-2, -2, 2, 2);

    // Tiers in their order, then any others by name.
    QStringList tiers = SupplyChain::tierOrder();
    QHash<QString, int> groupOf;
    mGroups.clear();
    QHash<int, int> relations;
    for (EdgeItem *edge : mScene->edges()) {
        ++relations[edge->relation().supplierId];
        ++relations[edge->relation().customerId];
    }
    QList<NodeItem *> ranked = nodes;
    std::sort(ranked.begin(), ranked.end(), [&](const NodeItem *a, const NodeItem *b) {
        const double ma = mScene->measureOf(a->companyId());
        const double mb = mScene->measureOf(b->companyId());
        if (ma != mb)
            return ma > mb;
        const int ra = relations.value(a->companyId());
        const int rb = relations.value(b->companyId());
        return ra != rb ? ra > rb : a->companyId() < b->companyId();
    });
    mLabelOrder.clear();
    mLabelOrder.reserve(ranked.size());
    for (NodeItem *node : std::as_const(ranked)) {
        mLabelOrder << node->companyId();
        if (!node->isShown())
            continue;
        const QString &tier = node->company().tier;
        if (!tiers.contains(tier))
            tiers << tier;
        auto at = groupOf.find(tier);
        if (at == groupOf.end()) {
            at = groupOf.insert(tier, static_cast<int>(mGroups.size()));
            mGroups << TierGroup { tier, 0, {}, {} };
        }
        TierGroup &group = mGroups[*at];
        ++group.count;
        group.centre += node->pos();
        if (group.leaders.size() < groupLeaders)
            group.leaders << node->companyId();
    }
    for (TierGroup &group : mGroups)
        group.centre /= group.count;
    std::sort(mGroups.begin(), mGroups.end(), [&](const TierGroup &a, const TierGroup &b) {
        return tiers.indexOf(a.tier) < tiers.indexOf(b.tier);
    });
    groupOf.clear();
    for (int i = 0; i < mGroups.size(); ++i)
        groupOf.insert(mGroups[i].tier, i);
    mGroupLinks.clear();
    for (EdgeItem *edge : mScene->edges()) {
        if (!edge->isShown())
            continue;
        const int from = groupOf.value(edge->supplier()->company().tier);
        const int to = groupOf.value(edge->customer()->company().tier);
        if (from != to)
            ++mGroupLinks[(static_cast<quint64>(std::min(from, to)) << 32) |
                          static_cast<quint64>(std::max(from, to))];
    }
    update();
}

QRectF OverviewItem::boundingRect() const
{
    return mBounds;
}

void OverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!mScene->isOverview())
        return;
    painter->setOpacity(1.0);
    if (mScene->detailLevel() == SupplyChainScene::DetailLevel::Groups) {
        paintGroups(painter);
        return;
    }
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : mBounds;
    paintCompanies(painter, exposed);
    paintNames(painter, exposed);
}

void OverviewItem::paintCompanies(QPainter *painter, const QRectF &exposed)
{
    const GraphColours &colours = mScene->colours();
    QList<QLineF> lines;
    lines.reserve(mScene->edges().size());
    for (EdgeItem *edge : mScene->edges()) {
        if (!edge->isShown())
            continue;
        const QLineF line = edge->line();
        if (QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(exposed))
            lines << line;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    // An opaque pen: blending hundreds of thousands of pixels would cost most of the frame. Half
    // way from the background to the edge colour, as the many lines read as a haze.
    const QColor background = colours.background.isValid() ? colours.background : Qt::white;
    const QColor haze = QColor::fromRgbF((background.redF() + colours.edge.redF()) / 2,
                                         (background.greenF() + colours.edge.greenF()) / 2,
                                         (background.blueF() + colours.edge.blueF()) / 2);
    const QPen pen(haze, 0);
    if (lines.size() < manyLines) {
        painter->setPen(pen);
        painter->drawLines(lines);
    } else {
        // Thousands of long lines: rasterise them at half the resolution and scale the picture
        // up. A quarter of the pixels to write keeps a redraw after a zoom near one frame; at this
        // distance a line is a hint of a relation, not something to read.
        const QRectF device = painter->worldTransform().mapRect(mBounds & exposed);
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
        const QRectF box = node->sceneBoundingRect();
        if (box.intersects(exposed))
            boxes[colours.fill(node->company().tier).rgb()] << box;
    }
    painter->setPen(Qt::NoPen);
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        painter->setBrush(QColor::fromRgb(it.key()));
        painter->drawRects(it.value());
    }
}

void OverviewItem::paintNames(QPainter *painter, const QRectF &exposed)
{
    // The largest companies first, each on its box, as long as a name has room of its own: at
    // this distance not every company can be named, and the ones that matter most are.
    const GraphColours &colours = mScene->colours();
    const QTransform toDevice = painter->worldTransform();
    const QRectF visible = toDevice.mapRect(exposed);
    const QFont font = pixelFont(namePixels, true);
    const QFontMetricsF metrics(font);
    QList<QRectF> taken;
    mLabelled.clear();
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(font);
    QColor halo = colours.background.isValid() ? colours.background : QColor(Qt::white);
    halo.setAlpha(215);
    int tried = 0;
    for (int id : std::as_const(mLabelOrder)) {
        NodeItem *node = mScene->node(id);
        if (!node || !node->isShown())
            continue;
        if (++tried > namesTried)
            break;
        const QPointF centre = toDevice.map(node->pos());
        const QString name = node->shownTitle();
        const QSizeF size(metrics.horizontalAdvance(name) + 6, metrics.height() + 2);
        const QRectF label(centre - QPointF(size.width(), size.height()) / 2, size);
        if (!visible.contains(label))
            continue;
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&](const QRectF &other) { return other.intersects(label); }))
            continue;
        taken << label.adjusted(-2, -1, 2, 1);
        mLabelled << id;
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(label, 3, 3);
        painter->setPen(colours.text);
        painter->drawText(label, Qt::AlignCenter, name);
    }
    painter->restore();
}

void OverviewItem::paintGroups(QPainter *painter)
{
    const GraphColours &colours = mScene->colours();
    const QTransform toDevice = painter->worldTransform();
    const QFont titleFont = pixelFont(groupTitlePixels, true);
    const QFont lineFont = pixelFont(groupLinePixels, false);
    const QFontMetricsF title(titleFont);
    const QFontMetricsF line(lineFont);

    // Each tier's box where its companies are, as wide as its text; then pushed apart.
    QList<QStringList> texts;
    QList<QRectF> cards;
    for (const TierGroup &group : std::as_const(mGroups)) {
        QStringList text { QCoreApplication::translate("ws::OverviewItem", "%1: %n companies",
                                                       nullptr, group.count)
                               .arg(tierTitle(group.tier)) };
        double width = title.horizontalAdvance(text.first());
        for (int id : group.leaders) {
            if (NodeItem *node = mScene->node(id)) {
                text << node->shownTitle();
                width = std::max(width, line.horizontalAdvance(text.last()));
            }
        }
        width = std::min(width, groupMaxWidth) + 2 * groupPadding;
        const double height = title.height() + line.height() * (text.size() - 1) + 2 * groupPadding;
        const QPointF centre = toDevice.map(group.centre);
        cards << QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
        texts << text;
    }
    cards = removeOverlaps(cards, {}, 8.0);
    // Pushed apart they may hang below the graph: keep them centred on it.
    QRectF all;
    for (const QRectF &card : std::as_const(cards))
        all |= card;
    const QPointF shift = toDevice.mapRect(mBounds).center() - all.center();
    for (QRectF &card : cards)
        card.translate(0, shift.y());

    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor link = colours.edge;
    link.setAlpha(150);
    for (auto it = mGroupLinks.cbegin(); it != mGroupLinks.cend(); ++it) {
        const auto from = static_cast<qsizetype>(it.key() >> 32);
        const auto to = static_cast<qsizetype>(it.key() & 0xFFFFFFFFU);
        if (from >= cards.size() || to >= cards.size())
            continue;
        // Thicker for more relations, on a log scale: a thousand must not hide ten.
        painter->setPen(QPen(link, std::min(1.0 + std::log2(1.0 + it.value()), 10.0), Qt::SolidLine,
                             Qt::RoundCap));
        painter->drawLine(cards[from].center(), cards[to].center());
    }
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QRectF &card = cards[i];
        const QColor tier = colours.fill(mGroups[i].tier);
        painter->setPen(QPen(tier, 2));
        painter->setBrush(colours.groupFill);
        painter->drawRoundedRect(card, 5, 5);
        painter->setPen(colours.dark ? QColor(Qt::white) : QColor(Qt::black));
        const double width = card.width() - 2 * groupPadding;
        double top = card.top() + groupPadding;
        painter->setFont(titleFont);
        painter->drawText(QRectF(card.left() + groupPadding, top, width, title.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          title.elidedText(texts[i].first(), Qt::ElideRight, width));
        top += title.height();
        painter->setFont(lineFont);
        for (qsizetype k = 1; k < texts[i].size(); ++k) {
            painter->drawText(QRectF(card.left() + groupPadding, top, width, line.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              line.elidedText(texts[i][k], Qt::ElideRight, width));
            top += line.height();
        }
    }
    painter->restore();
}

void OverviewItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // Far out the companies are not drawn one by one: nothing to light.
    NodeItem *node = mScene->detailLevel() == SupplyChainScene::DetailLevel::Groups
        ? nullptr
        : mScene->nodeAt(event->scenePos());
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
    if (!hovered || mScene->detailLevel() == SupplyChainScene::DetailLevel::Groups)
        return;
    const GraphColours &colours = mScene->colours();
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(colours.edgeHighlight, 0));
    QList<QRectF> neighbours;
    for (EdgeItem *edge : mScene->edges()) {
        if (!edge->isHighlighted() || !edge->isShown())
            continue;
        painter->drawLine(edge->line());
        neighbours << edge->supplier()->sceneBoundingRect()
                   << edge->customer()->sceneBoundingRect();
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.selection);
    painter->drawRects(neighbours);
    painter->setBrush(QColor(0xE0, 0x50, 0x00));
    painter->drawRect(hovered->sceneBoundingRect());
}

} // namespace ws
