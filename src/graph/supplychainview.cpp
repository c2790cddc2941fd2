// SPDX-License-Identifier: MIT
#include "supplychainview.h"

#include "nodeitem.h"
#include "supplychainscene.h"

#include <QKeyEvent>
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
    setBackgroundBrush(palette().base());
    setFocusPolicy(Qt::StrongFocus);
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
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    chain->setViewScale(transform().m11());
}

void SupplyChainView::zoomBy(double factor)
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
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - step);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + step);
        return;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - step);
        return;
    case Qt::Key_Down:
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
