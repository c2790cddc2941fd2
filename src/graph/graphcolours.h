// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace ws {

/** The colours the supply-chain graph paints with: taken from the application's palette on
    screen, so that a dark palette gives a dark graph, and fixed for paper (exports, reports). */
struct GraphColours
{
    QColor background; // invalid on paper: the page shows through
    QColor text; // labels drawn on the background (the overview's names, group cards)
    QColor edge;
    QColor edgeHighlight;
    QColor selection; // outline of the selected or hovered company
    QColor groupFill; // the aggregate boxes of the zoomed-out view
    bool dark = false;

    static GraphColours fromPalette(const QPalette &palette);
    static GraphColours paper();

    /** A tier's box colour, lifted on a dark background where the tier's own is too dark. */
    QColor fill(const QString &tier) const;
    /** The outline of a box of colour @p fill: darker on light, lighter on dark. */
    QColor border(const QColor &fill) const;
    /** Black or white, whichever reads on @p fill. */
    static QColor textOn(const QColor &fill);
};

/** The palette's link colour, lightened on a dark base where it would not read (a system
    palette's default link is dark blue whatever the base). */
QColor readableLinkColour(const QPalette &palette);

} // namespace ws
