// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace ws {

/** The graph's view: wheel to zoom around the cursor, drag the background to pan, arrow keys
    to pan, + and − to zoom, and fit to the visible companies. */
class SupplyChainView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SupplyChainView(QWidget *parent = nullptr);

    void fitToVisible();
    void zoomBy(double factor);
    void centreOn(int companyId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace ws
