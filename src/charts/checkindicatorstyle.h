// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace ws {

/** Fusion, with check boxes that stay visible on a dark base. Fusion outlines an unchecked box
    in a shade of the window colour and fills it with the base colour, which on a dark palette
    is the colour of the list behind it: the box of an unticked list item vanished. */
class CheckIndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit CheckIndicatorStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace ws
