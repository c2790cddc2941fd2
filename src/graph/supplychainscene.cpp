// SPDX-License-Identifier: MIT
#include "supplychainscene.h"

#include "edgeitem.h"
#include "layoutjob.h"
#include "models/workbook.h"
#include "nodeitem.h"
#include "overlapremoval.h"
#include "overviewitem.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace ws {

SupplyChainScene::SupplyChainScene(QObject *parent)
    : QGraphicsScene(parent)
    , mBundle(new OverviewItem(this))
    , mBundleHighlight(new OverviewHighlightItem(this, mBundle))
    , mDetailLayer(new QGraphicsRectItem)
    , mColours(GraphColours::fromPalette(palette()))
{
    // No index: drawing walks the top-level items only (the detail layer, the overview), so a
    // zoomed-out view of thousands of companies does not visit every item. Hit tests are linear,
    // which stays well under a millisecond at five thousand companies.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    mDetailLayer->setFlag(QGraphicsItem::ItemHasNoContents);
    addItem(mDetailLayer);
    addItem(mBundle);
    addItem(mBundleHighlight);
    mBundle->setVisible(false);
    mBundleHighlight->setVisible(false);
    setBackgroundBrush(mColours.background);
}

bool SupplyChainScene::event(QEvent *event)
{
    const bool handled = QGraphicsScene::event(event);
    // The application's palette reaches a scene as ApplicationPaletteChange, which resolves the
    // scene's palette and sends PaletteChange; either way the graph takes the new colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        setColours(GraphColours::fromPalette(palette()));
    return handled;
}

void SupplyChainScene::setColours(const GraphColours &colours)
{
    mColours = colours;
    setBackgroundBrush(colours.background.isValid() ? QBrush(colours.background) : QBrush());
    for (NodeItem *node : std::as_const(mNodes))
        node->update();
    for (EdgeItem *edge : std::as_const(mEdges))
        edge->update();
    mBundle->update();
    mBundleHighlight->update();
}

SupplyChainScene::~SupplyChainScene()
{
    delete mJob; // cancels and waits for a running layout
}

void SupplyChainScene::setWorkbook(Workbook *workbook)
{
    if (mWorkbook)
        disconnect(mWorkbook->supplyChain(), nullptr, this, nullptr);
    mWorkbook = workbook;
    if (mWorkbook) {
        SupplyChainDocument *chain = mWorkbook->supplyChain();
        connect(chain, &SupplyChainDocument::changed, this, &SupplyChainScene::syncItems);
        connect(chain, &SupplyChainDocument::positionsChanged, this, [this](const QString &layout) {
            if (layout == layoutName())
                applyPositions();
        });
    }
    mComputed.clear();
    syncItems();
}

QString SupplyChainScene::layoutName() const
{
    return mLayoutKind == LayoutKind::Layered ? QStringLiteral("layered") : QStringLiteral("force");
}

void SupplyChainScene::setLayoutKind(LayoutKind kind)
{
    if (kind == mLayoutKind)
        return;
    mLayoutKind = kind;
    mComputed.clear();
    mRoutes.clear();
    relayout();
}

// In id order: Graphviz's result depends on the order it is given the graph in, and a hash's
// order changes from run to run, so the same workbook would be drawn (and printed, and split
// into figures) differently each time.
QList<LayoutNode> SupplyChainScene::layoutNodes() const
{
    QList<LayoutNode> nodes;
    for (NodeItem *node : mNodes)
        nodes << LayoutNode { node->companyId(), node->company().name, node->company().tier,
                              node->box().size() };
    std::sort(nodes.begin(), nodes.end(),
              [](const LayoutNode &a, const LayoutNode &b) { return a.id < b.id; });
    return nodes;
}

QList<LayoutEdge> SupplyChainScene::layoutEdges() const
{
    QList<LayoutEdge> edges;
    for (EdgeItem *edge : mEdges)
        edges << LayoutEdge { edge->relationId(), edge->relation().supplierId,
                              edge->relation().customerId };
    std::sort(edges.begin(), edges.end(),
              [](const LayoutEdge &a, const LayoutEdge &b) { return a.id < b.id; });
    return edges;
}

bool SupplyChainScene::isLayingOut() const
{
    return mLayoutPending || (mJob && mJob->isRunning());
}

void SupplyChainScene::cancelLayout()
{
    mLayoutPending = false;
    if (mJob)
        mJob->cancel();
}

void SupplyChainScene::relayout()
{
    if (mLayoutPending || mNodes.isEmpty())
        return;
    mLayoutPending = true;
    QTimer::singleShot(0, this, &SupplyChainScene::startLayout);
}

void SupplyChainScene::startLayout()
{
    if (!mLayoutPending)
        return; // cancelled, or done at once by relayoutNow()
    mLayoutPending = false;
    delete mJob;
    mJob = new LayoutJob(mLayoutKind, layoutNodes(), layoutEdges());
    connect(mJob, &LayoutJob::progress, this, &SupplyChainScene::layoutStarted);
    connect(mJob, &LayoutJob::finished, this, &SupplyChainScene::applyLayout);
    Q_EMIT layoutStarted(tr("Laying out %n companies…", nullptr, static_cast<int>(mNodes.size())));
    mJob->start();
}

void SupplyChainScene::relayoutNow()
{
    mLayoutPending = false;
    applyLayout(GraphLayout::run(mLayoutKind, layoutNodes(), layoutEdges()));
}

void SupplyChainScene::applyLayout(const LayoutResult &result)
{
    if (result.cancelled) {
        Q_EMIT layoutFinished(tr("Layout cancelled; the previous positions stay."));
        return;
    }
    if (!result.error.isEmpty()) {
        Q_EMIT layoutFinished(tr("Layout failed: %1").arg(result.error));
        return;
    }
    mComputed = result.positions;
    mRoutes = result.edgePaths;
    mLayoutNote = result.note;
    applyPositions();
    Q_EMIT layoutFinished(result.note);
}

void SupplyChainScene::applyPositions()
{
    const QHash<int, QPointF> dragged =
        mWorkbook ? mWorkbook->supplyChain()->nodePositions(layoutName()) : QHash<int, QPointF>();
    mMovingMany = true;
    for (NodeItem *node : std::as_const(mNodes)) {
        const int id = node->companyId();
        if (dragged.contains(id))
            node->setPos(dragged.value(id));
        else if (mComputed.contains(id))
            node->setPos(mComputed.value(id));
    }
    removeOverlaps(dragged);
    mMovingMany = false;
    // A route fits only the boxes it was made for; the edge checks that itself.
    for (EdgeItem *edge : std::as_const(mEdges)) {
        edge->setLayered(mLayoutKind == LayoutKind::Layered);
        edge->setRoute(mRoutes.value(edge->relationId()));
    }
    mBundle->refresh();
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
}

void SupplyChainScene::removeOverlaps(const QHash<int, QPointF> &dragged)
{
    // Graphviz keeps the boxes it was given apart, but a measure grows them afterwards and a
    // force layout's overlap removal is not exact: push the computed ones apart (never those
    // the analyst placed).
    constexpr double gap = 8.0;
    QList<NodeItem *> nodes;
    QList<QRectF> boxes;
    QList<bool> fixed;
    nodes.reserve(mNodes.size());
    boxes.reserve(mNodes.size());
    fixed.reserve(mNodes.size());
    for (NodeItem *node : std::as_const(mNodes)) {
        nodes << node;
        boxes << node->box().translated(node->pos());
        fixed << dragged.contains(node->companyId());
    }
    const QList<QRectF> placed = ws::removeOverlaps(boxes, fixed, gap);
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (placed[i] != boxes[i])
            nodes[i]->setPos(placed[i].center());
    }
}

void SupplyChainScene::syncItems()
{
    const SupplyChain chain = mWorkbook ? mWorkbook->supplyChain()->chain() : SupplyChain();
    bool structureChanged = false;

    QSet<int> companyIds;
    for (const Company &company : chain.companies) {
        companyIds.insert(company.id);
        if (NodeItem *node = mNodes.value(company.id)) {
            node->setCompany(company);
            continue;
        }
        auto *node = new NodeItem(company);
        connect(node, &NodeItem::hoverChanged, this,
                [this](int id, bool hovered) { highlightNeighbourhood(hovered ? id : 0); });
        connect(node, &QGraphicsObject::xChanged, this, [this, node] { adjustEdges(node); });
        connect(node, &QGraphicsObject::yChanged, this, [this, node] { adjustEdges(node); });
        node->setParentItem(mDetailLayer);
        mNodes.insert(company.id, node);
        structureChanged = true;
    }
    for (auto it = mNodes.begin(); it != mNodes.end();) {
        if (companyIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = mNodes.erase(it);
        structureChanged = true;
    }

    QSet<int> relationIds;
    const QLocale locale;
    for (const Relation &relation : chain.relations) {
        NodeItem *supplier = mNodes.value(relation.supplierId);
        NodeItem *customer = mNodes.value(relation.customerId);
        if (!supplier || !customer)
            continue;
        relationIds.insert(relation.id);
        EdgeItem *edge = mEdges.value(relation.id);
        if (edge && (edge->supplier() != supplier || edge->customer() != customer)) {
            delete edge;
            mEdges.remove(relation.id);
            edge = nullptr;
        }
        if (!edge) {
            edge = new EdgeItem(relation, supplier, customer);
            edge->setParentItem(mDetailLayer);
            mEdges.insert(relation.id, edge);
            structureChanged = true;
        }
        edge->setRelation(relation,
                          tr("<b>%1 → %2</b><br>%3<br>weight %4 (the supplier's dependence on "
                             "this customer)")
                              .arg(supplier->company().name.toHtmlEscaped(),
                                   customer->company().name.toHtmlEscaped(),
                                   relation.product.toHtmlEscaped(),
                                   locale.toString(relation.weight, 'f', 2)));
    }
    for (auto it = mEdges.begin(); it != mEdges.end();) {
        if (relationIds.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = mEdges.erase(it);
        structureChanged = true;
    }

    mEdgesOfNode.clear();
    for (EdgeItem *edge : std::as_const(mEdges)) {
        mEdgesOfNode[edge->supplier()] << edge;
        mEdgesOfNode[edge->customer()] << edge;
    }
    if (mHighlighted && !mNodes.contains(mHighlighted))
        mHighlighted = 0;
    if (mFocus && !mNodes.contains(mFocus))
        mFocus = 0;
    if (structureChanged || mComputed.isEmpty())
        relayout();
    else
        applyPositions();
    updateVisibility();
}

void SupplyChainScene::setViewScale(double scale)
{
    const DetailLevel level = scale < groupDetail ? DetailLevel::Groups
        : scale < EdgeItem::bundleDetail          ? DetailLevel::Overview
                                                  : DetailLevel::Items;
    mBundle->setViewScale(scale, level == DetailLevel::Groups);
    if (level != mDetailLevel) {
        mDetailLevel = level;
        mBundle->update();
        mBundleHighlight->update();
    }
    setOverview(level != DetailLevel::Items);
}

void SupplyChainScene::setOverview(bool overview)
{
    if (overview == mOverview)
        return;
    mOverview = overview;
    mDetailLayer->setVisible(!overview);
    mBundle->setVisible(overview);
    mBundleHighlight->setVisible(overview);
    mBundle->refresh();
}

NodeItem *SupplyChainScene::nodeAt(const QPointF &scenePos) const
{
    for (NodeItem *node : mNodes) {
        if (node->isShown() && node->sceneBoundingRect().contains(scenePos))
            return node;
    }
    return nullptr;
}

void SupplyChainScene::adjustEdges(NodeItem *node)
{
    if (mMovingMany)
        return;
    for (EdgeItem *edge : mEdgesOfNode.value(node))
        edge->adjust();
    mBundle->refresh();
}

void SupplyChainScene::highlightNeighbourhood(int companyId)
{
    mHighlighted = companyId;
    QSet<int> lit;
    if (NodeItem *hovered = mNodes.value(companyId)) {
        lit.insert(companyId);
        for (EdgeItem *edge : mEdgesOfNode.value(hovered)) {
            lit.insert(edge->relation().supplierId);
            lit.insert(edge->relation().customerId);
        }
    }
    for (NodeItem *node : std::as_const(mNodes)) {
        node->setHighlighted(node->companyId() == companyId);
        node->setDimmed(companyId && !lit.contains(node->companyId()));
    }
    for (EdgeItem *edge : std::as_const(mEdges)) {
        const bool touches =
            edge->relation().supplierId == companyId || edge->relation().customerId == companyId;
        edge->setHighlighted(companyId && touches);
        edge->setDimmed(companyId && !touches);
    }
    mBundleHighlight->update();
}

QSet<int> SupplyChainScene::chainOf(int companyId) const
{
    QSet<int> chain { companyId };
    // Upstream: everyone who supplies, directly or through others; downstream likewise.
    for (bool upstream : { true, false }) {
        QList<int> frontier { companyId };
        QSet<int> seen { companyId };
        while (!frontier.isEmpty()) {
            const int current = frontier.takeLast();
            for (EdgeItem *edge : mEdges) {
                const int from =
                    upstream ? edge->relation().customerId : edge->relation().supplierId;
                const int to = upstream ? edge->relation().supplierId : edge->relation().customerId;
                if (from == current && !seen.contains(to)) {
                    seen.insert(to);
                    frontier << to;
                }
            }
        }
        chain.unite(seen);
    }
    return chain;
}

void SupplyChainScene::setFocusCompany(int companyId)
{
    mFocus = companyId;
    updateVisibility();
}

void SupplyChainScene::setHiddenTiers(const QSet<QString> &tiers)
{
    mHiddenTiers = tiers;
    updateVisibility();
}

void SupplyChainScene::setHiddenCountries(const QSet<QString> &countries)
{
    mHiddenCountries = countries;
    updateVisibility();
}

void SupplyChainScene::setVendorChain(int vendorCompanyId)
{
    mVendorChain = vendorCompanyId;
    updateVisibility();
}

void SupplyChainScene::updateVisibility()
{
    const QSet<int> focus = mFocus ? chainOf(mFocus) : QSet<int>();
    const QSet<int> vendor = mVendorChain ? chainOf(mVendorChain) : QSet<int>();
    for (NodeItem *node : std::as_const(mNodes)) {
        const Company &company = node->company();
        const bool shown = !mHiddenTiers.contains(company.tier) &&
            !mHiddenCountries.contains(company.country) &&
            (!mFocus || focus.contains(company.id)) &&
            (!mVendorChain || vendor.contains(company.id));
        node->setVisible(shown);
    }
    for (EdgeItem *edge : std::as_const(mEdges))
        edge->setVisible(edge->supplier()->isShown() && edge->customer()->isShown());
    mBundle->refresh();
    mBundleHighlight->update();
}

void SupplyChainScene::setMeasure(const QHash<int, double> &values, const QString &format)
{
    mMeasure = values;
    double largest = 0.0;
    for (double value : values)
        largest = std::max(largest, std::abs(value));
    const QLocale locale;
    QHash<int, QSizeF> before;
    for (NodeItem *node : std::as_const(mNodes))
        before.insert(node->companyId(), node->box().size());
    for (NodeItem *node : std::as_const(mNodes)) {
        const double value = values.value(node->companyId(), 0.0);
        // Area grows with the measure, up to 2.2 times the normal box for the largest.
        node->setScale(largest > 0 ? 1.0 + 1.2 * std::abs(value) / largest : 1.0);
        node->setBadge(values.contains(node->companyId()) && !format.isEmpty()
                           ? format.arg(locale.toString(value, 'f',
                                                        value != 0 && std::abs(value) < 10 ? 3 : 0))
                           : QString());
    }
    bool resized = false;
    for (NodeItem *node : std::as_const(mNodes))
        resized = resized || before.value(node->companyId()) != node->box().size();
    if (resized && !mComputed.isEmpty()) {
        // Boxes of new sizes: a small graph is laid out again, so that the edges' routes fit
        // them; a large one (no routes, a slower layout) keeps its places, pushed apart.
        if (!mRoutes.isEmpty())
            relayout();
        applyPositions();
        return;
    }
    for (EdgeItem *edge : std::as_const(mEdges))
        edge->adjust();
    mBundle->refresh();
}

void SupplyChainScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    mPressed.clear();
    for (NodeItem *node : std::as_const(mNodes))
        mPressed.insert(node->companyId(), node->pos());
    QGraphicsScene::mousePressEvent(event);
}

void SupplyChainScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    QHash<int, QPointF> moved;
    for (NodeItem *node : std::as_const(mNodes)) {
        if (mPressed.contains(node->companyId()) &&
            mPressed.value(node->companyId()) != node->pos())
            moved.insert(node->companyId(), node->pos());
    }
    mPressed.clear();
    if (!moved.isEmpty() && mWorkbook) {
        mWorkbook->supplyChain()->moveNodes(layoutName(), moved);
    } else if (event->button() == Qt::LeftButton) {
        if (NodeItem *node = nodeAt(event->scenePos()))
            Q_EMIT companyClicked(node->companyId());
    }
}

void SupplyChainScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *node = nodeAt(event->scenePos())) {
        Q_EMIT companyDoubleClicked(node->companyId());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace ws
