// SPDX-License-Identifier: MIT
#include "overviewitem.h"

#include "edgeitem.h"
#include "graphcolours.h"
#include "hairlines.h"
#include "nodeitem.h"
#include "overlapremoval.h"
#include "pixelfont.h"
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
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

// Relations drawn zoomed out, the heaviest first: past a thousand or so the lines are a haze
// that costs a frame and more to draw and says no more.
constexpr qsizetype lineBudget = 1500;
// Names drawn over the overview, at a fixed size on screen.
constexpr int namePixels = 12;
// At most this many names are tried per paint, the largest first: past them, space is gone.
constexpr int namesTried = 400;
// The tier boxes, in pixels on screen.
constexpr int groupTitlePixels = 13;
constexpr int groupLinePixels = 12;
constexpr int groupLeaders = 2;
constexpr double groupPadding = 6.0;
constexpr double groupMaxWidth = 160.0;

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
    mTierBoxes.clear();
    mNames.clear();
    for (NodeItem *node : std::as_const(ranked)) {
        mLabelOrder << node->companyId();
        if (!node->isShown())
            continue;
        mTierBoxes[node->company().tier] << node->sceneBoundingRect();
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
    mLineOrder = mScene->edges();
    std::sort(mLineOrder.begin(), mLineOrder.end(), [](const EdgeItem *a, const EdgeItem *b) {
        if (a->relation().weight != b->relation().weight)
            return a->relation().weight > b->relation().weight;
        return a->relationId() < b->relationId();
    });
    arrangeGroups();
    update();
}

QRectF OverviewItem::boundingRect() const
{
    if (!mGrouped || mViewScale <= 0)
        return mBounds;
    const QSizeF diagram = (mDiagramSize + QSizeF(8, 8)) / mViewScale;
    return mBounds.united(
        QRectF(mBounds.center() - QPointF(diagram.width(), diagram.height()) / 2, diagram));
}

void OverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!mScene->isOverview())
        return;
    painter->setOpacity(1.0);
    if (mScene->detailLevel() == SupplyChainScene::DetailLevel::Groups) {
        paintGroups(painter, widget ? QSizeF(widget->size()) : mDiagramSize);
        return;
    }
    // What needs drawing: the exposed part, and of it only what lands on the device (a view
    // zoomed in on a large graph shows a small part of it).
    QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : mBounds;
    if (const QPaintDevice *device = painter->device()) {
        exposed &= painter->worldTransform().inverted().mapRect(
            QRectF(0, 0, device->width(), device->height()));
    }
    paintCompanies(painter, exposed);
    paintNames(painter, exposed);
}

void OverviewItem::paintCompanies(QPainter *painter, const QRectF &exposed)
{
    const GraphColours &colours = mScene->colours();
    QList<QLineF> lines;
    lines.reserve(std::min(lineBudget, mLineOrder.size()));
    for (EdgeItem *edge : std::as_const(mLineOrder)) {
        if (lines.size() >= lineBudget)
            break;
        if (!edge->isShown())
            continue;
        const QLineF line = edge->line();
        if (QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1).intersects(exposed))
            lines << line;
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    // An opaque colour: blending hundreds of thousands of pixels would cost most of the frame.
    // Half way from the background to the edge colour, as the many lines read as a haze.
    const QColor background = colours.background.isValid() ? colours.background : Qt::white;
    const QColor haze = QColor::fromRgbF((background.redF() + colours.edge.redF()) / 2,
                                         (background.greenF() + colours.edge.greenF()) / 2,
                                         (background.blueF() + colours.edge.blueF()) / 2);
    // The lines go into a picture of the part on screen, drawn there in one piece: QPainter's
    // own one-pixel lines cost twice the frame at this count.
    QRect device = painter->worldTransform().mapRect(mBounds & exposed).toAlignedRect();
    if (const QPaintDevice *target = painter->device())
        device &= QRect(0, 0, target->width(), target->height());
    if (!lines.isEmpty() && !device.isEmpty()) {
        // On the scene's own opaque background (the companies and relations under this item
        // paint nothing while it shows), a picture without alpha is copied, not blended.
        const bool opaque = colours.background.isValid() && colours.background.alpha() == 255;
        QImage picture(device.size(),
                       opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
        picture.fill(opaque ? background : QColor(Qt::transparent));
        QTransform toPicture = painter->worldTransform();
        toPicture *= QTransform::fromTranslate(-device.left(), -device.top());
        drawHairlines(picture, lines, toPicture, haze.rgb());
        painter->save();
        painter->resetTransform();
        painter->drawImage(device.topLeft(), picture);
        painter->restore();
    }

    // Boxes grouped by tier: one drawRects call each.
    painter->setPen(Qt::NoPen);
    for (auto it = mTierBoxes.cbegin(); it != mTierBoxes.cend(); ++it) {
        painter->setBrush(colours.fill(it.key()));
        painter->drawRects(it.value());
    }
}

void OverviewItem::paintNames(QPainter *painter, const QRectF &exposed)
{
    // The largest companies first, each on its box, as long as a name has room of its own: at
    // this distance not every company can be named, and the ones that matter most are.
    const GraphColours &colours = mScene->colours();
    const QTransform toDevice = painter->worldTransform();
    // Where this paint lands: the exposed part, within the device (the view, or the cache's
    // pixmap of it).
    QRectF visible = toDevice.mapRect(exposed);
    if (const QPaintDevice *device = painter->device())
        visible &= QRectF(0, 0, device->width(), device->height());
    const QFont font = pixelFont(namePixels, true);
    const QFontMetricsF metrics(font);
    QList<QRectF> taken;
    mLabelled.clear();
    painter->save();
    painter->resetTransform();
    QColor halo = colours.background.isValid() ? colours.background : QColor(Qt::white);
    halo.setAlpha(215);
    const qreal pixelRatio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    int tried = 0;
    for (int id : std::as_const(mLabelOrder)) {
        NodeItem *node = mScene->node(id);
        if (!node || !node->isShown())
            continue;
        if (++tried > namesTried)
            break;
        const QPointF centre = toDevice.map(node->pos());
        auto name = mNames.find(id);
        if (name == mNames.end()) {
            // Measured once until the graph changes: a zoom step must not measure them again.
            const QString title = node->shownTitle();
            name = mNames.insert(id, { title, metrics.horizontalAdvance(title), {}, {}, {} });
        }
        const QSizeF size(name->width + 6, metrics.height() + 2);
        const QRectF label(centre - QPointF(size.width(), size.height()) / 2, size);
        if (!visible.contains(label))
            continue;
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&](const QRectF &other) { return other.intersects(label); }))
            continue;
        taken << label.adjusted(-2, -1, 2, 1);
        mLabelled << id;
        // Drawn once and kept, as shaping text and filling rounded corners per name per zoom
        // step would cost a fifth of the frame; drawn again when the colours change.
        if (name->picture.isNull() || name->text != colours.text || name->halo != halo ||
            name->picture.devicePixelRatio() != pixelRatio) {
            QPixmap picture((size * pixelRatio).toSize());
            picture.setDevicePixelRatio(pixelRatio);
            picture.fill(Qt::transparent);
            QPainter labelPainter(&picture);
            labelPainter.setRenderHint(QPainter::Antialiasing, true);
            labelPainter.setFont(font);
            labelPainter.setPen(Qt::NoPen);
            labelPainter.setBrush(halo);
            labelPainter.drawRoundedRect(QRectF(QPointF(0, 0), size), 3, 3);
            labelPainter.setPen(colours.text);
            labelPainter.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, name->title);
            labelPainter.end();
            name->picture = picture;
            name->text = colours.text;
            name->halo = halo;
        }
        painter->drawPixmap(label.topLeft(), name->picture);
    }
    painter->restore();
}

void OverviewItem::setViewScale(double scale, bool grouped)
{
    if (scale == mViewScale && grouped == mGrouped)
        return;
    prepareGeometryChange();
    mViewScale = scale;
    mGrouped = grouped;
}

void OverviewItem::arrangeGroups()
{
    // One column per column of the layered layout (SupplyChain::tierColumns()), its tiers'
    // boxes stacked; whatever the layout, the tiers read left to right as their chain runs.
    const QFontMetricsF title(pixelFont(groupTitlePixels, true));
    const QFontMetricsF line(pixelFont(groupLinePixels, false));
    mCards.clear();
    mCardTexts.clear();
    QList<QList<int>> columns(SupplyChain::tierColumns().size() + 1);
    for (int i = 0; i < mGroups.size(); ++i) {
        const int column = SupplyChain::tierColumn(mGroups[i].tier);
        columns[column >= 0 ? column : columns.size() - 1] << i;
    }
    QList<QSizeF> sizes;
    for (const TierGroup &group : std::as_const(mGroups)) {
        QStringList text { tierTitle(group.tier),
                           QCoreApplication::translate("ws::OverviewItem", "%n companies", nullptr,
                                                       group.count) };
        double width = std::max(title.horizontalAdvance(text[0]), line.horizontalAdvance(text[1]));
        for (int id : group.leaders) {
            if (NodeItem *node = mScene->node(id)) {
                text << node->shownTitle();
                width = std::max(width, line.horizontalAdvance(text.last()));
            }
        }
        mCardTexts << text;
        sizes << QSizeF(std::min(std::ceil(width), groupMaxWidth) + 2 * groupPadding,
                        std::ceil(title.height() + line.height() * (text.size() - 1)) +
                            2 * groupPadding);
    }
    mCards = QList<QRectF>(mGroups.size());
    constexpr double columnGap = 32.0;
    constexpr double cardGap = 10.0;
    double x = 0.0;
    double tallest = 0.0;
    for (const QList<int> &column : std::as_const(columns)) {
        if (column.isEmpty())
            continue;
        double width = 0.0;
        double height = -cardGap;
        for (int i : column) {
            width = std::max(width, sizes[i].width());
            height += sizes[i].height() + cardGap;
        }
        double y = -height / 2;
        for (int i : column) {
            mCards[i] = QRectF(QPointF(x + (width - sizes[i].width()) / 2, y), sizes[i]);
            y += sizes[i].height() + cardGap;
        }
        x += width + columnGap;
        tallest = std::max(tallest, height);
    }
    // About the diagram's centre.
    const double width = std::max(0.0, x - columnGap);
    for (QRectF &card : mCards)
        card.translate(-width / 2, 0);
    mDiagramSize = QSizeF(width, tallest);
}

void OverviewItem::paintGroups(QPainter *painter, const QSizeF &room)
{
    const GraphColours &colours = mScene->colours();
    const QPointF centre = painter->worldTransform().map(mBounds.center());
    const QFont titleFont = pixelFont(groupTitlePixels, true);
    const QFont lineFont = pixelFont(groupLinePixels, false);
    const QFontMetricsF title(titleFont);
    const QFontMetricsF line(lineFont);

    painter->save();
    painter->resetTransform();
    painter->translate(centre);
    // Smaller on a narrow view, so that every tier stays in sight.
    const double fit = std::min({ 1.0, 0.96 * room.width() / std::max(1.0, mDiagramSize.width()),
                                  0.96 * room.height() / std::max(1.0, mDiagramSize.height()) });
    painter->scale(fit, fit);
    // Relations between tiers in different columns, one line each from box side to box side;
    // thicker for more, on a log scale so that a thousand do not hide ten.
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (auto it = mGroupLinks.cbegin(); it != mGroupLinks.cend(); ++it) {
        const auto a = static_cast<qsizetype>(it.key() >> 32);
        const auto b = static_cast<qsizetype>(it.key() & 0xFFFFFFFFU);
        if (a >= mCards.size() || b >= mCards.size())
            continue;
        const QRectF &left =
            mCards[a].center().x() <= mCards[b].center().x() ? mCards[a] : mCards[b];
        const QRectF &right = &left == &mCards[a] ? mCards[b] : mCards[a];
        if (left.right() >= right.left())
            continue; // one column: the boxes touch, a line would run under them
        painter->setPen(QPen(colours.edge,
                             std::round(std::min(1.0 + std::log2(1.0 + it.value()), 8.0)),
                             Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(QPointF(left.right(), left.center().y()),
                          QPointF(right.left(), right.center().y()));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (qsizetype i = 0; i < mCards.size(); ++i) {
        const QRectF &card = mCards[i];
        painter->setPen(QPen(colours.fill(mGroups[i].tier), 2));
        painter->setBrush(colours.groupFill);
        painter->drawRoundedRect(card, 5, 5);
        painter->setPen(colours.dark ? QColor(Qt::white) : QColor(Qt::black));
        const double width = card.width() - 2 * groupPadding;
        double top = card.top() + groupPadding;
        painter->setFont(titleFont);
        painter->drawText(QRectF(card.left() + groupPadding, top, width, title.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          title.elidedText(mCardTexts[i].first(), Qt::ElideRight, width));
        top += title.height();
        painter->setFont(lineFont);
        for (qsizetype k = 1; k < mCardTexts[i].size(); ++k) {
            painter->drawText(QRectF(card.left() + groupPadding, top, width, line.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              line.elidedText(mCardTexts[i][k], Qt::ElideRight, width));
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
