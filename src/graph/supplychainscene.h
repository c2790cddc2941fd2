// SPDX-License-Identifier: MIT
#pragma once

#include "graphcolours.h"
#include "graphlayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>

#include <cmath>

namespace ws {

class OverviewHighlightItem;
class OverviewItem;
class EdgeItem;
class LayoutJob;
class NodeItem;
class Workbook;

/** The supply chain as a scene: one item per company and relation, kept in step with the
    workbook; positions from a Graphviz layout, overridden by those the analyst dragged (kept per
    layout in the workbook, undoable). Hover lights a node's neighbourhood; filters and a focus
    narrow what is shown; a measure per company (exposure, impact) sizes the nodes. */
class SupplyChainScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit SupplyChainScene(QObject *parent = nullptr);
    ~SupplyChainScene() override;

    void setWorkbook(Workbook *workbook);

    LayoutKind layoutKind() const { return mLayoutKind; }
    /** "layered" or "force": the key dragged positions are kept under. */
    QString layoutName() const;
    void setLayoutKind(LayoutKind kind);
    /** Computes the layout again in a worker thread (positions the analyst dragged still win).
        It starts when control returns to the event loop, so that the sizes a measure gives the
        boxes in the meantime are the ones laid out. */
    void relayout();
    /** Computes the layout on this thread and waits, for the command line. */
    void relayoutNow();
    void cancelLayout();
    bool isLayingOut() const;
    QString layoutNote() const { return mLayoutNote; }

    NodeItem *node(int companyId) const { return mNodes.value(companyId); }
    QList<NodeItem *> nodes() const { return mNodes.values(); }
    QList<EdgeItem *> edges() const { return mEdges.values(); }

    /** Lights @p companyId, its direct suppliers and customers and the edges between them, and
        dims the rest; 0 clears. */
    void highlightNeighbourhood(int companyId);
    int highlighted() const { return mHighlighted; }
    /** Shows only the chain upstream and downstream of @p companyId; 0 shows everything. */
    void setFocusCompany(int companyId);
    int focusCompany() const { return mFocus; }
    void setHiddenTiers(const QSet<QString> &tiers);
    void setHiddenCountries(const QSet<QString> &countries);
    /** Shows only the companies on a path to or from the vendor company; 0 shows all. */
    void setVendorChain(int vendorCompanyId);
    /** A value per company shown as node size (larger |value| → larger) and as a badge. */
    void setMeasure(const QHash<int, double> &values, const QString &format);
    /** The measure's |value| for a company (0 without one): who is named first zoomed out. */
    double measureOf(int companyId) const { return std::abs(mMeasure.value(companyId)); }

    /** What the graph paints with; follows the palette (a palette change re-themes it). */
    const GraphColours &colours() const { return mColours; }
    /** Paints with @p colours until the palette next changes or this is called again (paper
        colours for an export). */
    void setColours(const GraphColours &colours);
    OverviewItem *overviewItem() const { return mBundle; }

    /** How much is drawn: tiers as aggregate boxes (zoomed far out), every company as a plain
        box with the largest ones named (zoomed out), or the single items with names and arrows. */
    enum class DetailLevel { Groups, Overview, Items };
    /** Below this view scale companies are grouped by tier. */
    static constexpr double groupDetail = 0.15;
    /** Chooses the detail level from the view's scale; the view calls it whenever it zooms. */
    void setViewScale(double scale);
    DetailLevel detailLevel() const { return mDetailLevel; }
    bool isOverview() const { return mOverview; }
    /** Leaves the overview for the time of an export, so that names are drawn as text. */
    void setOverview(bool overview);
    /** The shown company whose box contains @p scenePos, or nullptr. */
    NodeItem *nodeAt(const QPointF &scenePos) const;

    /** Companies upstream (suppliers, recursively) and downstream (customers) of @p companyId,
        itself included. */
    QSet<int> chainOf(int companyId) const;

Q_SIGNALS:
    void companyClicked(int companyId);
    void companyDoubleClicked(int companyId);
    void layoutStarted(const QString &message);
    void layoutFinished(const QString &note);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void syncItems();
    void applyPositions();
    void startLayout();
    void removeOverlaps(const QHash<int, QPointF> &dragged);
    void applyLayout(const LayoutResult &result);
    void updateVisibility();
    void adjustEdges(NodeItem *node);
    QList<LayoutNode> layoutNodes() const;
    QList<LayoutEdge> layoutEdges() const;

    QPointer<Workbook> mWorkbook;
    LayoutKind mLayoutKind = LayoutKind::Layered;
    QMap<int, NodeItem *> mNodes; // ordered: items are visited, drawn and written in id order
    QMap<int, EdgeItem *> mEdges;
    QHash<NodeItem *, QList<EdgeItem *>> mEdgesOfNode; // both directions
    OverviewItem *mBundle = nullptr;
    OverviewHighlightItem *mBundleHighlight = nullptr;
    QGraphicsItem *mDetailLayer = nullptr; // parent of every node and edge item
    bool mOverview = false;
    bool mMovingMany = false; // positions being applied in bulk: edges follow once at the end
    QHash<int, QPointF> mComputed; // the last layout's positions
    QHash<int, QPointF> mPressed; // positions when a drag started
    LayoutJob *mJob = nullptr;
    bool mLayoutPending = false;
    QHash<int, QPainterPath> mRoutes; // the last layout's edge routes, by relation id
    QHash<int, double> mMeasure;
    GraphColours mColours;
    DetailLevel mDetailLevel = DetailLevel::Items;
    QString mLayoutNote;
    int mHighlighted = 0;
    int mFocus = 0;
    int mVendorChain = 0;
    QSet<QString> mHiddenTiers;
    QSet<QString> mHiddenCountries;
};

} // namespace ws
