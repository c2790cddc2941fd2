// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>

namespace ws {

/** The graph's view: wheel to zoom around the cursor, drag the background to pan, arrow keys
    to pan, + and − to zoom, and fit to the visible companies. Until the analyst zooms or pans
    it stays fitted: when first shown, when resized and after a new layout. */
class SupplyChainView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit SupplyChainView(QWidget *parent = nullptr);

    /** Fits the visible companies into the view and keeps them fitted until the next zoom or
        pan. */
    void fitToVisible();
    /** Still as fitToVisible() left it (no zoom or pan since). */
    bool isFitted() const { return mFitted; }
    void zoomBy(double factor);
    void centreOn(int companyId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomAround(double factor);

    bool mFitted = true;
};

} // namespace ws
