// SPDX-License-Identifier: MIT
#pragma once

#include "graphlayout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

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
    /** Computes the layout again in a worker thread (positions the analyst dragged still win). */
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

    /** Chooses between the single items (names, arrows) and the batched overview, from the
        view's scale; the view calls it whenever it zooms. */
    void setViewScale(double scale);
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
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void syncItems();
    void applyPositions();
    void applyLayout(const LayoutResult &result);
    void updateVisibility();
    void adjustEdges(NodeItem *node);
    QList<LayoutNode> layoutNodes() const;
    QList<LayoutEdge> layoutEdges() const;

    QPointer<Workbook> mWorkbook;
    LayoutKind mLayoutKind = LayoutKind::Layered;
    QHash<int, NodeItem *> mNodes;
    QHash<int, EdgeItem *> mEdges;
    QHash<NodeItem *, QList<EdgeItem *>> mEdgesOfNode; // both directions
    OverviewItem *mBundle = nullptr;
    OverviewHighlightItem *mBundleHighlight = nullptr;
    QGraphicsItem *mDetailLayer = nullptr; // parent of every node and edge item
    bool mOverview = false;
    bool mMovingMany = false; // positions being applied in bulk: edges follow once at the end
    QHash<int, QPointF> mComputed; // the last layout's positions
    QHash<int, QPointF> mPressed; // positions when a drag started
    LayoutJob *mJob = nullptr;
    QString mLayoutNote;
    int mHighlighted = 0;
    int mFocus = 0;
    int mVendorChain = 0;
    QSet<QString> mHiddenTiers;
    QSet<QString> mHiddenCountries;
};

} // namespace ws
