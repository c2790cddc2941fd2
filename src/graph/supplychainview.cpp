// SPDX-License-Identifier: MIT
#include "supplychainview.h"

#include "nodeitem.h"
#include "supplychainscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace ws {

SupplyChainView::SupplyChainView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    // The background is the scene's, which follows the palette.
    setFocusPolicy(Qt::StrongFocus);
    // Panning is by dragging and the arrow keys; scroll bars would only take room from a fitted
    // graph (and, appearing, spoil the fit).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void SupplyChainView::fitToVisible()
{
    auto *chain = qobject_cast<SupplyChainScene *>(scene());
    if (!chain)
        return;
    QRectF bounds;
    for (NodeItem *node : chain->nodes()) {
        if (node->isShown())
            bounds |= node->sceneBoundingRect();
    }
    mFitted = true;
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-8, -8, 8, 8), Qt::KeepAspectRatio);
    chain->setViewScale(transform().m11());
}

void SupplyChainView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // A layout that finished while the page was hidden was fitted to a view of another size.
    if (mFitted)
        fitToVisible();
}

void SupplyChainView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (mFitted)
        fitToVisible();
}

void SupplyChainView::mouseMoveEvent(QMouseEvent *event)
{
    // Dragging the background pans: the view is no longer the fitted one.
    if (event->buttons() & Qt::LeftButton)
        mFitted = false;
    QGraphicsView::mouseMoveEvent(event);
}

void SupplyChainView::zoomBy(double factor)
{
    mFitted = false;
    zoomAround(factor);
}

void SupplyChainView::zoomAround(double factor)
{
    const double current = transform().m11();
    // Between a tenth and eight times: beyond, the graph is a dot or a single node.
    const double bounded = std::clamp(current * factor, 0.05, 8.0);
    scale(bounded / current, bounded / current);
    if (auto *chain = qobject_cast<SupplyChainScene *>(scene()))
        chain->setViewScale(transform().m11());
}

void SupplyChainView::centreOn(int companyId)
{
    auto *chain = qobject_cast<SupplyChainScene *>(scene());
    if (NodeItem *node = chain ? chain->node(companyId) : nullptr) {
        if (transform().m11() < 0.8)
            zoomBy(1.0 / transform().m11());
        mFitted = false;
        centerOn(node);
        scene()->clearSelection();
        node->setSelected(true);
    }
}

void SupplyChainView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void SupplyChainView::keyPressEvent(QKeyEvent *event)
{
    const int step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_Left:
        mFitted = false;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        return;
    case Qt::Key_Right:
        mFitted = false;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
        return;
    case Qt::Key_Up:
        mFitted = false;
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step);
        return;
    case Qt::Key_Down:
        mFitted = false;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + step);
        return;
    case Qt::Key_Home:
        fitToVisible();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace ws
